import { describe, expect, it } from 'vitest';
import { KEYWORDS_MARK, excerptParts, readableExcerpt, type ExcerptPart } from '../../../../src/lib/search/excerpt.ts';
import { LOCALE_CODES } from '../../../../src/i18n/locales.ts';
import { contentModels } from '../../../helpers/content-models.ts';

const models = contentModels();
const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const textOf = (parts: ExcerptPart[]) => parts.map((p) => p.text).join('');
const marked = (parts: ExcerptPart[]) => parts.filter((p) => p.marked).map((p) => p.text);

/**
 * Pagefind's excerpt of a measure record: its text, then the keywords mark and
 * the keywords (as the record's content is written), HTML-escaped, with one
 * word of the text marked.
 */
function pagefindExcerpt(text: string, keywords: string[], word: string): string {
  const at = text.indexOf(word);
  const body = `${escape(text.slice(0, at))}<mark>${escape(word)}</mark>${escape(text.slice(at + word.length))}`;
  return keywords.length ? `${body} ${KEYWORDS_MARK} ${escape(keywords.join(' · '))}` : body;
}

/** A word of the text to mark: the longest run of letters, so every script has one. */
const someWord = (text: string) => [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]).sort((a, b) => b.length - a.length)[0]!;

const measures = LOCALE_CODES.flatMap((locale) => models[locale].measures.map((m) => ({ locale, ...m })));

describe('excerpts of every real measure', () => {
  it('are taken from more than a handful of measures in each locale', () => {
    for (const locale of LOCALE_CODES) expect(measures.filter((m) => m.locale === locale).length).toBeGreaterThan(10);
  });

  it.each(measures)('[$locale] $id keeps its text exactly and the marked word, and drops the keywords', ({ text, keywords }) => {
    const word = someWord(text);
    const parts = readableExcerpt(pagefindExcerpt(text, keywords, word));
    expect(textOf(parts)).toBe(text);
    expect(marked(parts)).toEqual([word]);
    expect(textOf(parts)).not.toContain(KEYWORDS_MARK);
  });

  it.each(measures.filter((m) => m.keywords.length))(
    '[$locale] $id shows its summary, unmarked, when only a keyword matched',
    ({ text, keywords }) => {
      const html = `${escape(text)} ${KEYWORDS_MARK} <mark>${escape(keywords[0]!)}</mark>`;
      expect(readableExcerpt(html, text)).toEqual([{ text, marked: false }]);
    },
  );
});

describe('excerptParts', () => {
  it('splits text and marked words, merging neighbours of the same kind', () => {
    expect(excerptParts('a <mark>b</mark><mark>c</mark> d')).toEqual([
      { text: 'a ', marked: false },
      { text: 'bc', marked: true },
      { text: ' d', marked: false },
    ]);
  });

  it('keeps only the text of any other tag, so the result is safe as text nodes', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)><b>bold</b> <script>x</script><mark>hit</mark>');
    expect(textOf(parts)).toBe('bold xhit');
    expect(textOf(parts)).not.toMatch(/[<>]/);
  });

  it('decodes named, decimal and hexadecimal entities, and leaves unknown or invalid ones as written', () => {
    expect(textOf(excerptParts('I&amp;T &lt;b&gt; &quot;q&quot; &#39;s&apos; &#x4E2D;&#25991;&nbsp;.'))).toBe(
      'I&T <b> "q" \'s\' 中文\u00a0.',
    );
    expect(textOf(excerptParts('&bogus; &#0; &#x110000;'))).toBe('&bogus; &#0; &#x110000;');
  });

  it('decodes once: an escaped entity stays an entity', () => {
    expect(textOf(excerptParts('&amp;lt;'))).toBe('&lt;');
  });

  it('accepts <mark> in any case and has no parts for empty input', () => {
    expect(excerptParts('<MARK>x</Mark>')).toEqual([{ text: 'x', marked: true }]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('readableExcerpt', () => {
  it('stops at the keywords mark, even inside a marked part', () => {
    expect(readableExcerpt(`<mark>fund ${KEYWORDS_MARK} venture</mark> capital`)).toEqual([{ text: 'fund', marked: true }]);
  });

  it('keeps the whole excerpt when there is no keywords mark', () => {
    expect(readableExcerpt('a <mark>b</mark> c')).toEqual(excerptParts('a <mark>b</mark> c'));
  });

  it('keeps the excerpt without a summary to fall back to, even with nothing marked', () => {
    expect(readableExcerpt(`page text ${KEYWORDS_MARK} <mark>kw</mark>`)).toEqual([{ text: 'page text', marked: false }]);
  });
});

import { describe, expect, it } from 'vitest';
import { excerpt, markText, type ExcerptPart } from '../../../../src/lib/search/excerpt.ts';
import { queryTerms, stem } from '../../../../src/lib/search/terms.ts';
import { cleanQuery } from '../../../../src/lib/search/query.ts';
import { getLocale, LOCALE_CODES } from '../../../../src/i18n/locales.ts';
import { contentModels } from '../../../helpers/content-models.ts';

const models = contentModels();
const textOf = (parts: ExcerptPart[]) => parts.map((p) => p.text).join('');
const marksOf = (parts: ExcerptPart[]) => parts.filter((p) => p.marked).map((p) => p.text);
const measures = LOCALE_CODES.flatMap((locale) => models[locale].measures.map((m) => ({ locale, ...m })));
const chinese = measures.filter((m) => m.locale !== 'en');

/** Every run of two and of three characters of a text: what a reader might type of it. */
function windows(text: string): string[] {
  const runs = text.match(/\p{Script=Han}+/gu) ?? [];
  return [...new Set(runs.flatMap((run) => [...run].flatMap((_, i) => [2, 3].map((n) => [...run].slice(i, i + n).join('')))))].filter(
    (w) => [...w].length > 1,
  );
}

describe('marks in every Chinese measure, in 繁 and 简', () => {
  it('are tried on every measure of both Chinese locales', () => {
    expect(chinese.filter((m) => m.locale === 'tc').length).toBeGreaterThan(30);
    expect(chinese.filter((m) => m.locale === 'sc').length).toBe(chinese.filter((m) => m.locale === 'tc').length);
  });

  it.each(chinese)('[$locale] $id: every run a reader may type is marked exactly where it occurs, and nothing else', ({ text }) => {
    for (const q of windows(text)) {
      const parts = markText(text, queryTerms(q));
      expect(textOf(parts), q).toBe(text);
      for (const mark of marksOf(parts)) expect(mark.includes(q) && [...mark].every((c) => q.includes(c)), `${q}: ${mark}`).toBe(true);
      // Every occurrence is marked (runs next to each other merge into one mark).
      expect(marksOf(parts).join('').split(q).length - 1, q).toBe(text.split(q).length - 1);
    }
  });

  it.each(chinese)('[$locale] $id: the whole text, searched, is marked whole', ({ text }) => {
    const parts = markText(text, queryTerms(text));
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) expect(marksOf(parts)).toContain(run);
  });
});

describe('marks in every English measure', () => {
  const english = measures.filter((m) => m.locale === 'en');
  it.each(english)('$id: each word searched marks only words with its stem, or the typed start of a longer word', ({ text }) => {
    // Words as a reader types them: I&T, R&D and Co-Investment whole.
    for (const word of new Set(text.match(/[\p{L}\p{N}]+(?:(?:[.'’&-]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}]+)*/gu) ?? [])) {
      const terms = queryTerms(word);
      if (!terms.words.length) continue;
      const parts = markText(text, terms);
      expect(textOf(parts)).toBe(text);
      const marks = marksOf(parts);
      expect(marks.length, word).toBeGreaterThan(0);
      for (const mark of marks)
        expect(stem(mark) === stem(word) || mark.toLowerCase() === word.toLowerCase(), `${word}: ${mark}`).toBe(true);
    }
  });

  it('marks the typed start of the last word only: "Ma" in Lok Ma Chau Loop is a word, not the start of Mainland', () => {
    const text = 'The Mainland and the Lok Ma Chau Loop';
    expect(marksOf(markText(text, queryTerms('Lok Ma Chau Loop')))).toEqual(['Lok', 'Ma', 'Chau', 'Loop']);
    expect(marksOf(markText(text, queryTerms('Mai')))).toEqual(['Mai']);
  });
});

describe('marks of words with joiners, numbers and possessives', () => {
  const marks = (text: string, q: string) => marksOf(markText(text, queryTerms(q)));

  it('compares I&T, R&D and numbers as whole words, never their letters or digits alone', () => {
    expect(marks('To promote I&T and R&D, the third talent scheme', 'I&T')).toEqual(['I&T']);
    expect(marks('R&D in development and downstream', 'R&D')).toEqual(['R&D']);
    expect(marks('about 55,000 against 100,000', '55,000')).toEqual(['55,000']);
    expect(marks('3,985 in 2022 and measure 3.2', '3.2')).toEqual(['3.2']);
  });

  it('finds a word inside a joined one, but not a letter', () => {
    expect(marks('the Co-Investment Fund', 'investment fund')).toEqual(['Investment', 'Fund']);
    expect(marks('Shenzhen and the GBA’s platforms', "GBA's")).toEqual(['GBA']);
  });

  it('reads full-width letters as the ordinary ones', () => {
    expect(marks('to develop fintech', cleanQuery('ｆｉｎｔｅｃｈ'))).toEqual(['fintech']);
  });
});

describe('excerpts of long text', () => {
  const long = LOCALE_CODES.map((locale) => ({
    locale,
    lang: getLocale(locale).lang,
    text: models[locale].strategies.flatMap((s) => s.measures.map((m) => m.text)).join(locale === 'en' ? ' ' : '。'),
  }));

  it.each(long)('[$locale] start and end at word boundaries, hold the match, and say where they cut', ({ locale, lang, text }) => {
    const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    const cuts = new Set([...segmenter.segment(text)].flatMap((s) => [s.index, s.index + s.segment.length]));
    const length = locale === 'en' ? 160 : 64;
    for (const m of models[locale].measures) {
      const q = [...m.text].slice(2, 8).join('').trim();
      const parts = excerpt(text, queryTerms(q), length, lang);
      const body = textOf(parts).replace(/^…/, '').replace(/…$/, '');
      const at = text.indexOf(body);
      expect(at, q).toBeGreaterThanOrEqual(0);
      expect(cuts.has(at) || text[at - 1] === ' ', `${q}: starts mid-word: ${body}`).toBe(true);
      expect(cuts.has(at + body.length) || text[at + body.length] === ' ', `${q}: ends mid-word: ${body}`).toBe(true);
      expect(textOf(parts).startsWith('…')).toBe(at > 0);
      expect(marksOf(parts).length, q).toBeGreaterThan(0);
      expect(body.length).toBeLessThan(length * 2);
    }
  });

  it('shows short text whole', () => {
    expect(excerpt('A short page about fintech', queryTerms('fintech'), 160, 'en')).toEqual([
      { text: 'A short page about ', marked: false },
      { text: 'fintech', marked: true },
    ]);
  });

  it('starts at the beginning when nothing matches (only a keyword did)', () => {
    const text = 'word '.repeat(100);
    expect(textOf(excerpt(text, queryTerms('fintech'), 40, 'en')).startsWith('word')).toBe(true);
  });
});

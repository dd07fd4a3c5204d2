import { describe, expect, it } from 'vitest';
import { keywordsOf, manifestEntry, manifestPath, pageText, readable } from '../../../../src/lib/search/manifest.ts';
import { KEYWORDS_MARK } from '../../../../src/lib/search/excerpt.ts';
import { separateHan } from '../../../../src/lib/search/han-words.ts';
import { measureRecords } from '../../../../src/lib/search/records.ts';
import { LOCALE_CODES } from '../../../../src/i18n/locales.ts';
import { contentModels } from '../../../helpers/content-models.ts';

const models = contentModels();

/** What Pagefind gives back for text it indexed: separators become spaces, zero-width spaces join words. */
const asPagefindReturnsIt = (text: string) => separateHan(text).replace(/\u3000/g, ' \u200b');

describe('the result list entry of every real measure', () => {
  const measures = LOCALE_CODES.flatMap((locale) =>
    models[locale].strategies.flatMap((s) => s.measures.map((m) => ({ locale, strategy: s, ...m }))),
  );

  it.each(measures)('[$locale] $id: its title, kind and keywords read exactly as written', ({ id, text, keywords, href }) => {
    const content = `${text}\n${KEYWORDS_MARK} ${keywords.join(' · ')}`;
    const entry = manifestEntry({
      url: href,
      content: asPagefindReturnsIt(content),
      meta: { title: asPagefindReturnsIt(`${id} ${text}`), kind: 'measure', context: asPagefindReturnsIt('策略 3：創投') },
      filters: { kind: ['measure'] },
    });
    expect(entry).toEqual({ url: href, title: `${id} ${text}`, kind: 'measure', context: '策略 3：創投', keywords });
  });

  it('comes out of measureRecords with the keywords the editors wrote', () => {
    const s = models.tc.strategies[0]!;
    const m = s.measures[0]!;
    const html = `<html lang="zh-HK"><main data-pagefind-body><h1>${s.item.data.title}</h1><ol><li data-measure="${m.id}" id="${m.anchor}"><span data-measure-text>${m.text}</span><span hidden data-keywords>${KEYWORDS_MARK} ${m.keywords.join(' · ')}</span></li></ol></main></html>`;
    const [record] = measureRecords(html, s.href);
    expect(keywordsOf(record!.content)).toEqual(m.keywords);
  });
});

describe('manifestEntry', () => {
  it('reads an unknown kind, or none, as a page, and a missing title as the address', () => {
    expect(manifestEntry({ url: '/en/x/', content: '', meta: { kind: 'constructor' } })).toEqual({
      url: '/en/x/',
      title: '/en/x/',
      kind: 'page',
      keywords: [],
    });
  });
});

describe('pageText', () => {
  it('ends where the keywords begin, so that excerpts never show them', () => {
    expect(pageText(`Page text. ${KEYWORDS_MARK} fintech · GBA`)).toBe('Page text.');
    expect(pageText('No keywords here')).toBe('No keywords here');
  });

  it('gives back Chinese as written', () => {
    expect(readable(asPagefindReturnsIt('優化現行上市制度，支援 HKIC 投資'))).toBe('優化現行上市制度，支援 HKIC 投資');
  });
});

describe('manifestPath', () => {
  it('is one file per locale under /search/', () => {
    expect(new Set(LOCALE_CODES.map(manifestPath)).size).toBe(LOCALE_CODES.length);
    for (const locale of LOCALE_CODES) expect(manifestPath(locale)).toMatch(new RegExp(`^/search/[\\w.]*${locale}[\\w.]*\\.json$`));
  });
});

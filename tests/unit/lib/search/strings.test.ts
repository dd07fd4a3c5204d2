import { describe, expect, it } from 'vitest';
import { searchStrings } from '../../../../src/lib/search/strings.ts';
import { SEARCH_KINDS } from '../../../../src/lib/search/query.ts';
import { LOCALE_CODES } from '../../../../src/i18n/locales.ts';
import { blueprintCounts } from '../../../../src/lib/open-data.ts';
import { countsInWords } from '../../../../src/lib/format.ts';
import { pathTo } from '../../../../src/lib/urls.ts';
import { contentModels } from '../../../helpers/content-models.ts';

const models = contentModels();
/** The placeholders the search script fills in itself: the query, the number of results, a mended query's link. */
const FILLED_BY_SCRIPT = new Set(['q', 'count', 'shown', 'filters', 'title', 'suggestion']);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

describe.each(LOCALE_CODES)('the search strings in %s', (locale) => {
  const counts = blueprintCounts(models[locale]);
  const strings = searchStrings(locale, counts);
  const texts: (readonly [string, string])[] = [
    ...Object.entries(strings).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as const] : [])),
    ...Object.entries(strings.kinds).map(([k, v]) => [`kinds.${k}`, v] as const),
    ...strings.otherLocales.map((l) => [`otherLocales.${l.lang}`, l.label] as const),
  ];

  it('are all said, none empty', () => {
    for (const [key, value] of texts) expect(value.trim(), key).not.toBe('');
  });

  it('leave open only the placeholders the search script fills', () => {
    for (const [key, value] of texts)
      for (const name of placeholders(value)) expect(FILLED_BY_SCRIPT.has(name), `${key}: {${name}}`).toBe(true);
  });

  it('name the query in every result message, and the count where there is more than one', () => {
    for (const key of ['results', 'resultsOne', 'resultsMore', 'none'] as const) expect(placeholders(strings[key]), key).toContain('q');
    expect(placeholders(strings.results)).toContain('count');
    expect(placeholders(strings.resultsMore)).toEqual(expect.arrayContaining(['count', 'shown']));
  });

  it('offer a mended query in one sentence that holds its link once', () => {
    expect(placeholders(strings.didYouMean)).toEqual(['suggestion']);
  });

  it('give the real counts of measures and strategies in the fallback links', () => {
    const words = countsInWords(counts, locale);
    expect(strings.measures).toContain(words.measures);
    expect(strings.strategies).toContain(words.strategies);
  });

  it('link the fallbacks to the measures list and the strategies of the same language', () => {
    expect(strings.measuresHref).toBe(pathTo(locale, { kind: 'measures' }));
    expect(strings.strategiesHref).toBe(pathTo(locale, { kind: 'strategies' }));
    expect(strings.measuresHref.startsWith(`/${locale}/`)).toBe(true);
  });

  it('label every kind of result, each differently', () => {
    expect(Object.keys(strings.kinds)).toEqual([...SEARCH_KINDS]);
    expect(new Set(Object.values(strings.kinds)).size).toBe(SEARCH_KINDS.length);
  });

  it('offer the same search in every other language, and only those', () => {
    expect(strings.otherLocales.map((l) => l.href)).toEqual(
      LOCALE_CODES.filter((l) => l !== locale).map((l) => pathTo(l, { kind: 'search' })),
    );
  });

  it('say which filters left nothing, and carry the query into the page title', () => {
    expect(placeholders(strings.noneFiltered)).toEqual(expect.arrayContaining(['q', 'filters']));
    expect(placeholders(strings.pageTitle)).toEqual(expect.arrayContaining(['q', 'title']));
  });

  it('survive the trip as JSON, as the script receives them', () => {
    expect(JSON.parse(JSON.stringify(strings))).toEqual(strings);
  });
});

describe('the search strings', () => {
  it('are translated: the Chinese ones differ from the English ones', () => {
    const en = searchStrings('en', blueprintCounts(models.en));
    for (const locale of ['tc', 'sc'] as const) {
      const other = searchStrings(locale, blueprintCounts(models[locale]));
      for (const key of ['results', 'none', 'error', 'fallback', 'allResults'] as const)
        expect(other[key], `${locale} ${key}`).not.toBe(en[key]);
    }
  });

  it('follow the counts they are given, so a new measure is counted without editing a string', () => {
    const counts = blueprintCounts(models.en);
    expect(searchStrings('en', { ...counts, measures: counts.measures + 1 }).measures).toContain(String(counts.measures + 1));
  });
});

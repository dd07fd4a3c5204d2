import { afterAll, beforeAll, describe, it } from 'vitest';
import { LOCALE_CODES, type LocaleCode } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/t.ts';
import { stem } from '../../src/lib/search/terms.ts';
import { KEYWORDS_MARK } from '../../src/lib/search/excerpt.ts';
import { openSite, DESKTOP, PagePool, type TestSite } from '../helpers/browser.ts';
import { contentModels } from '../helpers/content-models.ts';
import { keywordCases, searchAll, type Searched } from '../helpers/search.ts';
import { readFile } from '../helpers/site.ts';
import { correctedQuery, vocabularyPath } from '../../src/lib/search/spelling.ts';

/**
 * Search tried on the built site with every measure and every keyword of the content, in every
 * locale: not a handful of chosen queries, but the whole class a journalist can type.
 */
const models = contentModels();
const keywords = keywordCases();

let site: TestSite;
let pages: PagePool;
beforeAll(async () => {
  site = await openSite();
  pages = new PagePool(await site.browser.newContext(DESKTOP));
});
afterAll(async () => site?.close());

/** The first half of a text, by characters: what a reader has typed halfway through, cut mid-word or not. */
const firstHalf = (text: string) => {
  const characters = [...text];
  return characters.slice(0, Math.ceil(characters.length / 2)).join('');
};

async function search(locale: LocaleCode, queries: string[], top = 3): Promise<Searched[]> {
  return pages.use(async (page) => {
    await page.goto(`${site.url}${locale}/search/`);
    await page.waitForSelector('#search-app:not([hidden])');
    return searchAll(page, queries, top);
  });
}

/** The cases whose expected page is not the first result, each with what came instead. */
async function missedFirst(locale: LocaleCode, cases: { q: string; expected: string }[]): Promise<string[]> {
  const found = await search(
    locale,
    cases.map((c) => c.q),
  );
  return cases
    .map((c, i) => ({ ...c, got: found[i]!.results.map((r) => r.href) }))
    .filter((c) => c.got[0] !== c.expected)
    .map((c) => `“${c.q}” → ${c.got.join(', ') || 'nothing'} (expected ${c.expected})`);
}

/** Whether a mark shows what the reader typed: characters of the query, or a word with the same stem as one of its words. */
function markIsOfQuery(mark: string, q: string): boolean {
  const query = q.toLowerCase();
  if (query.includes(mark.toLowerCase())) return true;
  const words = query.match(/[\p{Script=Latin}\p{N}]+/gu) ?? [];
  return words.some((w) => stem(w) === stem(mark));
}

describe.concurrent('every measure searched in its own words', () => {
  it.for(LOCALE_CODES)('[%s] is the first result for its full text and for its first half', async (locale, { expect }) => {
    const measures = models[locale].measures;
    expect(measures.length).toBeGreaterThan(30);
    const cases = measures.flatMap((m) => [
      { q: m.text, expected: m.href },
      { q: firstHalf(m.text), expected: m.href },
    ]);
    const found = await search(
      locale,
      cases.map((c) => c.q),
      5,
    );
    // A first half can also begin another measure (6.3's "To accelerate the development " begins 6.5):
    // no ranking can tell which was meant, so the measures that hold it come first, the expected one among them.
    const holders = (q: string) => measures.filter((m) => m.text.toLowerCase().includes(q.toLowerCase())).map((m) => m.href);
    const misses = cases
      .map((c, i) => ({ ...c, got: found[i]!.results.map((r) => r.href), holders: holders(c.q) }))
      .filter((c) =>
        c.holders.length > 1
          ? !c.holders.includes(c.got[0]!) || !c.got.slice(0, c.holders.length).includes(c.expected)
          : c.got[0] !== c.expected,
      )
      .map((c) => `“${c.q}” → ${c.got.join(', ') || 'nothing'} (expected ${c.expected})`);
    expect(misses).toEqual([]);
    // The site's own words, whole or half typed, are never taken for misspellings.
    expect(found.filter((f) => f.suggestion).map((f) => `“${f.q}” → “${f.suggestion}”`)).toEqual([]);
    // Most first halves name one measure only: the exception above stays an exception.
    expect(cases.filter((c) => holders(c.q).length > 1).length).toBeLessThan(cases.length / 10);
  });

  it.for(LOCALE_CODES)('[%s] marks only words of the query in the result', async (locale, { expect }) => {
    const queries = models[locale].measures.flatMap((m) => [m.text, firstHalf(m.text)]);
    const found = await search(locale, queries);
    const wrong = found.flatMap(({ q, results }) =>
      (results[0]?.marks ?? []).filter((mark) => !markIsOfQuery(mark, q)).map((mark) => `“${mark}” in the result for “${q}”`),
    );
    expect(found.filter(({ results }) => results[0]?.marks.length).length).toBe(queries.length);
    expect(wrong).toEqual([]);
  });
});

describe.concurrent('every Chinese measure typed in the other script', () => {
  it.for([
    ['tc', 'sc'],
    ['sc', 'tc'],
  ] as const)('[%s text on %s pages] is the first result there', async ([typed, on], { expect }) => {
    const cases = models[on].measures.map((m, i) => ({ q: models[typed].measures[i]!.text, expected: m.href }));
    // The two locales list the same measures in the same order; only the script differs.
    expect(models[typed].measures.map((m) => m.id)).toEqual(models[on].measures.map((m) => m.id));
    expect(cases.filter((c, i) => c.q !== models[on].measures[i]!.text).length).toBeGreaterThan(cases.length / 2);
    expect(await missedFirst(on, cases)).toEqual([]);
  });
});

describe.concurrent('every direction, strategy and measure searched by its name', () => {
  it.for(LOCALE_CODES)(
    '[%s] is the first result for “Direction n”, “Strategy n”, “Measure n.n” (spaced or not) and a bare measure ID',
    async (locale, { expect }) => {
      const m = models[locale];
      const cases = [
        ...m.directions.map((d) => ({ q: t(locale, 'direction.label', { n: d.number }), expected: d.href })),
        ...m.strategies.map((s) => ({ q: t(locale, 'strategy.label', { n: s.number }), expected: s.href })),
        ...m.measures.flatMap((x) => [
          { q: t(locale, 'measure.label', { id: x.id }), expected: x.href },
          { q: t(locale, 'measure.label', { id: x.id }).replace(/\s+/g, ''), expected: x.href },
          { q: x.id, expected: x.href },
        ]),
      ];
      expect(cases.length).toBeGreaterThan(100);
      expect(await missedFirst(locale, cases)).toEqual([]);
    },
  );
});

describe.concurrent('every keyword editors gave', () => {
  it.for(LOCALE_CODES)('[%s] finds first the measure or page it belongs to', async (locale, { expect }) => {
    const cases = keywords.filter((k) => k.locale === locale);
    expect(cases.length).toBeGreaterThan(50);
    const found = await search(
      locale,
      cases.map((c) => c.keyword),
    );
    const misses = cases
      .map((c, i) => ({ ...c, got: found[i]!.results.map((r) => r.href) }))
      .filter((c) => !c.owners.includes(c.got[0] ?? ''))
      .map((c) => `“${c.keyword}” → ${c.got.join(', ') || 'nothing'} (belongs to ${c.owners.join(', ')})`);
    expect(misses).toEqual([]);
    expect(found.filter((f) => f.suggestion).map((f) => `“${f.q}” → “${f.suggestion}”`)).toEqual([]);
    // Keywords are found, never shown: no result reads out a keyword list (“‖ fintech · GBA”).
    const listed = (text: string, keyword: string) =>
      text.includes(KEYWORDS_MARK) || text.includes(`${keyword} · `) || text.includes(` · ${keyword}`);
    const shown = found.flatMap(({ q, results }) => results.filter((r) => listed(r.text, q)).map((r) => `${q}: ${r.text}`));
    expect(shown).toEqual([]);
  });
});

/** One slip of a typing hand at a seeded place: a letter left out, doubled, swapped with the next, or replaced. */
function typo(word: string, seed: number): string {
  const letters = [...word];
  const at = 1 + (seed % (letters.length - 2));
  switch (seed % 4) {
    case 0:
      return [...letters.slice(0, at), ...letters.slice(at + 1)].join('');
    case 1:
      return [...letters.slice(0, at), letters[at]!, ...letters.slice(at)].join('');
    case 2:
      return [...letters.slice(0, at), letters[at + 1]!, letters[at]!, ...letters.slice(at + 2)].join('');
    default:
      return [...letters.slice(0, at), letters[at] === 'x' ? 'q' : 'x', ...letters.slice(at + 1)].join('');
  }
}

describe.concurrent('every word of the site mistyped', () => {
  it.for(LOCALE_CODES)('[%s] offers the nearest word of the site, and it is the word meant', async (locale, { expect }) => {
    const vocabulary = JSON.parse(readFile(vocabularyPath(locale))) as string[];
    // Every fourth English word (the class is the same; the lane stays fast), every word in Chinese locales.
    const words = vocabulary.filter((w, i) => /^\p{L}{5,}$/u.test(w) && (locale !== 'en' || i % 4 === 0));
    const cases = words
      .map((word, i) => ({ word, q: typo(word, i * 7 + word.length) }))
      // A slip that makes another word of the site, or the start of one, is no misspelling.
      .filter(({ q }) => !vocabulary.some((w) => w.startsWith(q)));
    expect(cases.length).toBeGreaterThan(locale === 'en' ? 150 : 40);
    const found = await search(
      locale,
      cases.map((c) => c.q),
    );
    const wrong: string[] = [];
    let meant = 0;
    let heldByStem = 0;
    cases.forEach(({ word, q }, i) => {
      const { suggestion, results } = found[i]!;
      const expected = correctedQuery(q, [q], vocabulary);
      if (suggestion === word) meant += 1;
      // Pagefind may hold the slip as a form of a word ("researches", stemmed "research"): then it finds that.
      if (!suggestion && results.length) heldByStem += 1;
      else if (suggestion !== expected) wrong.push(`“${q}” (for ${word}) offered “${suggestion}”, expected “${expected ?? ''}”`);
    });
    expect(wrong).toEqual([]);
    expect(heldByStem).toBeLessThan(cases.length / 10);
    expect(meant / cases.length).toBeGreaterThanOrEqual(0.95);
  });
});

import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { allowedEdits, completions, correction, SPELLABLE, vocabularyPath } from '../../src/lib/search/spelling.ts';
import { latinWords } from '../../src/lib/search/terms.ts';
import { contentModels } from '../helpers/content-models.ts';
import { readFile } from '../helpers/site.ts';

/**
 * The built words of every locale, against every slip of a typing hand on every word of five
 * letters or more: what search offers is always a nearest word of the site, and nearly always
 * the word meant. The browser lane checks that the page offers what these functions give.
 */
const models = contentModels();

/** Insertions, deletions, substitutions and swaps of neighbours, counted plainly over the whole table (the oracle). */
function distance(a: string, b: string): number {
  const width = b.length + 1;
  const d = new Uint8Array((a.length + 1) * width);
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    d[i * width] = i;
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(
        d[(i - 1) * width + j]! + 1,
        d[i * width + j - 1]! + 1,
        d[(i - 1) * width + j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * width + j - 2]! + 1);
      d[i * width + j] = best;
    }
  }
  return d[a.length * width + b.length]!;
}

/** The four slips, each at a place chosen by the word (so every position and kind occurs across the words). */
function slips(word: string, seed: number): string[] {
  const at = (k: number) => 1 + ((seed + k) % (word.length - 2));
  const cut = (i: number, insert: string, remove: number) => word.slice(0, i) + insert + word.slice(i + remove);
  return [
    cut(at(0), '', 1),
    cut(at(1), word[at(1)]!, 0),
    cut(at(2), word[at(2) + 1]! + word[at(2)]!, 2),
    cut(at(3), word[at(3)] === 'x' ? 'q' : 'x', 1),
  ];
}

describe.each(LOCALE_CODES)('the words search mends misspellings with, in %s', (locale) => {
  const vocabulary = JSON.parse(readFile(vocabularyPath(locale))) as string[];

  it('hold every Latin word of every title, measure and keyword, so none is taken for a misspelling', () => {
    const m = models[locale];
    const texts = [
      ...m.directions.flatMap((d) => [d.item.data.title, ...(d.item.data.keywords ?? [])]),
      ...m.strategies.flatMap((s) => [s.item.data.title, ...(s.item.data.keywords ?? [])]),
      ...m.measures.flatMap((x) => [x.text, ...x.keywords]),
    ];
    expect(texts.length).toBeGreaterThan(50);
    const missing = [...new Set(texts.flatMap((text) => latinWords(text)))].filter(
      (w) => SPELLABLE.test(w) && !completions(w, vocabulary).length && !vocabulary.includes(w),
    );
    expect(missing).toEqual([]);
  });

  it('mend no word of the site', () => {
    expect(vocabulary.filter((w) => correction(w, vocabulary) !== undefined)).toEqual([]);
  });

  it('mend every slip to a nearest word of the site, nearly always the word meant', () => {
    const cases = vocabulary
      .filter((w) => /^\p{L}{5,}$/u.test(w))
      .flatMap((word, i) => slips(word, i).map((q) => ({ word, q })))
      .filter(({ q }) => !vocabulary.some((w) => w.startsWith(q)));
    expect(cases.length).toBeGreaterThan(locale === 'en' ? 2000 : 200);
    const wrong: string[] = [];
    let meant = 0;
    for (const { word, q } of cases) {
      const offered = correction(q, vocabulary);
      // Every word, skipping only those whose length alone puts them farther than the nearest so far.
      let nearest = Infinity;
      for (const w of vocabulary) if (Math.abs(w.length - q.length) < nearest) nearest = Math.min(nearest, distance(q, w));
      if (offered === undefined || distance(q, offered) !== nearest || nearest > allowedEdits(q.length))
        wrong.push(`“${q}” (for ${word}) → ${offered ?? 'nothing'}, nearest at ${nearest}`);
      if (offered === word) meant += 1;
    }
    expect(wrong).toEqual([]);
    expect(meant / cases.length).toBeGreaterThanOrEqual(0.95);
  });
});

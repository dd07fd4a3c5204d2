/**
 * Pagefind finds pages that contain every word of a query. Readers type phrases
 * ("housing for researchers") whose small words the text may not use, and
 * several words of which only some appear. These helpers keep the all-words
 * results first, then add pages that match some of the words, most words first.
 */

/** English words too common to require in a match. */
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have how i in is it its of on or the their to was what when where which who why will with about into this that these those'.split(
    ' ',
  ),
);

/** The words of a query worth requiring: stop words dropped (unless nothing else is left). */
export function significantWords(query: string): string[] {
  const words = query.split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !STOP_WORDS.has(w.toLowerCase()));
  return kept.length ? kept : words;
}

export interface Scored {
  id: string;
  score: number;
}

/**
 * All-words results first, in Pagefind's order; then results that match some
 * words, ordered by how many words they match, then by their summed score.
 */
export function mergeAnyWord<T extends Scored>(allWords: readonly T[], perWord: readonly (readonly T[])[]): T[] {
  const seen = new Set(allWords.map((r) => r.id));
  const partial = new Map<string, { result: T; words: number; score: number }>();
  for (const results of perWord) {
    for (const r of results) {
      if (seen.has(r.id)) continue;
      const entry = partial.get(r.id) ?? { result: r, words: 0, score: 0 };
      entry.words += 1;
      entry.score += r.score;
      partial.set(r.id, entry);
    }
  }
  const rest = [...partial.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((e) => e.result);
  return [...allWords, ...rest];
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();

/**
 * Moves results whose title matches the query to the front, best match first:
 * the exact title, then a title containing the whole query, then one containing
 * all its significant words. Order is kept otherwise: someone who types a
 * page's name wants that page.
 */
export function promoteTitleMatches<T extends { title: string }>(results: readonly T[], query: string): T[] {
  const q = normalise(query);
  if (!q) return [...results];
  const words = significantWords(q);
  const tier = (title: string) => {
    const t = normalise(title);
    if (t === q) return 0;
    if (t.includes(q)) return 1;
    if (words.every((w) => t.includes(w))) return 2;
    return 3;
  };
  return results
    .map((r, i) => ({ r, i, tier: tier(r.title) }))
    .sort((a, b) => a.tier - b.tier || a.i - b.i)
    .map((x) => x.r);
}

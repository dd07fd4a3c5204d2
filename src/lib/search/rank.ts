/**
 * The order of results. Pagefind finds, for each part of a query, the pages that hold it, and
 * scores them; the site puts first the results that hold every part, then among those the one
 * whose title is the query, one whose title holds the query (the more of the title it is, the
 * better), one the query is a keyword of, one that holds the exact phrase, and then Pagefind's score. Results that hold only a few parts
 * of a query that others hold whole are left out: "ma" alone does not make Mainland a match for
 * Lok Ma Chau Loop.
 */
import type { Manifest, ResultEntry } from './manifest.ts';

export interface Ranked {
  id: string;
  /** How many parts of the query it holds. */
  parts: number;
  score: number;
  phrase: boolean;
}

/** Folds case, width and punctuation, so that titles and keywords compare as readers see them. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
}

/** Whether `text` holds `query` starting at a word (any position for Han, which has no spaces). */
function holds(text: string, query: string): boolean {
  if (!query) return false;
  let at = text.indexOf(query);
  while (at !== -1) {
    const before = text[at - 1];
    if (at === 0 || before === ' ' || /\p{Script=Han}/u.test(query[0]!) || /\p{Script=Han}/u.test(before ?? '')) return true;
    at = text.indexOf(query, at + 1);
  }
  return false;
}

/** Text without case, punctuation or spaces: 措施3.2, 措施 3.2 and "Measure 3.2" compare as the reader means them. */
const compact = (text: string) => normalise(text).replace(/ /g, '');

/** Whether the query is the result's name ("Strategy 6", 「策略6」, "measure 3.2", or a measure's bare ID "3.2"). */
export function isNamed(entry: ResultEntry, query: string): boolean {
  const q = compact(query);
  if (!q || !entry.label) return false;
  const id = entry.kind === 'measure' ? /^(\d+(?:\.\d+)+) /.exec(entry.title)?.[1] : undefined;
  return q === compact(entry.label) || (id !== undefined && q === compact(id));
}

/** A measure's title starts with its ID ("3.2 …"); the query is compared with its text too. */
const withoutId = (title: string) => title.replace(/^\d+(?:\.\d+)* /, '');

/**
 * 0 is the best: the title is the query; then the title holds it; then the query is one of the
 * editors' keywords (words the text does not use: a title that says it wins over a synonym).
 */
export function relevanceTier(entry: ResultEntry, query: string): number {
  const q = normalise(query);
  const title = normalise(entry.title);
  const text = normalise(withoutId(entry.title));
  if (title === q || text === q || isNamed(entry, query)) return 0;
  if (holds(title, q)) return 1;
  if (entry.keywords.some((k) => normalise(k) === q)) return 2;
  return 3;
}

/**
 * How much of a title the query is: of two measures that both start "To accelerate the
 * development of", the one the query says most of (the shorter) is the better match.
 */
function coverage(entry: ResultEntry, query: string): number {
  return normalise(query).length / Math.max(1, normalise(withoutId(entry.title)).length);
}

/**
 * Ranks the union of every part's hits. `parts[i]` maps ids to scores for part i; `phrase` holds
 * the ids with the exact phrase. Ids the manifest does not know are dropped. A result the query
 * names, or has as a keyword, counts as holding every part even where Pagefind's words differ
 * (「從1到N」, "Strategy 6"), if `admits` (the reader's filters) lets it in.
 */
export function rankResults(
  parts: readonly ReadonlyMap<string, number>[],
  phrase: ReadonlySet<string>,
  manifest: Manifest,
  query: string,
  admits: (entry: ResultEntry) => boolean = () => true,
): Ranked[] {
  const all = new Map<string, Ranked>();
  for (const hits of parts) {
    for (const [id, score] of hits) {
      const r = all.get(id) ?? { id, parts: 0, score: 0, phrase: phrase.has(id) };
      r.parts += 1;
      r.score += score;
      all.set(id, r);
    }
  }
  // A part no page holds (a misspelt word) cannot be held: the others say what holding the query is.
  const holdable = parts.filter((hits) => hits.size > 0).length;
  const q = normalise(query);
  for (const [id, entry] of Object.entries(manifest)) {
    if (!admits(entry) || !(isNamed(entry, query) || entry.keywords.some((k) => normalise(k) === q))) continue;
    const r = all.get(id) ?? { id, parts: 0, score: 0, phrase: false };
    r.parts = holdable;
    all.set(id, r);
  }
  const known = [...all.values()].filter((r) => manifest[r.id]);
  const whole = known.some((r) => r.parts === holdable);
  const fewest = whole ? Math.ceil(holdable / 2) : 1;
  const tier = new Map(known.map((r) => [r.id, relevanceTier(manifest[r.id]!, query)]));
  const covers = new Map(known.map((r) => [r.id, tier.get(r.id)! < 2 ? coverage(manifest[r.id]!, query) : 0]));
  return known
    .filter((r) => r.parts >= fewest)
    .sort(
      (a, b) =>
        b.parts - a.parts ||
        tier.get(a.id)! - tier.get(b.id)! ||
        covers.get(b.id)! - covers.get(a.id)! ||
        Number(b.phrase) - Number(a.phrase) ||
        b.score - a.score ||
        manifest[a.id]!.url.localeCompare(manifest[b.id]!.url),
    );
}

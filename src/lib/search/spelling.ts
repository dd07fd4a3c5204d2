/**
 * Misspelt English words. Pagefind has no tolerance for typos: a word it does not hold it cuts
 * shorter until something matches, so "innnovation" finds every page with "in". The index step
 * writes each locale's words; a query word that no page holds, and that begins no word either, is
 * misspelt: search drops what Pagefind matched for it and offers the nearest word instead ("Did
 * you mean …?"). Only Latin words: a wrong Chinese character is a different word, not a slip a
 * distance can mend.
 */
import type { LocaleCode } from '../../i18n/locales.ts';
import { latinWords } from './terms.ts';

/** Where a locale's words are served from; fetched only when a query word is no whole word of any page. */
export function vocabularyPath(locale: LocaleCode): string {
  return `/search/words.${locale}.json`;
}

/**
 * A word a reader may have misspelt: letters, perhaps joined by hyphens. Words with digits or
 * other joiners (55,000, I&T, 3.2) are names and numbers, left to Pagefind as typed.
 */
export const SPELLABLE = /^\p{L}+(?:-\p{L}+)*$/u;

/**
 * The words of a locale's texts, each as search takes it and each letter run within it (Pagefind
 * finds "investment" inside Co-Investment and "hksar" inside hksar.org), the ones in most texts
 * first, so that of two equally near corrections the commoner wins; then alphabetically, so that
 * the same texts give the same file.
 */
export function buildVocabulary(texts: Iterable<string>): string[] {
  const inTexts = new Map<string, number>();
  for (const text of texts) {
    const words = new Set<string>();
    for (const token of latinWords(text)) {
      if (SPELLABLE.test(token)) words.add(token);
      for (const run of token.match(/\p{L}+/gu) ?? []) words.add(run);
    }
    for (const word of words) inTexts.set(word, (inTexts.get(word) ?? 0) + 1);
  }
  return [...inTexts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0)).map(([word]) => word);
}

/**
 * The commonest words of the locale that begin with `word`, at most `limit`: for a word no page
 * holds whole, what the reader is still typing (Pagefind matches a start against its stems, so
 * "innova" would not find "innovation", stemmed "innov"). None means the word is misspelt.
 */
export function completions(word: string, vocabulary: readonly string[], limit = 4): string[] {
  const typed = word.toLowerCase();
  const found: string[] = [];
  for (const known of vocabulary) if (known !== typed && known.startsWith(typed) && found.push(known) >= limit) break;
  return found;
}

/**
 * Edits allowed for a word of this length: none below four letters (every short word is one edit
 * from many others, so a guess would mislead more often than help), one up to five, two above.
 */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 6 ? 1 : 2;
}

/**
 * The optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbours, the four slips of a typing hand), or `limit + 1` once it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return Math.min(previous[y.length]!, limit + 1);
}

/**
 * The word of the vocabulary nearest to `word`, or undefined when `word` is itself a word of it or
 * none is near enough. Of equally near words the first (the commonest) wins.
 */
export function correction(word: string, vocabulary: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  const limit = allowedEdits([...typed].length);
  if (limit === 0 || vocabulary.includes(typed)) return undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    const d = editDistance(typed, candidate, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}

/** The correction written as the reader wrote the word: "Fintech" for "Fntech", "FINTECH" for "FNTECH". */
function inTypedCase(typed: string, corrected: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase() && typed !== typed.toLowerCase()) return corrected.toUpperCase();
  const first = typed.charAt(0);
  return first !== first.toLowerCase() ? corrected.charAt(0).toUpperCase() + corrected.slice(1) : corrected;
}

/**
 * The query with each of `words` (query words that found nothing) replaced by its correction,
 * everything else as typed; undefined when none of them has one.
 */
export function correctedQuery(query: string, words: readonly string[], vocabulary: readonly string[]): string | undefined {
  const fixes = new Map<string, string>();
  for (const word of words) {
    const fixed = correction(word, vocabulary);
    if (fixed) fixes.set(word, fixed);
  }
  if (!fixes.size) return undefined;
  return query.replace(LATIN_TOKEN, (token) => {
    const fixed = fixes.get(token.toLowerCase());
    return fixed ? inTypedCase(token, fixed) : token;
  });
}

/** A run of letters and hyphens as typed: the part of a query word a correction replaces. */
const LATIN_TOKEN = /\p{L}+(?:-\p{L}+)*/gu;

/**
 * What a query asks for, part by part: each run of Han characters and each Latin word is one part,
 * and a result that holds every part comes before one that holds some. The same parts decide what
 * an excerpt marks, so the marks always show why a result was found.
 */
import { hanRuns } from './han-words.ts';

/** English words too common to require in a match (they still count in the exact phrase). */
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have how i in is it its of on or the their to was what when where which who why will with about into this that these those'.split(
    ' ',
  ),
);

export interface QueryTerms {
  /** Runs of Han characters, in the page's script. */
  han: string[];
  /**
   * The other forms of a run: as the reader typed it, and with a character that the page's script
   * writes two ways (制 and 製) written the other way. Each is searched, and any counts.
   */
  typed: Record<string, string[]>;
  /** Latin words and numbers, lower case, without stop words (unless nothing else is left). */
  words: string[];
  /** Every Latin word in order, stop words too, when there are two or more: the exact phrase ranks first. */
  phrase: string[];
  /** The last word, when the query ends in it: the reader may still be typing it, so it also matches longer words. */
  typing?: string;
}

/**
 * Parts searched at most: a pasted paragraph is searched by its first 32 (every measure has fewer),
 * so that no query, however odd, costs hundreds of searches on a cheap phone.
 */
export const MAX_PARTS = 32;

/** A word and the joiners inside it, as the text writes them: I&T, R&D, Co-Investment, 55,000, 3.2. */
const LATIN_WORD = /[\p{L}\p{N}]+(?:(?:[.'’&-]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}]+)*/gu;

/** The Latin words of a text as search takes them: lower case, "GBA's" as GBA, Han characters between words. */
export function latinWords(text: string): string[] {
  return [...text.replace(/\p{Script=Han}+/gu, ' ').matchAll(LATIN_WORD)].map((m) => m[0].toLowerCase().replace(/['’]s$/, ''));
}

/**
 * The parts of a query. Punctuation separates words and is otherwise ignored. `formsOf` gives the
 * forms a run of Han characters may take in the page's script, likeliest first.
 */
export function queryTerms(query: string, formsOf: (run: string) => string[] = (run) => [run]): QueryTerms {
  const typed: Record<string, string[]> = {};
  const han = hanRuns(query).map((run) => {
    const [likeliest = run, ...others] = formsOf(run);
    for (const form of [...others, run]) if (form !== likeliest && !typed[likeliest]?.includes(form)) (typed[likeliest] ??= []).push(form);
    return likeliest;
  });
  const latin = latinWords(query);
  const significant = latin.filter((w) => !STOP_WORDS.has(w));
  const words = [...new Set(significant.length || han.length ? significant : latin)].slice(0, Math.max(0, MAX_PARTS - new Set(han).size));
  const last = latin[latin.length - 1];
  const typing = last && words.includes(last) && /[\p{L}\p{N}]$/u.test(query) && !/\p{Script=Han}$/u.test(query) ? last : undefined;
  return { han: [...new Set(han)].slice(0, MAX_PARTS), typed, words, phrase: latin.length > 1 ? latin : [], ...(typing ? { typing } : {}) };
}

/** Whether the query has nothing to search for. */
export function isEmpty(terms: QueryTerms): boolean {
  return terms.han.length === 0 && terms.words.length === 0;
}

/**
 * The terms with a Han part cut into the given pieces, each a part of its own: 人才住屋 typed
 * without a space is 人才 and 住屋 when no page holds the four characters together. The other
 * forms of the part are cut at the same places (forms differ character for character).
 */
export function splitHanPart(terms: QueryTerms, part: string, pieces: readonly string[]): QueryTerms {
  const typed: Record<string, string[]> = { ...terms.typed };
  delete typed[part];
  let at = 0;
  for (const piece of pieces) {
    const length = [...piece].length;
    const forms = (terms.typed[part] ?? []).map((form) => [...form].slice(at, at + length).join('')).filter((f) => f !== piece);
    if (forms.length) typed[piece] = [...new Set([...(typed[piece] ?? []), ...forms])];
    at += length;
  }
  const han = [...new Set(terms.han.flatMap((h) => (h === part ? pieces : [h])))];
  return { ...terms, han, typed };
}

/** A Han part and the forms it was typed in: each is searched, and a page holding any holds the part. */
export function hanForms(terms: QueryTerms, run: string): string[] {
  return [run, ...(terms.typed[run] ?? [])];
}

/**
 * For a run of Han characters, the same characters as separate words: Pagefind scores this search
 * (the exact phrase search only says yes or no), so the phrase's results are ordered by it.
 */
export function hanScoringQuery(run: string): string {
  return [...run].join(' ');
}

/** The exact-phrase search of the Latin words, or undefined for fewer than two. */
export function phraseQuery(terms: QueryTerms): string | undefined {
  return terms.phrase.length > 1 ? `"${terms.phrase.join(' ')}"` : undefined;
}

/**
 * A light English stemmer, enough to say that "researchers" and "researcher", "listing" and
 * "listed" are one word: the same suffixes Pagefind's stemming takes off the words of this site.
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  for (const [suffix, replacement] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && !(suffix === 's' && w.endsWith('ss'))) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  // "enhance", "enhanced" and "enhancing" all become "enhanc".
  return w.length > 3 ? w.replace(/e$/, '') : w;
}

const SUFFIXES = [
  ['ations', 'ate'],
  ['ation', 'ate'],
  ['ies', 'y'],
  ['ings', ''],
  ['ing', ''],
  ['ers', ''],
  ['er', ''],
  ['ed', ''],
  ['s', ''],
] as const;

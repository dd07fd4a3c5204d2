/**
 * Excerpts and marks, made by the site from the text itself rather than by Pagefind: a mark holds
 * exactly what the reader typed (a run of Han characters where it occurs; a Latin word with the
 * same stem, or, for the word still being typed, the typed start of a longer word), and an excerpt starts and ends at word
 * boundaries in every script.
 */
import { hanForms, stem, type QueryTerms } from './terms.ts';

/**
 * Put before the search keywords of a page (which come last in its indexed text), so that
 * excerpts end where the keywords begin: readers see the page's own words, never the synonyms.
 */
export const KEYWORDS_MARK = '‖';

/** A piece of an excerpt: plain text, or words that matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** A matched stretch of text, and which part of the query it matched. */
interface Span {
  start: number;
  end: number;
  term: number;
}

/**
 * A word of Latin letters and digits, kept whole across the joiners inside it: I&T, R&D,
 * Co-Investment, 55,000, 3.2, GBA's. A query word is compared with whole words, so "I&T" never
 * marks the T of "To", nor "55,000" the 000 of "100,000".
 */
const TEXT_WORD = /[\p{Script=Latin}\p{N}]+(?:(?:[.'’&-]|(?<=\p{N}),(?=\p{N}))[\p{Script=Latin}\p{N}]+)*/gu;
const PIECE = /[\p{Script=Latin}\p{N}]+/gu;

interface QueryWord {
  w: string;
  stem: string;
  term: number;
  /** The word still being typed: it also marks the typed start of a longer word. */
  typing: boolean;
}

/** Where `word` matches `token` (lower case): the whole token, its typed start, or nothing. */
function matchLength(token: string, { w, stem: wordStem, typing }: QueryWord): number {
  if (token === w || (/^\p{L}/u.test(token) && stem(token) === wordStem)) return token.length;
  if (typing && token.startsWith(w)) return w.length;
  return 0;
}

function spansOf(text: string, terms: QueryTerms): Span[] {
  const spans: Span[] = [];
  terms.han.forEach((part, term) => {
    for (const run of hanForms(terms, part))
      for (let at = text.indexOf(run); at !== -1; at = text.indexOf(run, at + run.length))
        spans.push({ start: at, end: at + run.length, term });
  });
  const words: QueryWord[] = terms.words.map((w, i) => ({ w, stem: stem(w), term: terms.han.length + i, typing: w === terms.typing }));
  for (const m of words.length ? text.matchAll(TEXT_WORD) : []) {
    const token = m[0].toLowerCase();
    let found = false;
    for (const word of words) {
      const length = matchLength(token, word);
      if (!length) continue;
      spans.push({ start: m.index, end: m.index + length, term: word.term });
      found = true;
      break;
    }
    // A word of two or more letters also finds itself inside a joined one: "investment" in Co-Investment.
    if (found || token.length === m[0].match(PIECE)![0].length) continue;
    for (const piece of token.matchAll(PIECE)) {
      const word = words.find((x) => /^\p{L}{2,}$/u.test(x.w) && matchLength(piece[0], x));
      if (word) spans.push({ start: m.index + piece.index, end: m.index + piece.index + matchLength(piece[0], word), term: word.term });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping matches become one mark.
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** `text` cut into parts, the matched words marked. */
export function markText(text: string, terms: QueryTerms): ExcerptPart[] {
  return partsOf(text, spansOf(text, terms), 0, text.length);
}

function partsOf(text: string, spans: readonly Span[], from: number, to: number): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let at = from;
  for (const s of spans) {
    if (s.end <= from || s.start >= to) continue;
    const start = Math.max(s.start, from);
    const end = Math.min(s.end, to);
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), marked: false });
  return parts;
}

const segmenters = new Map<string, Intl.Segmenter | null>();

/**
 * Word boundaries of `text` (offsets where a word starts or ends), in the language of `lang`:
 * spaces in English, where the segmenter's boundary inside "start-ups" would cut a word; the
 * segmenter's words in Chinese, which has no spaces.
 */
function boundaries(text: string, lang: string): Set<number> {
  if (!/^zh/i.test(lang)) {
    const cuts = new Set<number>([0, text.length]);
    for (const m of text.matchAll(/\s+/g)) cuts.add(m.index).add(m.index + m[0].length);
    return cuts;
  }
  if (!segmenters.has(lang))
    segmenters.set(lang, typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(lang, { granularity: 'word' }) : null);
  const segmenter = segmenters.get(lang);
  const cuts = new Set<number>([0, text.length]);
  if (segmenter) for (const s of segmenter.segment(text)) cuts.add(s.index).add(s.index + s.segment.length);
  else for (const m of text.matchAll(/\s+/g)) cuts.add(m.index).add(m.index + m[0].length);
  return cuts;
}

/**
 * An excerpt of about `length` characters: the stretch of `text` that holds the most parts of the
 * query (the earliest such stretch), starting and ending at word boundaries, with an ellipsis where
 * it cuts the text. When nothing matches (only a keyword did), the text's start.
 */
export function excerpt(text: string, terms: QueryTerms, length: number, lang: string): ExcerptPart[] {
  if (text.length <= length) return markText(text, terms);
  const spans = spansOf(text, terms);
  let best = { from: 0, count: -1 };
  for (const first of spans) {
    const from = Math.max(0, first.start - Math.floor(length / 4));
    const count = new Set(spans.filter((s) => s.start >= from && s.end <= from + length).map((s) => s.term)).size;
    if (count > best.count) best = { from, count };
  }
  const cuts = [...boundaries(text, lang)].sort((a, b) => a - b);
  // The latest boundary at or before the window's start, and the earliest at or after its end.
  const from = cuts.filter((c) => c <= best.from).pop() ?? 0;
  const to = cuts.find((c) => c >= from + length) ?? text.length;
  const parts = trimParts(partsOf(text, spans, from, to));
  if (from > 0) parts.unshift({ text: '…', marked: false });
  if (to < text.length) parts.push({ text: '…', marked: false });
  return parts;
}

/** Parts without white space at either end. */
function trimParts(parts: ExcerptPart[]): ExcerptPart[] {
  const out = parts.map((p) => ({ ...p }));
  const first = out[0];
  const last = out[out.length - 1];
  if (first && !first.marked) first.text = first.text.trimStart();
  if (last && !last.marked) last.text = last.text.trimEnd();
  return out.filter((p) => p.text);
}

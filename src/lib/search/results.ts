import { excerpt, markText, type ExcerptPart } from './excerpt.ts';
import { pageText, type ResultEntry } from './manifest.ts';
import type { SearchKind } from './query.ts';
import type { QueryTerms } from './terms.ts';

/** One result as the reader sees it. */
export interface ResultView {
  url: string;
  /** The title, the words that matched marked. */
  title: ExcerptPart[];
  kind: SearchKind;
  /** Where it sits: "Strategy 3: Venture financing" for a measure. */
  context?: string;
  /** For a page, the stretch of its text that matched; a measure's text is its title, so it has none. */
  excerpt: ExcerptPart[];
}

/** Characters in an excerpt: about two lines on a phone in each script. */
const EXCERPT_LENGTH = { latin: 160, han: 64 };

/**
 * The result for a manifest entry. `content` is the page's indexed text (from its Pagefind
 * fragment); without it, or for a measure, the result has no excerpt.
 */
export function resultView(entry: ResultEntry, terms: QueryTerms, lang: string, content?: string): ResultView {
  let body: ExcerptPart[] = [];
  if (content !== undefined && entry.kind !== 'measure') {
    const han = /^zh/i.test(lang);
    let text = pageText(content);
    // The indexed text starts with the title, which the result shows already.
    if (text.startsWith(entry.title)) text = text.slice(entry.title.length).replace(/^[.\s]+/, '');
    // Pagefind ends each block (a heading, a paragraph) with ". "; in Chinese that reads as a full stop.
    if (han) text = text.replace(/(?<=[\p{Script=Han}\d）」])\. /gu, '。');
    const length = han ? EXCERPT_LENGTH.han : EXCERPT_LENGTH.latin;
    body = excerpt(text, terms, length, lang);
  }
  return {
    url: entry.url,
    title: markText(entry.title, terms),
    kind: entry.kind,
    ...(entry.context ? { context: entry.context } : {}),
    excerpt: body,
  };
}

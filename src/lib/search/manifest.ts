/**
 * The list of everything search can return in one locale, keyed by Pagefind's result id, written
 * beside the index at build time. With it the search ranks every result by its title and keywords
 * and shows measures (whose text is their title) without fetching a Pagefind fragment per result:
 * fragments are loaded only for the pages shown, for their excerpts.
 */
import type { LocaleCode } from '../../i18n/locales.ts';
import { KEYWORDS_MARK } from './excerpt.ts';
import { joinHan } from './han-words.ts';
import { SEARCH_KINDS, type SearchKind } from './query.ts';

export interface ResultEntry {
  url: string;
  title: string;
  kind: SearchKind;
  /** Where it sits: "Strategy 3: …" for a measure. */
  context?: string;
  /** Words readers type that the text does not use, as the editors wrote them. */
  keywords: string[];
  /** The name readers search it by: "Strategy 6", "Measure 3.2". */
  label?: string;
  /** Its direction and strategy, as the search filters have them. */
  direction?: number;
  strategy?: number;
}

export type Manifest = Record<string, ResultEntry>;

/** Where a locale's manifest is served from. */
export function manifestPath(locale: LocaleCode): string {
  return `/search/results.${locale}.json`;
}

/** A Pagefind fragment: what the index holds about one page or record (the parts this site uses). */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

/** Indexed text as written: Han separators and Pagefind's zero-width spaces taken out, spaces collapsed. */
export function readable(text: string): string {
  return joinHan(text.replace(/\u200b/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A page's own words: its indexed text without the keyword list, which comes last. */
export function pageText(content: string): string {
  const at = content.indexOf(KEYWORDS_MARK);
  return readable(at === -1 ? content : content.slice(0, at));
}

/** The keywords at the end of indexed text, one per entry. */
export function keywordsOf(content: string): string[] {
  const at = content.indexOf(KEYWORDS_MARK);
  if (at === -1) return [];
  return readable(content.slice(at + KEYWORDS_MARK.length))
    .split('·')
    .map((k) => k.trim())
    .filter(Boolean);
}

/** The entry for a fragment. A kind the site does not know reads as a page. */
export function manifestEntry(fragment: Fragment): ResultEntry {
  const kindValue = fragment.filters?.kind?.[0] ?? fragment.meta.kind ?? 'page';
  const kind = (SEARCH_KINDS as readonly string[]).includes(kindValue) ? (kindValue as SearchKind) : 'page';
  const context = fragment.meta.context ? readable(fragment.meta.context) : undefined;
  const label = fragment.meta.label ? readable(fragment.meta.label) : undefined;
  const number = (name: string) => {
    const value = Number(fragment.filters?.[name]?.[0]);
    return Number.isInteger(value) && value > 0 ? { [name]: value } : {};
  };
  return {
    url: fragment.url,
    title: readable(fragment.meta.title ?? fragment.url),
    kind,
    ...(context ? { context } : {}),
    keywords: keywordsOf(fragment.content),
    ...(label ? { label } : {}),
    ...number('direction'),
    ...number('strategy'),
  };
}

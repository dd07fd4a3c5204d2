import { excerptParts, type ExcerptPart } from './excerpt.ts';
import type { SearchKind } from './query.ts';

/** What Pagefind returns for one result (the parts this site uses). */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}

/** One result as the reader sees it. */
export interface ResultView {
  url: string;
  title: string;
  kind: SearchKind;
  /** Where it sits: "Strategy 3: Venture financing" for a measure. */
  context?: string;
  excerpt: ExcerptPart[];
  /** For a strategy: the measures (and sections) that matched, each linking to its anchor. */
  subResults: { url: string; title: string; excerpt: ExcerptPart[] }[];
}

const KINDS: readonly SearchKind[] = ['direction', 'strategy', 'measure', 'update', 'page'];

/** Shapes Pagefind's data into a result: kind from its filter, anchored sub-results only, safe excerpts. */
export function toResultView(data: PagefindData, maxSubResults = 3): ResultView {
  const kindValue = data.filters?.kind?.[0] ?? data.meta.kind ?? 'page';
  const kind = (KINDS as readonly string[]).includes(kindValue) ? (kindValue as SearchKind) : 'page';
  const subResults = (data.sub_results ?? [])
    .filter((s) => s.url.includes('#') && s.url !== data.url)
    .slice(0, maxSubResults)
    .map((s) => ({ url: s.url, title: s.title, excerpt: excerptParts(s.excerpt) }));
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    kind,
    context: data.meta.context,
    excerpt: excerptParts(data.excerpt),
    subResults: kind === 'strategy' || kind === 'page' || kind === 'direction' ? subResults : [],
  };
}

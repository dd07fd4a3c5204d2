import { readableExcerpt, type ExcerptPart } from './excerpt.ts';
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
    .map((s) => ({ url: s.url, title: s.title, excerpt: readableExcerpt(s.excerpt) }));
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    kind,
    context: data.meta.context,
    excerpt: readableExcerpt(data.excerpt, data.meta.summary),
    subResults: kind === 'strategy' || kind === 'page' || kind === 'direction' ? subResults : [],
  };
}

/**
 * Each address once: a measure that is a result of its own is not repeated as
 * a sub-result of its strategy further down, and the reverse.
 */
export function withoutRepeats(results: readonly ResultView[]): ResultView[] {
  const seen = new Set<string>();
  const out: ResultView[] = [];
  for (const r of results) {
    if (seen.has(r.url)) continue;
    const subResults = r.subResults.filter((s) => !seen.has(s.url));
    seen.add(r.url);
    for (const s of subResults) seen.add(s.url);
    out.push({ ...r, subResults });
  }
  return out;
}

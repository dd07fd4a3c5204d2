/** What a search is: the words, and the filters a reader chose. Restorable from the URL. */
export interface SearchState {
  q: string;
  /** Kinds to show (any of them); empty means every kind. */
  kinds: SearchKind[];
  /** A direction number, or undefined for all. */
  direction?: number;
  /** A strategy number, or undefined for all. */
  strategy?: number;
}

export const SEARCH_KINDS = ['direction', 'strategy', 'measure', 'update', 'page'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Queries longer than this are cut: nobody types more, and the index gains nothing from it. */
export const MAX_QUERY_LENGTH = 200;

/**
 * A query as the index should see it: compatibility forms folded (NFKC), control characters removed, white space
 * collapsed, at most MAX_QUERY_LENGTH characters (never cutting a character in two).
 */
export function cleanQuery(raw: string): string {
  // Full-width letters and digits, which Chinese input methods type (ｆｉｎｔｅｃｈ, ３．２), are the ordinary ones.
  // eslint-disable-next-line no-control-regex -- removing control characters is the point of this pattern
  const withoutControls = raw.normalize('NFKC').replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ');
  const collapsed = withoutControls.replace(/\s+/g, ' ').trim();
  return [...collapsed].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

function positiveInt(value: string | null): number | undefined {
  if (!value || !/^\d{1,3}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** The search in a URL's query string (`?q=fintech&kind=measure,strategy&direction=3`). Unknown values are dropped. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const kinds = (params.get('kind') ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter((k): k is SearchKind => (SEARCH_KINDS as readonly string[]).includes(k));
  return {
    q: cleanQuery(params.get('q') ?? ''),
    kinds: [...new Set(kinds)],
    direction: positiveInt(params.get('direction')),
    strategy: positiveInt(params.get('strategy')),
  };
}

/** The query string for a search, so that a result list can be shared as a link. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.kinds.length) params.set('kind', state.kinds.join(','));
  if (state.direction) params.set('direction', String(state.direction));
  if (state.strategy) params.set('strategy', String(state.strategy));
  return params;
}

/** Pagefind filters for a search: kinds combine with "any"; direction and strategy are their numbers. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] } | string> {
  const filters: Record<string, { any: string[] } | string> = {};
  if (state.kinds.length) filters.kind = { any: [...state.kinds] };
  if (state.direction) filters.direction = String(state.direction);
  if (state.strategy) filters.strategy = String(state.strategy);
  return filters;
}

/** The same filters, for a result the site finds itself (by its name or a keyword) rather than through Pagefind. */
export function admitsFilters(state: SearchState): (entry: { kind: SearchKind; direction?: number; strategy?: number }) => boolean {
  return (entry) =>
    (!state.kinds.length || state.kinds.includes(entry.kind)) &&
    (!state.direction || entry.direction === state.direction) &&
    (!state.strategy || entry.strategy === state.strategy);
}

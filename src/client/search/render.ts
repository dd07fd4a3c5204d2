/** Draws search results as a list of links, and the messages around them, with DOM nodes only (never HTML strings). */
import { textAround } from '../../i18n/sentence.ts';
import type { ExcerptPart } from '../../lib/search/excerpt.ts';
import type { ResultView } from '../../lib/search/results.ts';
import type { searchStrings } from '../../lib/search/strings.ts';
import type { Found } from './engine.ts';

export type SearchStrings = ReturnType<typeof searchStrings>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function marked(node: HTMLElement, parts: ExcerptPart[]): HTMLElement {
  for (const part of parts) node.append(part.marked ? el('mark', '', part.text) : document.createTextNode(part.text));
  return node;
}

export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function link(text: string, href: string, lang?: string): HTMLAnchorElement {
  const a = el('a', '', text);
  a.href = href;
  if (lang) a.lang = lang;
  return a;
}

/** The links offered when nothing was found or search could not load. */
export function fallbackLinks(strings: SearchStrings): HTMLElement {
  const box = el('div', 'mt-3');
  box.append(el('p', '', strings.fallback));
  const list = el('ul', 'mt-1 list-disc ps-5');
  for (const [text, href] of [
    [strings.measures, strings.measuresHref],
    [strings.strategies, strings.strategiesHref],
  ] as const) {
    const li = el('li');
    li.append(link(text, href));
    list.append(li);
  }
  box.append(list);
  return box;
}

/** The same search in the other languages: a Chinese query on an English page may be for Chinese pages. */
function elsewhere(strings: SearchStrings, q: string): HTMLElement {
  const box = el('div', 'mt-3');
  box.append(el('p', '', fill(strings.elsewhere, { q })));
  const list = el('ul', 'mt-1 list-disc ps-5');
  for (const other of strings.otherLocales) {
    const li = el('li');
    li.append(link(other.label, `${other.href}?${new URLSearchParams({ q })}`, other.lang));
    list.append(li);
  }
  box.append(list);
  return box;
}

/** How an area offers a mended query: the address of its search, and what choosing it does there. */
export interface Suggest {
  href(q: string): string;
  choose(q: string): void;
}

/** "Did you mean “fintech”?", the mended query a link that searches it. */
function didYouMean(strings: SearchStrings, suggestion: string, suggest: Suggest): Node[] {
  const [before, after] = textAround(strings.didYouMean, 'suggestion');
  const a = link(suggestion, suggest.href(suggestion));
  a.addEventListener('click', (event) => {
    // A plain click searches in place; a click meant for a new tab keeps the link's own behaviour.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    suggest.choose(suggestion);
  });
  return [document.createTextNode(before), a, document.createTextNode(after)];
}

export interface NoResults {
  q: string;
  /** The filters the reader chose, in words, when there are any. */
  filters?: string;
  clearFilters?: () => void;
}

/** What the reader can do when a search finds nothing: clear the filters, try another language, browse. */
export function noResultsHelp(strings: SearchStrings, { q, filters, clearFilters }: NoResults): HTMLElement[] {
  const help: HTMLElement[] = [];
  if (filters && clearFilters) {
    const clear = el('button', 'mt-2 rounded border-2 border-ink px-3 py-1 font-semibold', strings.clearFilters);
    clear.type = 'button';
    clear.addEventListener('click', clearFilters);
    help.push(clear);
  }
  // When the filters left nothing, clearing them is the way on, not another language.
  if (!filters) help.push(elsewhere(strings, q));
  help.push(fallbackLinks(strings));
  return help;
}

/** The sentence announced to screen readers and shown above the list. */
export function statusText(strings: SearchStrings, q: string, total: number, shown: number, filters?: string): string {
  if (total === 0) return filters ? fill(strings.noneFiltered, { q, filters }) : fill(strings.none, { q });
  if (total === 1) return fill(strings.resultsOne, { q });
  return fill(total > shown ? strings.resultsMore : strings.results, { q, count: total, shown });
}

function resultItem(r: ResultView, strings: SearchStrings): HTMLLIElement {
  const li = el('li', 'border-b border-line py-3');
  li.dataset.kind = r.kind;
  const kind = el(
    'span',
    'me-2 rounded bg-panel px-1.5 text-xs font-semibold uppercase tracking-wide text-muted',
    strings.kinds[r.kind] ?? r.kind,
  );
  const a = marked(el('a', 'font-semibold'), r.title) as HTMLAnchorElement;
  a.href = r.url;
  const head = el('p');
  head.append(kind, a);
  li.append(head);
  if (r.context) li.append(el('p', 'text-sm text-muted', r.context));
  if (r.excerpt.length) li.append(marked(el('p', 'text-muted text-sm'), r.excerpt));
  return li;
}

/** Replaces the contents of `list` with the results. */
export function renderResults(list: HTMLOListElement, results: ResultView[], strings: SearchStrings): void {
  list.replaceChildren(...results.map((r) => resultItem(r, strings)));
}

/** Where a search shows what it found. */
export interface ResultsArea {
  list: HTMLOListElement;
  status: HTMLElement;
  /** Where "Did you mean …?" goes, between the count and the list: a live region of its own, empty when there is none. */
  suggestion: HTMLElement;
  help: HTMLElement;
  /** "Show more results", where the area offers it. */
  more?: HTMLButtonElement;
}

/**
 * Shows the first `pageSize` results, the count and, when nothing was found, the ways on; "Show
 * more" adds the next results and moves focus to the first of them. Returns false if a newer
 * search (`isCurrent` turned false) replaced this one meanwhile.
 */
export async function showFound(
  area: ResultsArea,
  found: Found,
  strings: SearchStrings,
  { pageSize, isCurrent, noResults, suggest }: { pageSize: number; isCurrent: () => boolean; noResults: NoResults; suggest: Suggest },
): Promise<boolean> {
  const first = await found.view(0, pageSize);
  if (!isCurrent()) return false;
  renderResults(area.list, first, strings);
  let shown = first.length;
  const q = noResults.q;
  // Which search the list shows: scripts and tests can wait for a given query's results.
  area.list.dataset.query = q;
  area.status.textContent = statusText(strings, q, found.total, shown, noResults.filters);
  area.suggestion.replaceChildren(...(found.suggestion ? didYouMean(strings, found.suggestion, suggest) : []));
  area.help.replaceChildren(...(found.total ? [] : noResultsHelp(strings, noResults)));
  const { more } = area;
  if (more) {
    more.hidden = shown >= found.total;
    more.onclick = async () => {
      const next = await found.view(shown, pageSize);
      if (!isCurrent()) return;
      const items = next.map((r) => resultItem(r, strings));
      area.list.append(...items);
      shown += next.length;
      area.status.textContent = statusText(strings, q, found.total, shown, noResults.filters);
      more.hidden = shown >= found.total;
      items[0]?.querySelector('a')?.focus();
    };
  }
  return true;
}

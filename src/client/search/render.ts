/** Draws search results as a list of links, and the messages around them, with DOM nodes only (never HTML strings). */
import type { ExcerptPart } from '../../lib/search/excerpt.ts';
import type { ResultView } from '../../lib/search/results.ts';

export interface SearchStrings {
  results: string;
  resultsOne: string;
  resultsMore: string;
  none: string;
  error: string;
  fallback: string;
  measures: string;
  strategies: string;
  measuresHref: string;
  strategiesHref: string;
  allResults: string;
  kinds: Record<string, string>;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerpt(parts: ExcerptPart[]): HTMLElement {
  const p = el('p', 'text-muted text-sm');
  for (const part of parts) p.append(part.marked ? el('mark', '', part.text) : document.createTextNode(part.text));
  return p;
}

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
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
    const a = el('a', '', text);
    a.href = href;
    li.append(a);
    list.append(li);
  }
  box.append(list);
  return box;
}

/** The sentence announced to screen readers and shown above the list. */
export function statusText(strings: SearchStrings, q: string, total: number, shown: number): string {
  if (total === 0) return fill(strings.none, { q });
  if (total === 1) return fill(strings.resultsOne, { q });
  return fill(total > shown ? strings.resultsMore : strings.results, { q, count: total, shown });
}

/** Replaces the contents of `list` with the results. */
export function renderResults(list: HTMLOListElement, results: ResultView[], strings: SearchStrings): void {
  const items = results.map((r) => {
    const li = el('li', 'border-b border-line py-3');
    li.dataset.kind = r.kind;
    const kind = el(
      'span',
      'me-2 rounded bg-panel px-1.5 text-xs font-semibold uppercase tracking-wide text-muted',
      strings.kinds[r.kind] ?? r.kind,
    );
    const link = el('a', 'font-semibold', r.title);
    link.href = r.url;
    const head = el('p');
    head.append(kind, link);
    li.append(head);
    if (r.context) li.append(el('p', 'text-sm text-muted', r.context));
    li.append(excerpt(r.excerpt));
    if (r.subResults.length) {
      const subs = el('ul', 'mt-1 space-y-1 border-s-2 border-line ps-3');
      for (const s of r.subResults) {
        const sub = el('li');
        const a = el('a', 'text-sm font-semibold', s.title);
        a.href = s.url;
        sub.append(a, excerpt(s.excerpt));
        subs.append(sub);
      }
      li.append(subs);
    }
    return li;
  });
  list.replaceChildren(...items);
}

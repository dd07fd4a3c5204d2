/**
 * The search page: restores a search from `?q=…&kind=…&direction=…&strategy=…`,
 * keeps the address in step as the reader types, and shows results as a list of
 * links with the count announced.
 */
import { isLocale } from '../i18n/locales.ts';
import { paramsFromState, stateFromParams, SEARCH_KINDS, type SearchKind, type SearchState } from '../lib/search/query.ts';
import { loadEngine, loadStrings } from './search/engine.ts';
import { fill, showFound } from './search/render.ts';

/** Results drawn at a time; "Show more results" draws the next ones. */
const PAGE_SIZE = 10;

export function init(form: HTMLElement): void {
  if (!(form instanceof HTMLFormElement)) return;
  const locale = document.documentElement.dataset.locale;
  if (!isLocale(locale)) return;
  const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
  const direction = form.querySelector<HTMLSelectElement>('select[name=direction]')!;
  const strategy = form.querySelector<HTMLSelectElement>('select[name=strategy]')!;
  const kinds = [...form.querySelectorAll<HTMLInputElement>('input[name=kind]')];
  const status = document.getElementById('search-status')!;
  const suggestion = document.getElementById('search-suggestion')!;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const help = document.getElementById('search-help')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const pageTitle = document.title;

  const show = (state: SearchState) => {
    input.value = state.q;
    direction.value = state.direction ? String(state.direction) : '';
    strategy.value = state.strategy ? String(state.strategy) : '';
    for (const box of kinds) box.checked = state.kinds.includes(box.value as SearchKind);
  };
  const read = (): SearchState =>
    stateFromParams(
      new URLSearchParams({
        q: input.value,
        kind: kinds
          .filter((k) => k.checked && (SEARCH_KINDS as readonly string[]).includes(k.value))
          .map((k) => k.value)
          .join(','),
        direction: direction.value,
        strategy: strategy.value,
      }),
    );

  /** The filters chosen, in the form's own words ("Measures, Updates · Direction 2. …"), or undefined for none. */
  const filtersInWords = (): string | undefined => {
    const chosen: string[] = [];
    const boxes = kinds.filter((k) => k.checked).map((k) => k.labels?.[0]?.textContent?.trim() ?? k.value);
    if (boxes.length) chosen.push(boxes.join(', '));
    for (const select of [direction, strategy])
      if (select.value)
        chosen.push(`${select.labels?.[0]?.textContent?.trim() ?? ''} ${select.selectedOptions[0]?.textContent?.trim() ?? ''}`);
    return chosen.length ? chosen.join(' · ') : undefined;
  };
  const clearFilters = () => {
    for (const box of kinds) box.checked = false;
    direction.value = '';
    strategy.value = '';
    input.focus();
    void run();
  };

  let latest = 0;
  const run = async () => {
    const state = read();
    const query = paramsFromState(state).toString();
    history.replaceState(history.state, '', query ? `?${query}` : location.pathname);
    const id = ++latest;
    if (!state.q) {
      document.title = pageTitle;
      status.textContent = '';
      suggestion.replaceChildren();
      list.replaceChildren();
      help.replaceChildren();
      more.hidden = true;
      return;
    }
    try {
      const [engine, strings] = await Promise.all([loadEngine(locale), loadStrings(locale)]);
      const found = await engine.search(state);
      if (!found || id !== latest) return;
      document.title = fill(strings.pageTitle, { q: state.q, title: pageTitle });
      const filters = filtersInWords();
      await showFound({ list, status, suggestion, help, more }, found, strings, {
        pageSize: PAGE_SIZE,
        isCurrent: () => id === latest,
        noResults: { q: state.q, filters, clearFilters: filters ? clearFilters : undefined },
        suggest: {
          href: (q) => `?${paramsFromState({ ...state, q }).toString()}`,
          choose: (q) => {
            input.value = q;
            input.focus();
            void run();
          },
        },
      });
    } catch {
      if (id !== latest) return;
      // Nothing could load (offline?): the page's own words and links still work.
      list.replaceChildren();
      more.hidden = true;
      status.textContent = form.dataset.error ?? '';
      suggestion.replaceChildren();
      help.replaceChildren();
      document.getElementById('search-noscript')?.setAttribute('hidden', '');
      document.getElementById('search-fallback')?.removeAttribute('hidden');
    }
  };

  const restored = stateFromParams(new URLSearchParams(location.search));
  show(restored);
  // Filters stay folded (results first on a phone) unless the shared search uses them.
  if (restored.kinds.length || restored.direction || restored.strategy)
    (document.getElementById('search-filters') as HTMLDetailsElement | null)?.setAttribute('open', '');
  document.getElementById('search-fallback')?.setAttribute('hidden', '');
  form.hidden = false;
  // The index starts loading when the reader reaches the box, not at the first keystroke.
  input.addEventListener('focus', () => void loadEngine(locale).catch(() => undefined));
  form.addEventListener('input', () => void run());
  form.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.focus();
  void run();
}

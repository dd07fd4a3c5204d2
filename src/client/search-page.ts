/**
 * The search page: restores a search from `?q=…&kind=…&direction=…&strategy=…`,
 * keeps the address in step as the reader types, and shows results as a list of
 * links with the count announced.
 */
import { isLocale } from '../i18n/locales.ts';
import { paramsFromState, stateFromParams, SEARCH_KINDS, type SearchKind, type SearchState } from '../lib/search/query.ts';
import { loadEngine, loadStrings } from './search/engine.ts';
import { fallbackLinks, renderResults, statusText } from './search/render.ts';

export function init(form: HTMLElement): void {
  if (!(form instanceof HTMLFormElement)) return;
  const locale = document.documentElement.dataset.locale;
  if (!isLocale(locale)) return;
  const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
  const direction = form.querySelector<HTMLSelectElement>('select[name=direction]')!;
  const strategy = form.querySelector<HTMLSelectElement>('select[name=strategy]')!;
  const kinds = [...form.querySelectorAll<HTMLInputElement>('input[name=kind]')];
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const help = document.getElementById('search-help')!;

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

  let latest = 0;
  const run = async () => {
    const state = read();
    const query = paramsFromState(state).toString();
    history.replaceState(history.state, '', query ? `?${query}` : location.pathname);
    const id = ++latest;
    if (!state.q) {
      status.textContent = '';
      list.replaceChildren();
      help.replaceChildren();
      return;
    }
    try {
      const [engine, strings] = await Promise.all([loadEngine(locale), loadStrings(locale)]);
      const found = await engine.search(state);
      if (!found || id !== latest) return;
      renderResults(list, found.results, strings);
      status.textContent = statusText(strings, state.q, found.total, found.results.length);
      help.replaceChildren(...(found.total ? [] : [fallbackLinks(strings)]));
    } catch {
      if (id !== latest) return;
      // Nothing could load (offline?): the page's own words and links still work.
      list.replaceChildren();
      status.textContent = form.dataset.error ?? '';
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
  form.addEventListener('input', () => void run());
  form.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.focus();
  void run();
}

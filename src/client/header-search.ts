/**
 * The search box in the header: results appear under it as the reader types
 * (the best few), with a link to the full search page and its filters. Enter
 * goes to the full search page; Escape clears the box, or, from a result, closes
 * the results and returns to the box; the arrow keys move through the results;
 * a click or tap elsewhere closes them.
 */
import { isLocale } from '../i18n/locales.ts';
import { loadEngine, loadStrings } from './search/engine.ts';
import { showFound } from './search/render.ts';

const SHOWN = 6;

export function init(form: HTMLElement): void {
  if (!(form instanceof HTMLFormElement)) return;
  const locale = document.documentElement.dataset.locale;
  if (!isLocale(locale)) return;
  const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
  const panel = document.getElementById('header-search-panel')!;
  const status = panel.querySelector<HTMLElement>('[role=status]:not([data-suggestion])')!;
  const suggestion = panel.querySelector<HTMLElement>('[data-suggestion]')!;
  const list = panel.querySelector<HTMLOListElement>('ol')!;
  const more = panel.querySelector<HTMLAnchorElement>('a[data-all-results]')!;
  const help = panel.querySelector<HTMLElement>('[data-help]')!;
  input.setAttribute('aria-controls', panel.id);

  const close = () => {
    panel.hidden = true;
  };
  let latest = 0;
  const run = async () => {
    const q = input.value;
    const id = ++latest;
    if (!q.trim()) {
      close();
      status.textContent = '';
      suggestion.replaceChildren();
      list.replaceChildren();
      return;
    }
    panel.hidden = false;
    more.href = `${form.action}?${new URLSearchParams({ q })}`;
    try {
      const [engine, strings] = await Promise.all([loadEngine(locale), loadStrings(locale)]);
      const found = await engine.search({ q, kinds: [] });
      if (!found || id !== latest) return;
      await showFound({ list, status, suggestion, help }, found, strings, {
        pageSize: SHOWN,
        isCurrent: () => id === latest,
        noResults: { q: q.trim() },
        suggest: {
          href: (mended) => `${form.action}?${new URLSearchParams({ q: mended })}`,
          choose: (mended) => {
            input.value = mended;
            input.focus();
            void run();
          },
        },
      });
    } catch {
      if (id !== latest) return;
      list.replaceChildren();
      status.textContent = form.dataset.error ?? '';
      suggestion.replaceChildren();
      help.replaceChildren();
    }
  };
  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      input.value = '';
      void run();
    }
    // Down arrow from the box goes to the first result, as in a list of suggestions.
    if (event.key === 'ArrowDown' && !panel.hidden) {
      const first = list.querySelector<HTMLAnchorElement>('a');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a[href]')];
  panel.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      close();
      input.focus();
    } else if (event.key === 'ArrowDown' && at !== -1) all[Math.min(at + 1, all.length - 1)]?.focus();
    else if (event.key === 'ArrowUp' && at !== -1) (at === 0 ? input : all[at - 1])?.focus();
    else return;
    event.preventDefault();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!panel.hidden && !form.contains(event.target as Node) && !panel.contains(event.target as Node)) close();
  });
  loadEngine(locale).catch(() => undefined);
  if (input.value) void run();
}

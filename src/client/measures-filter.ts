/**
 * The filter on the all-measures page: by strategy and by words, live, with the
 * count announced. The page is complete without it; it only hides what does
 * not match.
 */
import { filterMeasures, type FilterableMeasure } from '../lib/measure-filter.ts';

// Filtering is live, so the controls are a search landmark rather than a form to submit.
export function init(form: HTMLElement): void {
  const items = [...document.querySelectorAll<HTMLLIElement>('li[data-measure]')];
  const measures: FilterableMeasure[] = items.map((li) => ({
    id: li.dataset.measure ?? '',
    strategy: Number(li.closest<HTMLElement>('[data-strategy]')?.dataset.strategy ?? 0),
    text: li.textContent ?? '',
  }));
  const words = form.querySelector<HTMLInputElement>('input[type=search]')!;
  const strategy = form.querySelector<HTMLSelectElement>('select')!;
  const status = form.querySelector<HTMLElement>('[role=status]')!;
  const template = status.dataset.template ?? '{count}/{total}';
  const more = form.querySelector<HTMLAnchorElement>('a[data-href]');
  const apply = () => {
    const shown = filterMeasures(measures, words.value, Number(strategy.value) || undefined);
    for (const li of items) li.hidden = !shown.has(li.dataset.measure ?? '');
    // A strategy (or direction) with nothing left to show is hidden with its heading.
    for (const section of document.querySelectorAll<HTMLElement>('[data-strategy], [data-direction]')) {
      section.hidden = !section.querySelector('li[data-measure]:not([hidden])');
    }
    status.textContent = template.replace('{count}', String(shown.size)).replace('{total}', String(measures.length));
    // Words the measures do not use (fintech, GBA…) are known to search: offer it when nothing matches here.
    if (more) {
      more.hidden = shown.size > 0 || !words.value.trim();
      more.href = `${more.dataset.href}?${new URLSearchParams({ q: words.value.trim() })}`;
    }
  };
  form.addEventListener('input', apply);
  apply();
}

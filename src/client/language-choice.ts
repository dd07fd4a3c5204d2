/** Links to the other languages: the one a reader picks is remembered for their next visit to `/`. */
import { storageKey } from './shared/storage.ts';

export function init(nav: HTMLElement): void {
  nav.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-locale]');
    if (!link?.dataset.locale) return;
    try {
      localStorage.setItem(storageKey('locale'), link.dataset.locale);
    } catch {
      // Storage disabled: nothing to remember, the link still goes there.
    }
  });
}

/**
 * Links to the other languages. Followed, a link keeps the reader's place: this page's anchor (a
 * measure, a focus area) and query (a search) go with it, since every locale has the same anchors
 * and the same search page; the plain link, without JavaScript, opens the page's top. The language
 * a reader picks is remembered for their next visit to `/`.
 */
import { storageKey } from './shared/storage.ts';

export function init(nav: HTMLElement): void {
  nav.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-locale]');
    if (!link?.dataset.locale) return;
    // Set as the click is handled, before the browser follows the link: the search page changes its query in place.
    link.href = link.pathname + location.search + location.hash;
    try {
      localStorage.setItem(storageKey('locale'), link.dataset.locale);
    } catch {
      // Storage disabled: nothing to remember, the link still goes there.
    }
  });
}

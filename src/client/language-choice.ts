/**
 * Links to the other languages. They keep the reader's place: the anchor (a measure, a focus
 * area) and the query (a search) go with them, since every locale has the same anchors and
 * the same search page. The language a reader picks is remembered for their next visit to `/`.
 */
import { storageKey } from './shared/storage.ts';

/** The plain link's path with this page's query and anchor. */
export function samePlace(path: string, search: string, hash: string): string {
  return `${path.split(/[?#]/)[0]}${search}${hash}`;
}

export function init(nav: HTMLElement): void {
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[hreflang]')].map((link) => ({
    link,
    path: link.getAttribute('href') ?? '',
  }));
  // Before the link is followed, copied or opened in a new tab: the search page changes its query without reloading.
  const follow = () => {
    for (const { link, path } of links) link.setAttribute('href', samePlace(path, location.search, location.hash));
  };
  follow();
  addEventListener('hashchange', follow);
  nav.addEventListener('pointerdown', follow);
  nav.addEventListener('focusin', follow);
  nav.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-locale]');
    if (!link?.dataset.locale) return;
    follow();
    try {
      localStorage.setItem(storageKey('locale'), link.dataset.locale);
    } catch {
      // Storage disabled: nothing to remember, the link still goes there.
    }
  });
}

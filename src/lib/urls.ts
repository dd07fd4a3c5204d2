import { LOCALE_CODES, type LocaleCode } from '../i18n/locales.ts';

/** The page families of the site and their paths; every route is under `/{locale}/`. */
export type Route =
  | { kind: 'home' }
  | { kind: 'directions' }
  | { kind: 'direction'; slug: string }
  | { kind: 'strategies' }
  | { kind: 'strategy'; slug: string }
  | { kind: 'measures' }
  | { kind: 'indicators' }
  | { kind: 'updates' }
  | { kind: 'update'; slug: string }
  | { kind: 'page'; slug: string }
  | { kind: 'search' }
  | { kind: 'data' }
  | { kind: 'feed' };

/** The site-relative path of `route` in `locale`, always with a trailing slash. */
export function pathTo(locale: LocaleCode, route: Route): string {
  const base = `/${locale}/`;
  switch (route.kind) {
    case 'home':
      return base;
    case 'directions':
    case 'strategies':
    case 'measures':
    case 'indicators':
    case 'updates':
    case 'search':
    case 'data':
      return `${base}${route.kind}/`;
    case 'feed':
      return `${base}updates/feed.xml`;
    case 'direction':
      return `${base}directions/${route.slug}/`;
    case 'strategy':
      return `${base}strategies/${route.slug}/`;
    case 'update':
      return `${base}updates/${route.slug}/`;
    case 'page':
      return `${base}${route.slug}/`;
  }
}

/** The anchor of a measure on its strategy page: `3.2` → `measure-3-2`. */
export function measureAnchor(id: string): string {
  return `measure-${id.replace('.', '-')}`;
}

/** The same page in another locale: the first path segment is the locale. */
export function switchLocale(path: string, to: LocaleCode): string {
  const [, first, ...rest] = path.split('/');
  if (!first || !(LOCALE_CODES as readonly string[]).includes(first)) return `/${to}/`;
  return `/${[to, ...rest].join('/')}`;
}

/** An absolute URL on the site for `path`. */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

/**
 * Pages the header and footer of every page link to, by slug: the content
 * check refuses a site without them, as every page would carry a broken link.
 */
export const LINKED_PAGES = {
  about: 'about',
  accessibility: 'accessibility',
  aboutSite: 'about-this-site',
} as const;

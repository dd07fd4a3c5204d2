import { LOCALE_CODES, type LocaleCode } from '../i18n/locales.ts';

/** The page families of the site and their paths; every route is under `/{locale}/`. */
export type Route =
  | { kind: 'home' }
  | { kind: 'directions' }
  | { kind: 'direction'; slug: string }
  | { kind: 'strategies' }
  | { kind: 'strategy'; slug: string }
  | { kind: 'measures' }
  /** The measures in English and Chinese side by side. */
  | { kind: 'bilingual' }
  | { kind: 'indicators' }
  | { kind: 'updates' }
  | { kind: 'update'; slug: string }
  | { kind: 'page'; slug: string }
  | { kind: 'search' }
  | { kind: 'data' }
  | { kind: 'feed' };

/** The page families that need a slug (one page per direction, strategy, update or page). */
export type SluggedKind = Extract<Route, { slug: string }>['kind'];

/**
 * Whether each page family takes a slug. The type is computed from `Route`, so
 * a kind added there fails to type-check until it is listed here, with the
 * right answer: this is what lets other code enumerate the families.
 */
const TAKES_SLUG: { [K in Route['kind']]: K extends SluggedKind ? true : false } = {
  home: false,
  directions: false,
  direction: true,
  strategies: false,
  strategy: true,
  measures: false,
  bilingual: false,
  indicators: false,
  updates: false,
  update: true,
  page: true,
  search: false,
  data: false,
  feed: false,
};

/** Every route that is one page per locale (no slug): the lists, search, data and feed. */
export const UNSLUGGED_ROUTES: readonly Route[] = (Object.keys(TAKES_SLUG) as Route['kind'][])
  .filter((kind) => !TAKES_SLUG[kind])
  .map((kind) => ({ kind }) as Route);

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
    case 'bilingual':
      return `${base}measures/bilingual/`;
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

import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales.ts';

interface SitemapLink {
  lang: string;
  url: string;
}
interface SitemapItemLike {
  url: string;
  links?: SitemapLink[];
}

/**
 * The alternates of a sitemap entry: one per language (the integration also
 * counts `/` as English, which it is not: `/` is the language chooser), plus
 * `x-default`. For `/` itself, `x-default` is the chooser and the languages are
 * the three home pages.
 */
export function sitemapAlternates<T extends SitemapItemLike>(item: T): T {
  const origin = new URL(item.url).origin;
  if (new URL(item.url).pathname === '/') {
    return {
      ...item,
      links: [...LOCALES.map((l) => ({ lang: l.lang, url: `${origin}/${l.code}/` })), { lang: 'x-default', url: `${origin}/` }],
    };
  }
  if (!item.links?.length) return item;
  const links = item.links.filter((l) => new URL(l.url).pathname !== '/' && l.lang !== 'x-default');
  const english = links.find((l) => new URL(l.url).pathname.startsWith(`/${DEFAULT_LOCALE}/`));
  return { ...item, links: english ? [...links, { lang: 'x-default', url: english.url }] : links };
}

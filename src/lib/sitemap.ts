import { DEFAULT_LOCALE } from '../i18n/locales.ts';

interface SitemapLink {
  lang: string;
  url: string;
}
interface SitemapItemLike {
  url: string;
  links?: SitemapLink[];
}

/**
 * Adds the `x-default` alternate (the English page) beside the language
 * alternates the sitemap integration already lists.
 */
export function sitemapAlternates<T extends SitemapItemLike>(item: T): T {
  if (!item.links?.length) return item;
  const english = item.links.find((l) => l.url.includes(`/${DEFAULT_LOCALE}/`));
  if (!english || item.links.some((l) => l.lang === 'x-default')) return item;
  return { ...item, links: [...item.links, { lang: 'x-default', url: english.url }] };
}

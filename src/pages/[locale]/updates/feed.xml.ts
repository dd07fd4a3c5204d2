import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getLocale } from '../../../i18n/locales.ts';
import { getModel } from '../../../lib/collections.ts';
import { changedPages, changeItems, feedItems } from '../../../lib/feed.ts';
import { localePaths } from '../../../lib/static-paths.ts';
import { absoluteUrl, pathTo } from '../../../lib/urls.ts';
import { SITE } from '../../../site.config.ts';

export const getStaticPaths = localePaths;

/** `/{locale}/updates/feed.xml`: an RSS feed of the updates, and of pages' major changes, in one language. */
export const GET: APIRoute = async ({ locals: { locale, t } }) => {
  const model = await getModel(locale);
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: absoluteUrl(pathTo(locale, { kind: 'updates' }), SITE.url),
    // Updates on the Blueprint, and the major changes of this site's pages, newest first.
    // Absolute links, which the feed keeps as written: it would put its trailing slash after a change's anchor.
    items: [...feedItems(model.updates, locale), ...changeItems(changedPages(model), locale)]
      .map((item) => ({ ...item, link: absoluteUrl(item.link, SITE.url) }))
      .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${getLocale(locale).lang}</language><atom:link href="${absoluteUrl(pathTo(locale, { kind: 'feed' }), SITE.url)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
};

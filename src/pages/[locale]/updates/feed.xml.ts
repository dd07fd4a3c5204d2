import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { LOCALE_CODES, type LocaleCode } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/t.ts';
import { getModel } from '../../../lib/collections.ts';
import { getLocale } from '../../../i18n/locales.ts';
import { feedItems } from '../../../lib/feed.ts';
import { SITE } from '../../../site.config.ts';

export const getStaticPaths = () => LOCALE_CODES.map((locale) => ({ params: { locale } }));

/** `/{locale}/updates/feed.xml`: an RSS feed of the updates in one language. */
export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as LocaleCode;
  const model = await getModel(locale);
  return rss({
    title: t(locale, 'feed.title'),
    description: t(locale, 'feed.description'),
    site: new URL(`/${locale}/updates/`, SITE.url).href,
    items: feedItems(model.updates, locale),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${getLocale(locale).lang}</language><atom:link href="${new URL(`/${locale}/updates/feed.xml`, SITE.url).href}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
};

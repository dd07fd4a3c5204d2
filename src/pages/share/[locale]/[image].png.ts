import type { APIRoute } from 'astro';
import { LOCALE_CODES, type LocaleCode } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/t.ts';
import { getModel } from '../../../lib/collections.ts';
import { cachedShareImage } from '../../../lib/share-image/cache.ts';

interface Card {
  eyebrow: string;
  title: string;
}

type Props = Card & { locale: LocaleCode; sharedCharacters: string };

const siteName = (locale: LocaleCode) => t(locale, 'site.fullName');
const notice = (locale: LocaleCode) => t(locale, 'header.independent');

/** One share image per direction and strategy in each locale, and a default card per locale. */
export async function getStaticPaths() {
  const paths: { params: { locale: LocaleCode; image: string }; props: Props }[] = [];
  for (const locale of LOCALE_CODES) {
    const first = paths.length;
    const model = await getModel(locale);
    paths.push({
      params: { locale, image: 'default' },
      props: { locale, eyebrow: '', title: t(locale, 'home.title'), sharedCharacters: '' },
    });
    for (const d of model.directions) {
      paths.push({
        params: { locale, image: `direction-${d.item.slug}` },
        props: { locale, eyebrow: t(locale, 'direction.label', { n: d.number }), title: d.item.data.title, sharedCharacters: '' },
      });
    }
    for (const s of model.strategies) {
      paths.push({
        params: { locale, image: `strategy-${s.item.slug}` },
        props: { locale, eyebrow: t(locale, 'strategy.label', { n: s.number }), title: s.item.data.title, sharedCharacters: '' },
      });
    }
    // Every character the locale's images draw: they can then share one set of fonts.
    const localePaths = paths.slice(first);
    const characters = [
      ...new Set(localePaths.flatMap(({ props }) => [...`${props.eyebrow}${props.title}${siteName(locale)}${notice(locale)}`])),
    ].join('');
    for (const path of localePaths) path.props.sharedCharacters = characters;
  }
  return paths;
}

export const GET: APIRoute = async ({ props }) => {
  const { locale, eyebrow, title, sharedCharacters } = props as Props;
  const png = await cachedShareImage({ locale, eyebrow, title, siteName: siteName(locale), notice: notice(locale) }, { sharedCharacters });
  return new Response(Buffer.from(png), { headers: { 'Content-Type': 'image/png' } });
};

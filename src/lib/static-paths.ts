import { LOCALE_CODES, type LocaleCode } from '../i18n/locales.ts';
import { getModel, type WithEntry } from './collections.ts';
import type { SiteModel } from './model.ts';

/**
 * One page per locale: `getStaticPaths` for the list pages. The page reads its
 * locale from `Astro.locals`, which the middleware fills from the param.
 */
export function localePaths(): { params: { locale: LocaleCode } }[] {
  return LOCALE_CODES.map((locale) => ({ params: { locale } }));
}

/**
 * One page per locale and item: `getStaticPaths` for item pages, each page
 * given its item (`Astro.props.view`). Every English item exists in every
 * locale (translated, converted or falling back).
 */
export async function itemPaths<T extends { slug: string }>(
  pick: (model: SiteModel<WithEntry>) => readonly T[],
): Promise<{ params: { locale: LocaleCode; slug: string }; props: { view: T } }[]> {
  const paths = [];
  for (const locale of LOCALE_CODES) {
    for (const view of pick(await getModel(locale))) paths.push({ params: { locale, slug: view.slug }, props: { view } });
  }
  return paths;
}

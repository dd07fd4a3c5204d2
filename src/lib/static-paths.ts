import { LOCALE_CODES, type LocaleCode } from '../i18n/locales.ts';
import { getModel, type WithEntry } from './collections.ts';
import type { SiteModel } from './model.ts';

/** One page per locale: `getStaticPaths` for the list pages. */
export function localePaths() {
  return LOCALE_CODES.map((locale) => ({ params: { locale }, props: { locale } }));
}

/**
 * One page per locale and item: `getStaticPaths` for item pages. Every English
 * item exists in every locale (translated, converted or falling back).
 */
export async function itemPaths<T extends { slug: string }>(
  pick: (model: SiteModel<WithEntry>) => T[],
): Promise<{ params: { locale: LocaleCode; slug: string }; props: { locale: LocaleCode; slug: string } }[]> {
  const paths = [];
  for (const locale of LOCALE_CODES) {
    for (const { slug } of pick(await getModel(locale))) paths.push({ params: { locale, slug }, props: { locale, slug } });
  }
  return paths;
}

import type { APIRoute } from 'astro';
import { LOCALE_CODES, type LocaleCode } from '../../../i18n/locales.ts';
import { getModel } from '../../../lib/collections.ts';
import { blueprintCounts } from '../../../lib/open-data.ts';
import { searchStrings } from '../../../lib/search/strings.ts';

export const getStaticPaths = () => LOCALE_CODES.map((locale) => ({ params: { locale } }));

/** What the search script says, per language: fetched with the index, so pages do not carry it. */
export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as LocaleCode;
  return new Response(JSON.stringify(searchStrings(locale, blueprintCounts(await getModel(locale)))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

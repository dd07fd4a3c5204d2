import type { APIRoute } from 'astro';
import { LOCALE_CODES, type LocaleCode } from '../../../i18n/locales.ts';
import { searchStrings } from '../../../lib/search/strings.ts';

export const getStaticPaths = () => LOCALE_CODES.map((locale) => ({ params: { locale } }));

/** What the search script says, per language: fetched with the index, so pages do not carry it. */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(searchStrings(params.locale as LocaleCode)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

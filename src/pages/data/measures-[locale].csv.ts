import type { APIRoute } from 'astro';
import { LOCALE_CODES, type LocaleCode } from '../../i18n/locales.ts';
import { getModel } from '../../lib/collections.ts';
import { measuresCsv } from '../../lib/open-data.ts';
import { SITE } from '../../site.config.ts';

export const getStaticPaths = () => LOCALE_CODES.map((locale) => ({ params: { locale } }));

/** `/data/measures-{en,tc,sc}.csv`: the measures of one language. */
export const GET: APIRoute = async ({ params }) =>
  new Response(measuresCsv(await getModel(params.locale as LocaleCode), SITE.url), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

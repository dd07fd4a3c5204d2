import type { APIRoute } from 'astro';
import { getModel } from '../../lib/collections.ts';
import { localePaths } from '../../lib/static-paths.ts';
import { measuresCsv } from '../../lib/open-data.ts';
import { SITE } from '../../site.config.ts';

export const getStaticPaths = localePaths;

/** `/data/measures-{en,tc,sc}.csv`: the measures of one language. */
export const GET: APIRoute = async ({ locals }) =>
  new Response(measuresCsv(await getModel(locals.locale), SITE.url), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

import type { APIRoute } from 'astro';
import { getModel } from '../../../lib/collections.ts';
import { localePaths } from '../../../lib/static-paths.ts';
import { searchStrings } from '../../../lib/search/strings.ts';

export const getStaticPaths = localePaths;

/** What the search script says, per language: fetched with the index, so pages do not carry it. */
export const GET: APIRoute = async ({ locals: { locale } }) =>
  new Response(JSON.stringify(searchStrings(locale, (await getModel(locale)).counts)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

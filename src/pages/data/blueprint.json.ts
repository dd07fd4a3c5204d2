import type { APIRoute } from 'astro';
import { getModel } from '../../lib/collections.ts';
import { buildDate } from '../../lib/build-date.ts';
import { buildOpenData } from '../../lib/open-data.ts';
import { SITE } from '../../site.config.ts';

/** `/data/blueprint.json`: the Blueprint in all three languages. */
export const GET: APIRoute = async () => {
  const models = { en: await getModel('en'), tc: await getModel('tc'), sc: await getModel('sc') };
  const data = buildOpenData(models, SITE.url, buildDate());
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

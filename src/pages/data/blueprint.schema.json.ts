import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '../../schemas/open-data.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { SITE } from '../../site.config.ts';

/** `/data/blueprint.schema.json`: the JSON Schema of `/data/blueprint.json`. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(openDataJsonSchema(absoluteUrl('/data/blueprint.schema.json', SITE.url)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });

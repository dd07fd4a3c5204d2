import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SCHEMAS, type CollectionName } from './schemas/index.ts';
import { contentRoot } from './lib/content-root.ts';

/**
 * One collection per kind of content, read from `content/<collection>/<locale>/*.mdx`
 * (or from `$BLUEPRINT_CONTENT_DIR`, so tests and benchmarks can build other content).
 * Entry IDs are `<locale>/<slug>`.
 */
function collection(name: CollectionName) {
  return defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `${contentRoot()}/${name}` }),
    schema: SCHEMAS[name],
  });
}

export const collections = {
  directions: collection('directions'),
  strategies: collection('strategies'),
  updates: collection('updates'),
  indicators: collection('indicators'),
  pages: collection('pages'),
};

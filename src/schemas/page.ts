import { z } from 'astro/zod';
import { commonFields, text } from './common.ts';

/** A standalone page (about, background, accessibility…): `content/pages/<locale>/<slug>.mdx`. */
export const pageSchema = z.strictObject({
  /** The page's `h1`. */
  title: text,
  /** One sentence shown under the title and as the meta description. */
  summary: text,
  /** Order in menus and in the "About" list. */
  order: z.number().int().default(100),
  /**
   * What a citation of the page names as the work: \`blueprint\` when the page quotes
   * the Blueprint's own text (its vision and mission), \`site\` for this site's own pages.
   */
  work: z.enum(['blueprint', 'site']).default('site'),
  ...commonFields,
});

export type PageData = z.infer<typeof pageSchema>;

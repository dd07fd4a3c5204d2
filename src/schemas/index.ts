import { directionSchema } from './direction.ts';
import { indicatorSchema } from './indicator.ts';
import { pageSchema } from './page.ts';
import { strategySchema } from './strategy.ts';
import { updateSchema } from './update.ts';

/** Every collection and its front-matter schema; the content config and `npm run check` share it. */
export const SCHEMAS = {
  directions: directionSchema,
  strategies: strategySchema,
  updates: updateSchema,
  indicators: indicatorSchema,
  pages: pageSchema,
} as const;

export type CollectionName = keyof typeof SCHEMAS;
export const COLLECTION_NAMES = Object.keys(SCHEMAS) as CollectionName[];

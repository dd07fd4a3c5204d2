import { z } from 'astro/zod';
import { commonFields, text } from './common.ts';

/** A broad development direction: `content/directions/<locale>/<n>-<slug>.mdx`. */
export const directionSchema = z.strictObject({
  /** Its number in the Blueprint, 1 to 4; strategies refer to it by this number. */
  number: z.number().int().positive(),
  /** The title, verbatim from the slides (or its translation). */
  title: text,
  /** A short label for navigation and cards. */
  shortTitle: text,
  /** One sentence shown under the title and as the meta description. */
  summary: text,
  ...commonFields,
});

export type DirectionData = z.infer<typeof directionSchema>;

import { z } from 'astro/zod';
import { commonFields, keywords, text } from './common.ts';

/** A measure ID: `<strategy>.<n>`, stable when the wording changes. */
export const measureId = z
  .string()
  .regex(/^[1-9]\d*\.[1-9]\d*$/, { error: 'must look like 3.2 (strategy number, a dot, the measure number)' });

/** One bullet point of the slides. */
export const measureSchema = z.strictObject({
  /** Stable ID, e.g. "3.2"; the anchor on the strategy page is `#measure-3-2`. */
  id: measureId,
  /** The measure's text, verbatim from the slides (or its translation). */
  text: text,
  /** Search synonyms for this measure. */
  keywords,
});

/** A bold phrase of the slides with its sentence, and the measures under it. */
export const focusAreaSchema = z.strictObject({
  /** The sentence, with the slides' bold phrases marked `**like this**`. */
  text: text,
  /** The measures listed under this focus area, in order. */
  measures: z.array(measureSchema).min(1, { error: 'a focus area needs at least one measure' }),
});

/** A major strategy: `content/strategies/<locale>/<n>-<slug>.mdx`. */
export const strategySchema = z.strictObject({
  /** Its number in the Blueprint, 1 to 8. */
  number: z.number().int().positive(),
  /** The number of the broad development direction it belongs to. */
  direction: z.number().int().positive(),
  /** The title, verbatim from the list of eight strategies (or its translation). */
  title: text,
  /** A short label for navigation and cards. */
  shortTitle: text,
  /** One sentence shown under the title and as the meta description. */
  summary: text,
  /** Focus areas in the order of the slides. */
  focusAreas: z.array(focusAreaSchema).min(1, { error: 'a strategy needs at least one focus area' }),
  ...commonFields,
});

export type StrategyData = z.infer<typeof strategySchema>;
export type MeasureData = z.infer<typeof measureSchema>;

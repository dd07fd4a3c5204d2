import { z } from 'astro/zod';
import { commonFields, sourceRef, text } from './common.ts';

/** A value at a point in time. */
const yearValue = z.strictObject({
  /** The figure, as a plain number (percentages as 1.5, not "1.5%"). */
  value: z.number(),
  /** The year it refers to. */
  year: z.number().int().min(1900).max(2100),
  /** How the source words the time, when more exact than the year ("end of 2022"). */
  label: text.optional(),
  /** A qualifier the source puts on the figure ("at least"). */
  qualifier: text.optional(),
  /** How the source frames the year ("by 2032"). */
  yearNote: text.optional(),
});

/** A reference indicator: `content/indicators/<locale>/<slug>.mdx`. */
export const indicatorSchema = z.strictObject({
  /** Display order on the indicators page. */
  order: z.number().int(),
  /** What is measured. */
  title: text,
  /** One sentence shown under the title. */
  summary: text,
  /** `count` (a number of things) or `percent`. */
  unit: z.enum(['count', 'percent']),
  /** The starting figure; `year` may be left out where the source gives none (say so in `label`). */
  baseline: yearValue.extend({ year: yearValue.shape.year.optional() }),
  /** Target figures, earliest first. */
  targets: z.array(yearValue).min(1, { error: 'an indicator needs at least one target' }),
  /** The report that gives the baseline and targets. */
  source: sourceRef,
  /** Later readings reported since, each with its own source. */
  readings: z.array(yearValue.extend({ note: text.optional(), source: sourceRef })).default([]),
  /**
   * Figures of another series that a source sets against this indicator's target
   * (research staff, against the target for I&T practitioners): shown beside the
   * indicator with their own name, never as its readings or on its chart.
   */
  otherSeries: z
    .array(
      yearValue.extend({
        /** What the other series counts: "Research staff". */
        name: text,
        note: text.optional(),
        source: sourceRef,
      }),
    )
    .default([]),
  /** Numbers of related strategies. */
  strategies: z.array(z.number().int().positive()).default([]),
  ...commonFields,
});

export type IndicatorData = z.infer<typeof indicatorSchema>;

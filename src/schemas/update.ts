import { z } from 'astro/zod';
import { commonFields, isoDate, sourceRef, text } from './common.ts';
import { measureId } from './strategy.ts';

/** A dated implementation update: `content/updates/<locale>/<yyyy-mm-dd>-<slug>.mdx`. */
export const updateSchema = z.strictObject({
  /** Headline of the update. */
  title: text,
  /** When it happened (for a month-only source, the first of the month). */
  date: isoDate,
  /** `month` when the source gives only the month; the date is then shown as a month. */
  datePrecision: z.enum(['day', 'month']).default('day'),
  /** One sentence shown in lists and as the meta description. */
  summary: text,
  /** The reports this update rests on; at least one. */
  sources: z.array(sourceRef).min(1, { error: 'an update needs at least one source' }),
  /** IDs of the measures it implements, where the source makes that clear. */
  measures: z.array(measureId).default([]),
  /** Numbers of the strategies it relates to. */
  strategies: z.array(z.number().int().positive()).default([]),
  ...commonFields,
});

export type UpdateData = z.infer<typeof updateSchema>;

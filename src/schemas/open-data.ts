import { z } from 'astro/zod';

/** A text in each of the site's languages. */
const localized = z
  .strictObject({
    /** English, quoted from the Blueprint where it is a title or a measure. */
    en: z.string(),
    /** Traditional Chinese (Hong Kong). */
    tc: z.string(),
    /** Simplified Chinese, converted from Traditional unless written by hand. */
    sc: z.string(),
  })
  .meta({ description: 'The same text in English (en), Traditional Chinese (tc) and Simplified Chinese (sc).' });

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();
/** A day per language: each language's file is published and changed on its own. */
const localizedDay = z
  .strictObject({ en: day, tc: day, sc: day })
  .meta({ description: 'A day (YYYY-MM-DD, Hong Kong time) per language; null where none is known (a copy without git history).' });
const dates = {
  published: localizedDay.meta({ description: 'When the item was first published on this site.' }),
  updated: localizedDay.meta({ description: 'The day of its last major change (a change with a note on its page); minor edits leave it.' }),
};

const measure = z.strictObject({
  id: z
    .string()
    .regex(/^\d+\.\d+$/)
    .meta({ description: 'Stable ID "<strategy>.<n>"; never changes when the wording does.' }),
  strategy: z.number().int().meta({ description: 'Number of the major strategy it belongs to.' }),
  direction: z.number().int().meta({ description: 'Number of the broad development direction of its strategy.' }),
  focusArea: z.number().int().meta({ description: 'Number (1-based, in order) of the focus area it sits under.' }),
  text: localized,
  url: localized.meta({ description: 'Address of the measure on its strategy page, per language.' }),
  ...dates,
});

const focusArea = z.strictObject({
  number: z.number().int(),
  text: localized.meta({ description: 'The focus-area sentence; the slides\u2019 bold phrases are marked **like this**.' }),
  measures: z.array(z.string()).meta({ description: 'IDs of its measures, in order.' }),
});

const strategy = z.strictObject({
  number: z.number().int(),
  direction: z.number().int(),
  title: localized,
  shortTitle: localized,
  summary: localized,
  url: localized,
  ...dates,
  focusAreas: z.array(focusArea),
});

const direction = z.strictObject({
  number: z.number().int(),
  title: localized,
  shortTitle: localized,
  summary: localized,
  url: localized,
  ...dates,
  strategies: z.array(z.number().int()).meta({ description: 'Numbers of its major strategies.' }),
});

/** The whole Blueprint as open data: `/data/blueprint.json`. */
export const openDataSchema = z
  .strictObject({
    $schema: z.string().meta({ description: 'Address of this JSON Schema.' }),
    title: z.string(),
    publisher: z.string().meta({ description: 'Who published the Blueprint.' }),
    published: z.string().meta({ description: 'When the Blueprint was published (YYYY-MM-DD).' }),
    site: z.string().meta({ description: 'The site these files come from.' }),
    built: z.string().meta({
      description:
        'The newest change to the content these files were built from (ISO 8601), so that the same content always gives the same files.',
    }),
    languages: z.strictObject({ en: z.string(), tc: z.string(), sc: z.string() }).meta({ description: 'BCP 47 tag of each language key.' }),
    notes: z.array(z.string()).meta({ description: 'What the texts are and where they come from.' }),
    counts: z.strictObject({ directions: z.number().int(), strategies: z.number().int(), measures: z.number().int() }),
    directions: z.array(direction),
    strategies: z.array(strategy),
    measures: z.array(measure),
  })
  .meta({ title: 'Hong Kong Innovation and Technology Development Blueprint: open data' });

export type OpenData = z.infer<typeof openDataSchema>;

/** The JSON Schema published beside the data. */
export function openDataJsonSchema(id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(openDataSchema, { target: 'draft-2020-12' }), $id: id } as Record<string, unknown>;
}

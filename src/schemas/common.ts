import { z } from 'astro/zod';

/**
 * Text that must say something: blank or spaces-only text would publish an
 * empty title or measure. Surrounding spaces are dropped.
 */
export const text = z
  .string()
  .trim()
  .min(1, { error: 'is empty: write the text, or leave the field out if it is optional' })
  // Search puts this space between Chinese characters in its index and takes every one out again.
  .refine((value) => !value.includes('\u3000'), {
    error: 'holds an ideographic space (U+3000): write an ordinary space, or none between Chinese characters',
  });

/** Search synonyms: words readers type that the text itself does not use. */
export const keywords = z.array(text).default([]);

/**
 * A date written as YYYY-MM-DD in front matter. Nothing else is accepted:
 * "01/03/2023" means different days to different readers.
 */
/** The years a date of this site can be in: a typo like 0023 or 2203 is caught rather than shown. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export const isoDate = z.preprocess(
  (value) => {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
    const date = new Date(`${value}T00:00:00Z`);
    const year = date.getUTCFullYear();
    // JavaScript rolls 2023-02-30 over to 2 March: only a day that reads back the same is a day.
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && year >= MIN_YEAR && year <= MAX_YEAR ? date : value;
  },
  z.date({ error: 'must be a date written YYYY-MM-DD' }).refine((d) => !Number.isNaN(d.getTime()), { error: 'is not a real date' }),
);

/** The fields that hold a date (`date`, `published`), wherever they are: only there may a date be written without quotes. */
export const DATE_FIELDS: ReadonlySet<string> = new Set(['date', 'published']);

/** An http(s) address. */
export const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });

/** Where a reported fact comes from: the outlet's name and, where known, its address. */
export const sourceRef = z.strictObject({
  /** Name of the outlet or page, as shown to readers: "RTHK". */
  name: text,
  /** Address of the report. Optional only because some reports are known by name alone. */
  url: url.optional(),
  /** Date of the report, if the source gives one. */
  date: isoDate.optional(),
});

/**
 * Provenance of a Chinese title: `reported` (as reported by the media, with the
 * report) or `site` (this site's own translation). English titles are quoted
 * from the slides and need no field.
 */
export const titleSource = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('reported'),
    /** Outlet that reported the title. */
    name: text,
    /** Address of the report. */
    url,
  }),
  z.strictObject({ kind: z.literal('site') }),
]);

/**
 * A major change to a page, in one line of the file's own language: readers see
 * it under "Updates to this page" and its date as "Last updated". A typo fixed
 * is not a major change and gets no note, so it changes no date.
 */
export const changeNote = z.strictObject({
  /** The day the change was published. */
  date: isoDate,
  /** What changed, as a reader would want to know it: "Added the 2025 reading of start-ups." */
  note: text,
});

/** Fields every content file may carry. */
export const commonFields = {
  /** The day this file was first published on this site; without it, the date of its first commit. */
  published: isoDate.optional(),
  /** Its major changes since, each with a one-line note; any order (shown newest first). */
  changes: z.array(changeNote).default([]),
  /** Search synonyms for this item, in this file's language. */
  keywords,
  /** Provenance of the title in Chinese files. */
  titleSource: titleSource.optional(),
};

/**
 * Fields written in the file's own language. Every other field states a fact
 * (a number, a date, a measure ID, an address) and must be the same in every
 * translation as in the English file; `npm run check` compares them.
 */
export const TRANSLATED_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'shortTitle',
  'summary',
  'text',
  'keywords',
  'titleSource',
  'name',
  'label',
  'qualifier',
  'yearNote',
  'note',
  // Each file's own history: a translation is published, and brought up to date, after its English file.
  'published',
  'changes',
]);

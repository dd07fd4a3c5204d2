import { isoDay } from '../format.ts';
import { MAX_YEAR, MIN_YEAR } from '../../schemas/common.ts';
import type { UpdateData } from '../../schemas/update.ts';
import type { Entry, Report } from './entry.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why a `YYYY-MM-DD` text is not a day of the calendar ("February 2023 has 28
 * days"), or undefined when it is one. JavaScript would quietly roll
 * 2023-02-30 over to 2 March.
 */
export function nonexistentDay(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < MIN_YEAR || year > MAX_YEAR) return `the year ${match[1]} is outside ${MIN_YEAR} to ${MAX_YEAR}`;
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
  return undefined;
}

/** Every date in the data with its field path. */
function datesIn(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; date: Date }[] {
  if (value instanceof Date) return [{ path, date: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => datesIn(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => datesIn(v, [...path, k]));
  return [];
}

/**
 * Dates an editor can get wrong without breaking the format: a day still to
 * come (it would head "Latest updates" and the feed), a change note older
 * than its page, an update whose file name carries another day, and a
 * month-only date not on the 1st.
 */
export function checkDates(entries: readonly Entry[], report: Report, today: Date): void {
  const todayDay = isoDay(today);
  for (const e of entries) {
    for (const { path, date } of datesIn(e.data)) {
      const day = isoDay(date);
      if (day > todayDay) {
        report(
          e.file,
          path.join('.'),
          `${day} is in the future (today is ${todayDay} in Hong Kong); the site shows only what has happened, so add this when it has`,
          e.parsed.lineOf(path),
        );
      }
    }
    // A change is published after the page it changes: an earlier day is a typo, and would read as the page's history.
    const { published, changes = [] } = e.data as { published?: Date; changes?: { date: Date }[] };
    changes.forEach((change, i) => {
      if (!published || isoDay(change.date) >= isoDay(published)) return;
      report(
        e.file,
        `changes.${i}.date`,
        `${isoDay(change.date)} is before the page was published (${isoDay(published)}); a change note is dated the day the change was published`,
        e.parsed.lineOf(['changes', i, 'date']),
      );
    });
    if (e.collection !== 'updates') continue;
    const data = e.data as UpdateData;
    const day = isoDay(data.date);
    const named = /^(\d{4}-\d{2}-\d{2})-/.exec(e.slug)?.[1];
    if (!named) {
      report(e.file, 'file', `an update's file name starts with its date: name it "${day}-${e.slug}.mdx"`);
    } else if (named !== day) {
      report(
        e.file,
        'date',
        `is ${day} but the file name says ${named}; make them the same day (rename the file in every language, or fix the date)`,
        e.parsed.lineOf(['date']),
      );
    }
    if (data.datePrecision === 'month' && !day.endsWith('-01')) {
      report(
        e.file,
        'date',
        `is ${day} but datePrecision is month: write the first of the month (${day.slice(0, 8)}01)`,
        e.parsed.lineOf(['date']),
      );
    }
  }
}

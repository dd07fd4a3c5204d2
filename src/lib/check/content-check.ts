import { checkBodies } from './bodies.ts';
import { checkCompleteness } from './completeness.ts';
import { checkDates } from './dates.ts';
import { englishSlugsOf, entryKey, type Entry, type Report, type SourceFile } from './entry.ts';
import { contentDirOf, placementOf } from './placement.ts';
import { uniqueProblems, type Problem } from './problems.ts';
import { readEntry } from './read-entry.ts';
import { checkReferences } from './references.ts';
import { checkSimplified } from './simplified.ts';
import { checkStale, checkTranslations } from './translations.ts';

export type { SourceFile } from './entry.ts';

export interface CheckOptions {
  /** When each file last changed (from git), to warn about translations older than their English file. */
  lastChanged?: (file: SourceFile) => Date | undefined;
  /** The day the site is built: later dates are refused. */
  today?: Date;
  /** The content folder as editors see it (`content`), for problems about files that are missing. */
  contentDir?: string;
}

/**
 * Checks every content file: where it lives, its front matter against the
 * collection's schema, and the references between files (directions, strategy
 * numbers, measure IDs, translations). Returns every problem, errors and
 * warnings, so an editor sees them all at once.
 */
export function checkContent(files: readonly SourceFile[], options: CheckOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (file, field, message, line, severity = 'error') =>
    problems.push({ file: file.path, line, field, message, severity });
  const entries: Entry[] = [];
  /** Files that exist but failed validation: `collection/locale/slug`. Their references are not re-reported. */
  const broken = new Set<string>();

  for (const file of files) {
    const place = placementOf(file);
    if ('problem' in place) {
      report(file, 'file', place.problem, place.line);
      continue;
    }
    const entry = readEntry(file, place, report);
    if (entry) entries.push(entry);
    else broken.add(entryKey(place.collection, place.locale, place.slug));
  }

  const englishSlugs = englishSlugsOf(entries, broken);
  problems.push(...checkCompleteness(options.contentDir ?? contentDirOf(files), englishSlugs));
  checkReferences(entries, report, broken, englishSlugs);
  checkTranslations(entries, report, broken);
  checkDates(entries, report, options.today ?? new Date());
  if (options.lastChanged) checkStale(entries, report, options.lastChanged);
  checkSimplified(entries, report);
  checkBodies(entries, report, englishSlugs);
  return uniqueProblems(problems);
}

import { z } from 'astro/zod';
import { LOCALE_CODES, DEFAULT_LOCALE, getLocale, type LocaleCode } from '../../i18n/locales.ts';
import { SCHEMAS, COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import type { StrategyData } from '../../schemas/strategy.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { traditionalCharacters } from '../chinese.ts';
import type { Problem } from './problems.ts';
import { checkBody, knownTargets } from './body-check.ts';
import { englishSlugsOf, entryKey, type EnglishSlugs, type Entry, type Report, type SourceFile } from './entry.ts';
import { checkCompleteness } from './completeness.ts';
import { checkDates, nonexistentDay } from './dates.ts';
import { checkReferences } from './references.ts';
import { checkStale, checkTranslations } from './translations.ts';

export type { SourceFile } from './entry.ts';

/** Collections whose body is the content itself and may not be empty. */
const BODY_REQUIRED: readonly CollectionName[] = ['pages', 'updates'];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fieldName(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : 'front matter';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}" (text)`;
  if (value instanceof Date) return `a date (${value.toISOString().slice(0, 10)})`;
  if (ArrayBuffer.isView(value)) return 'binary data';
  if (typeof value === 'object') return 'a group of fields';
  return `${String(value)} (${typeof value})`;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
  }
  const value = valueAt(data, issue.path);
  // Zod 4 does not keep the input on its issues, and words a missing choice as a wrong one: look the value up.
  if (issue.code === 'invalid_value') {
    const choices = issue.values.map(String).join(', ');
    return value === undefined ? `is required (one of: ${choices})` : `must be one of: ${choices}, but found ${describeValue(value)}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'number') {
    return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}, but found ${describeValue(value)}`;
  }
  if (issue.code === 'too_big' && issue.origin === 'number') {
    return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}, but found ${describeValue(value)}`;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'int') return `must be a whole number, but found ${describeValue(value)}`;
  if (issue.code === 'invalid_type') {
    if (value === undefined) return `is required (expected ${issue.expected})`;
    if (issue.expected === 'date') {
      const impossible = typeof value === 'string' ? nonexistentDay(value) : undefined;
      if (impossible) return `${value} is not a day of the calendar (${impossible})`;
      return `must be a date written YYYY-MM-DD, but found ${describeValue(value)}`;
    }
    return `expected ${issue.expected}, but found ${describeValue(value)}`;
  }
  return issue.message;
}

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
  const entries: Entry[] = [];
  /** Files that exist but failed validation: `collection/locale/slug`. Their references are not re-reported. */
  const broken = new Set<string>();
  const problem: Report = (file, field, message, line, severity = 'error') => problems.push({ file: file.path, line, field, message, severity });

  for (const file of files) {
    const parts = file.relative.split('/');
    const [collection, locale, name] = parts;
    if (file.unreadable && parts.length !== 3) {
      // A linked folder: what is wrong is the link, not where it sits.
      problem(file, 'file', file.unreadable.message, file.unreadable.line);
      continue;
    }
    if (parts.length !== 3 || !collection || !locale || !name) {
      problem(file, 'file', 'content files belong at <collection>/<locale>/<slug>.mdx');
      continue;
    }
    if (!(COLLECTION_NAMES as string[]).includes(collection)) {
      problem(file, 'file', `"${collection}" is not a collection (known: ${COLLECTION_NAMES.join(', ')})`);
      continue;
    }
    if (!(LOCALE_CODES as readonly string[]).includes(locale)) {
      problem(file, 'file', `"${locale}" is not a locale (known: ${LOCALE_CODES.join(', ')})`);
      continue;
    }
    if (!name.endsWith('.mdx')) {
      problem(file, 'file', 'content files must end in .mdx');
      continue;
    }
    const slug = name.slice(0, -'.mdx'.length);
    if (!SLUG.test(slug)) {
      problem(file, 'file', `file name "${slug}" must be lower-case letters, digits and single hyphens`);
      continue;
    }
    if (file.unreadable) {
      problem(file, 'file', file.unreadable.message, file.unreadable.line);
      broken.add(entryKey(collection, locale, slug));
      continue;
    }
    const parsed = parseFrontmatter(file.text);
    for (const e of parsed.yamlErrors) problem(file, 'front matter', `broken YAML: ${e.message}`, e.line);
    for (const u of parsed.unsupported) problem(file, 'front matter', u.message, u.line);
    if (parsed.yamlErrors.length || parsed.unsupported.length) {
      broken.add(entryKey(collection, locale, slug));
      continue;
    }
    const schema = SCHEMAS[collection as CollectionName];
    const result = schema.safeParse(parsed.data ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        const line = issue.code === 'unrecognized_keys' && issue.keys[0]
          ? parsed.lineOf([...issue.path, issue.keys[0]])
          : parsed.lineOf(issue.path);
        problem(file, fieldName(issue.path), describeIssue(issue, parsed.data), line);
      }
      broken.add(entryKey(collection, locale, slug));
      continue;
    }
    // Read as text here, as a date by the site's build: the schema accepted it, the build would not.
    for (const d of parsed.dateLike) problem(file, 'front matter', d.message, d.line);
    if (parsed.dateLike.length) {
      broken.add(entryKey(collection, locale, slug));
      continue;
    }
    if (BODY_REQUIRED.includes(collection as CollectionName) && parsed.body.trim() === '') {
      problem(file, 'body', `is empty; ${collection === 'updates' ? 'an update' : 'a page'} needs its text below the front matter`, Math.min(parsed.bodyLine, file.text.split('\n').length));
    }
    entries.push({ file, collection: collection as CollectionName, locale: locale as LocaleCode, slug, parsed, data: result.data as Record<string, unknown> });
  }

  const contentDir = options.contentDir ?? contentDirOf(files);
  const englishSlugs = englishSlugsOf(entries, broken);
  problems.push(...checkCompleteness(contentDir, englishSlugs));
  checkReferences(entries, problem, broken, englishSlugs);
  checkTranslations(entries, problem, broken);
  checkDates(entries, problem, options.today ?? new Date());
  if (options.lastChanged) checkStale(entries, problem, options.lastChanged);
  checkSimplified(entries, problem);
  checkBodies(entries, problem, englishSlugs);
  return unique(problems);
}

/** The content folder relative to the project, read off the files themselves (`content`). */
function contentDirOf(files: readonly SourceFile[]): string {
  const file = files.find((f) => f.path.endsWith(f.relative));
  return file ? file.path.slice(0, -file.relative.length).replace(/\/$/, '') || '.' : 'content';
}

/** One message per problem, in the order found. */
function unique(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.file, p.line, p.field, p.message]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Every MDX body compiles, keeps its headings in order and links only to pages that exist. */
function checkBodies(entries: readonly Entry[], report: Report, englishSlugs: EnglishSlugs): void {
  // Pages of broken files still exist once their own error is fixed: links to them are not reported too.
  const slugs = (c: CollectionName) => [...englishSlugs(c)];
  const measuresOf = new Map(
    entries
      .filter((e) => e.locale === DEFAULT_LOCALE && e.collection === 'strategies')
      .map((e) => [e.slug, (e.data as StrategyData).focusAreas.flatMap((a) => a.measures.map((m) => m.id))]),
  );
  const targets = knownTargets({
    directions: slugs('directions'),
    strategies: slugs('strategies').map((slug) => ({ slug, measures: measuresOf.get(slug) })),
    updates: slugs('updates'),
    pages: slugs('pages'),
  });
  for (const e of entries) {
    for (const p of checkBody(e.parsed.body, targets)) report(e.file, 'body', p.message, e.parsed.bodyLine + p.line - 1, p.severity ?? 'error');
  }
}

/** A hand-written Simplified file must not contain characters OpenCC would still convert. */
function checkSimplified(entries: readonly Entry[], report: Report): void {
  for (const e of entries) {
    if (!getLocale(e.locale).derivedFrom) continue;
    const lines = e.file.text.split('\n');
    lines.forEach((text, i) => {
      const found = traditionalCharacters(text);
      if (found.length) {
        report(e.file, i + 1 < e.parsed.bodyLine ? 'front matter' : 'body', `Traditional characters in a Simplified Chinese file: ${found.join(' ')}`, i + 1);
      }
    });
  }
}

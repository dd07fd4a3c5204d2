import { z } from 'astro/zod';
import { LOCALE_CODES, DEFAULT_LOCALE, getLocale, type LocaleCode } from '../../i18n/locales.ts';
import { SCHEMAS, COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import type { DirectionData } from '../../schemas/direction.ts';
import type { StrategyData } from '../../schemas/strategy.ts';
import type { UpdateData } from '../../schemas/update.ts';
import type { IndicatorData } from '../../schemas/indicator.ts';
import { parseFrontmatter, type ParsedFile } from './frontmatter.ts';
import { traditionalCharacters } from '../chinese.ts';
import type { Problem } from './problems.ts';
import { checkBody, knownTargets } from './body-check.ts';
import { isoDay } from '../format.ts';

/** A content file as read from disk. */
export interface SourceFile {
  /** Path relative to the project root, for messages. */
  path: string;
  /** Path relative to the content root: `strategies/en/3-venture-financing.mdx`. */
  relative: string;
  /** The file's text. */
  text: string;
}

interface Entry {
  file: SourceFile;
  collection: CollectionName;
  locale: LocaleCode;
  slug: string;
  parsed: ParsedFile;
  data: Record<string, unknown>;
}

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
  if (typeof value === 'object') return 'a group of fields';
  return `${String(value)} (${typeof value})`;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
  }
  if (issue.code === 'invalid_type') {
    const value = valueAt(data, issue.path);
    // Zod 4 does not keep the input on its issues: look the value up to tell "missing" from "wrong type".
    if (value === undefined) return `is required (expected ${issue.expected})`;
    if (issue.expected === 'date') return `must be a date written YYYY-MM-DD, but found ${describeValue(value)}`;
    return `expected ${issue.expected}, but found ${describeValue(value)}`;
  }
  return issue.message;
}

/**
 * Checks every content file: where it lives, its front matter against the
 * collection's schema, and the references between files (directions, strategy
 * numbers, measure IDs, translations). Returns every problem, errors and
 * warnings, so an editor sees them all at once.
 */
export interface CheckOptions {
  /** When each file last changed (from git), to warn about translations older than their English file. */
  lastChanged?: (file: SourceFile) => Date | undefined;
}

export function checkContent(files: readonly SourceFile[], options: CheckOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  /** Files that exist but failed validation: `collection/locale/slug`. Their references are not re-reported. */
  const broken = new Set<string>();
  const problem = (file: SourceFile, field: string, message: string, line?: number, severity: Problem['severity'] = 'error') =>
    problems.push({ file: file.path, line, field, message, severity });

  for (const file of files) {
    const parts = file.relative.split('/');
    const [collection, locale, name] = parts;
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
    const parsed = parseFrontmatter(file.text);
    for (const e of parsed.yamlErrors) problem(file, 'front matter', `broken YAML: ${e.message}`, e.line);
    if (parsed.yamlErrors.length) {
      broken.add(`${collection}/${locale}/${slug}`);
      continue;
    }
    const schema = SCHEMAS[collection as CollectionName];
    const result = schema.safeParse(parsed.data ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.code === 'unrecognized_keys' ? issue.path : issue.path;
        const line = issue.code === 'unrecognized_keys' && issue.keys[0]
          ? parsed.lineOf([...issue.path, issue.keys[0]])
          : parsed.lineOf(issue.path);
        problem(file, fieldName(path), describeIssue(issue, parsed.data), line);
      }
      broken.add(`${collection}/${locale}/${slug}`);
      continue;
    }
    if (BODY_REQUIRED.includes(collection as CollectionName) && parsed.body.trim() === '') {
      problem(file, 'body', `is empty; ${collection === 'updates' ? 'an update' : 'a page'} needs its text below the front matter`, Math.min(parsed.bodyLine, file.text.split('\n').length));
    }
    entries.push({ file, collection: collection as CollectionName, locale: locale as LocaleCode, slug, parsed, data: result.data as Record<string, unknown> });
  }

  for (const locale of LOCALE_CODES) {
    // A broken direction or strategy would make every reference to it look wrong: report the file once instead.
    const incomplete = [...broken].some((b) => {
      const [collection, brokenLocale] = b.split('/');
      return (collection === 'directions' || collection === 'strategies') && brokenLocale === locale;
    });
    checkReferences(entries.filter((e) => e.locale === locale), problem, incomplete);
  }
  checkTranslations(entries, problem, broken);
  if (options.lastChanged) checkStale(entries, problem, options.lastChanged);
  checkSimplified(entries, problem);
  checkBodies(entries, problem);
  return problems;
}

/** Every MDX body compiles, keeps its headings in order and links only to pages that exist. */
function checkBodies(entries: Entry[], report: Report): void {
  const english = entries.filter((e) => e.locale === DEFAULT_LOCALE);
  const slugs = (c: CollectionName) => english.filter((e) => e.collection === c).map((e) => e.slug);
  const targets = knownTargets({
    directions: slugs('directions'),
    strategies: english
      .filter((e) => e.collection === 'strategies')
      .map((e) => ({ slug: e.slug, measures: (e.data as StrategyData).focusAreas.flatMap((a) => a.measures.map((m) => m.id)) })),
    updates: slugs('updates'),
    pages: slugs('pages'),
  });
  for (const e of entries) {
    for (const p of checkBody(e.parsed.body, targets)) report(e.file, 'body', p.message, e.parsed.bodyLine + p.line - 1);
  }
}

type Report = (file: SourceFile, field: string, message: string, line?: number, severity?: Problem['severity']) => void;

function numbered(entries: Entry[], kind: string, report: Report): Map<number, Entry> {
  const byNumber = new Map<number, Entry>();
  for (const e of entries) {
    const n = e.data.number as number;
    const other = byNumber.get(n);
    if (other) {
      report(e.file, 'number', `${kind} ${n} is also used by ${other.file.path}`, e.parsed.lineOf(['number']));
      continue;
    }
    byNumber.set(n, e);
    if (!e.slug.startsWith(`${n}-`)) {
      report(e.file, 'number', `is ${n} but the file name starts "${e.slug.split('-')[0]}"; name the file "${n}-…"`, e.parsed.lineOf(['number']));
    }
  }
  return byNumber;
}

function known(numbers: Iterable<number | string>): string {
  const list = [...numbers].map(String).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return list.length ? list.join(', ') : 'none';
}

function checkReferences(entries: Entry[], report: Report, incomplete = false): void {
  const of = (c: CollectionName) => entries.filter((e) => e.collection === c);
  const directions = numbered(of('directions'), 'direction', report);
  const strategies = numbered(of('strategies'), 'strategy', report);
  const measureIds = new Map<string, Entry>();

  for (const e of strategies.values()) {
    const data = e.data as StrategyData;
    if (directions.size && !directions.has(data.direction) && !incomplete) {
      report(e.file, 'direction', `${data.direction} does not exist (known: ${known(directions.keys())})`, e.parsed.lineOf(['direction']));
    }
    let expected = 1;
    data.focusAreas.forEach((area, a) => {
      area.measures.forEach((m, i) => {
        const path = ['focusAreas', a, 'measures', i, 'id'];
        const field = path.join('.');
        const line = e.parsed.lineOf(path);
        const [prefix, n] = m.id.split('.').map(Number);
        const other = measureIds.get(m.id);
        if (other) report(e.file, field, `measure ${m.id} is used twice${other === e ? ' in this file' : ` (also in ${other.file.path})`}`, line);
        else measureIds.set(m.id, e);
        if (prefix !== data.number) report(e.file, field, `measure ${m.id} must start with this strategy's number: ${data.number}.${expected}`, line);
        else if (n !== expected) report(e.file, field, `measure ${m.id} is out of sequence; expected ${data.number}.${expected}`, line);
        expected += 1;
      });
    });
  }

  if (incomplete) return;
  const strategyNumbers = [...strategies.keys()];
  for (const e of [...of('updates'), ...of('indicators')]) {
    const data = e.data as UpdateData | IndicatorData;
    data.strategies.forEach((n, i) => {
      if (!strategies.has(n)) report(e.file, `strategies.${i}`, `strategy ${n} does not exist (known: ${known(strategyNumbers)})`, e.parsed.lineOf(['strategies', i]));
    });
    if ('measures' in data) {
      data.measures.forEach((id, i) => {
        if (!measureIds.has(id)) report(e.file, `measures.${i}`, `measure ${id} does not exist (known: ${known(measureIds.keys())})`, e.parsed.lineOf(['measures', i]));
      });
    }
  }
}

/** The same file in another locale's folder. */
function siblingPath(filePath: string, from: LocaleCode, to: LocaleCode): string {
  return filePath.replace(new RegExp(`/${from}/([^/]+)$`), `/${to}/$1`);
}

function measureList(data: StrategyData): string {
  return data.focusAreas.map((a) => a.measures.map((m) => m.id).join(',')).join(' | ');
}

/** Translations must match English in structure; a missing one is only a warning. */
function checkTranslations(entries: Entry[], report: Report, broken: ReadonlySet<string>): void {
  const key = (e: Entry) => `${e.collection}/${e.slug}`;
  const english = new Map(entries.filter((e) => e.locale === DEFAULT_LOCALE).map((e) => [key(e), e]));
  for (const e of entries) {
    if (e.locale === DEFAULT_LOCALE) continue;
    const en = english.get(key(e));
    if (!en) {
      if (broken.has(`${e.collection}/${DEFAULT_LOCALE}/${e.slug}`)) continue;
      report(e.file, 'file', `has no English original (expected ${siblingPath(e.file.path, e.locale, DEFAULT_LOCALE)}); translations use the English file name`);
      continue;
    }
    for (const field of ['number', 'direction', 'order', 'unit'] as const) {
      if (field in en.data && en.data[field] !== e.data[field]) {
        report(e.file, field, `is ${String(e.data[field])} but the English file says ${String(en.data[field])}`, e.parsed.lineOf([field]));
      }
    }
    if (e.collection === 'strategies') {
      const mine = measureList(e.data as StrategyData);
      const theirs = measureList(en.data as StrategyData);
      if (mine !== theirs) {
        report(e.file, 'focusAreas', `measures differ from English: ${mine} (English: ${theirs})`, e.parsed.lineOf(['focusAreas']));
      }
    }
    if (e.collection === 'updates') {
      const a = (e.data as UpdateData).measures.join(',');
      const b = (en.data as UpdateData).measures.join(',');
      if (a !== b) report(e.file, 'measures', `are [${a}] but the English file says [${b}]`, e.parsed.lineOf(['measures']));
    }
  }
  const present = new Set(entries.map((e) => `${e.locale}:${key(e)}`));
  for (const en of english.values()) {
    for (const locale of LOCALE_CODES) {
      if (locale === DEFAULT_LOCALE) continue;
      const source = getLocale(locale).derivedFrom;
      if (present.has(`${locale}:${key(en)}`) || (source && present.has(`${source}:${key(en)}`))) continue;
      // A derived locale without its source is already covered by the source's warning.
      if (source) continue;
      report(
        en.file,
        'translation',
        `no ${locale} translation (${siblingPath(en.file.path, DEFAULT_LOCALE, locale)}); readers of /${locale}/${LOCALE_CODES.filter((l) => getLocale(l).derivedFrom === locale).map((l) => ` and /${l}/`).join('')} see the English text with a notice`,
        undefined,
        'warning',
      );
    }
  }
}

/** A translation whose English file changed later is flagged, as readers are told on the page. */
function checkStale(entries: Entry[], report: Report, lastChanged: (file: SourceFile) => Date | undefined): void {
  const dateOf = (e: Entry) => (e.data.updated as Date | undefined) ?? lastChanged(e.file);
  const english = new Map(entries.filter((e) => e.locale === DEFAULT_LOCALE).map((e) => [`${e.collection}/${e.slug}`, e]));
  for (const e of entries) {
    if (e.locale === DEFAULT_LOCALE) continue;
    const en = english.get(`${e.collection}/${e.slug}`);
    const mine = dateOf(e);
    const theirs = en && dateOf(en);
    if (mine && theirs && isoDay(mine) < isoDay(theirs)) {
      report(e.file, 'translation', `is older than the English file (English changed ${isoDay(theirs)}, this file ${isoDay(mine)}); readers see a notice until it is brought up to date`, undefined, 'warning');
    }
  }
}

/** A hand-written Simplified file must not contain characters OpenCC would still convert. */
function checkSimplified(entries: Entry[], report: Report): void {
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

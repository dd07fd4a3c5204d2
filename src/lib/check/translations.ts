import { DEFAULT_LOCALE, LOCALE_CODES, getLocale, type LocaleCode } from '../../i18n/locales.ts';
import { TRANSLATED_FIELDS } from '../../schemas/common.ts';
import type { StrategyData } from '../../schemas/strategy.ts';
import { isoDay } from '../format.ts';
import { pageDates, type DatedFrontMatter } from '../page-dates.ts';
import { entryKey, type Entry, type Report, type SourceFile } from './entry.ts';

/** The same file in another locale's folder. */
export function siblingPath(filePath: string, from: LocaleCode, to: LocaleCode): string {
  return filePath.replace(new RegExp(`/${from}/([^/]+)$`), `/${to}/$1`);
}

function measureList(data: StrategyData): string {
  return data.focusAreas.map((a) => a.measures.map((m) => m.id).join(',')).join(' | ');
}

function withoutFocusAreas(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'focusAreas'));
}

function show(value: unknown): string {
  if (value instanceof Date) return isoDay(value);
  if (value === undefined) return 'not set';
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Where a translation states another fact than its English file: every field
 * outside `TRANSLATED_FIELDS`, at any depth (an indicator's target year, an
 * update's source address, a strategy's direction). Lists must be as long.
 */
export function factDifferences(
  mine: unknown,
  english: unknown,
  englishFile: string,
  path: (string | number)[] = [],
): { path: (string | number)[]; message: string }[] {
  const key = path.at(-1);
  if (typeof key === 'string' && TRANSLATED_FIELDS.has(key)) return [];
  if (Array.isArray(mine) && Array.isArray(english)) {
    if (mine.length !== english.length) {
      return [
        {
          path,
          message: `has ${mine.length} item${mine.length === 1 ? '' : 's'} but the English file (${englishFile}) has ${english.length}`,
        },
      ];
    }
    return mine.flatMap((m, i) => factDifferences(m, english[i], englishFile, [...path, i]));
  }
  const isGroup = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
  if (isGroup(mine) && isGroup(english)) {
    const a = mine as Record<string, unknown>;
    const b = english as Record<string, unknown>;
    return [...new Set([...Object.keys(b), ...Object.keys(a)])].flatMap((k) => factDifferences(a[k], b[k], englishFile, [...path, k]));
  }
  if (same(mine, english)) return [];
  return [
    {
      path,
      message: `is ${show(mine)} but the English file (${englishFile}) says ${show(english)}; numbers, dates, IDs and addresses are the same in every language`,
    },
  ];
}

/**
 * Translations must match English in every fact, and have an English original;
 * a missing translation is only a warning, as readers see the English text.
 */
export function checkTranslations(entries: readonly Entry[], report: Report, broken: ReadonlySet<string>): void {
  const key = (e: Entry) => `${e.collection}/${e.slug}`;
  const english = new Map(entries.filter((e) => e.locale === DEFAULT_LOCALE).map((e) => [key(e), e]));
  for (const e of entries) {
    if (e.locale === DEFAULT_LOCALE) continue;
    const en = english.get(key(e));
    if (!en) {
      if (broken.has(entryKey(e.collection, DEFAULT_LOCALE, e.slug))) continue;
      report(
        e.file,
        'file',
        `has no English original (expected ${siblingPath(e.file.path, e.locale, DEFAULT_LOCALE)}); translations use the English file name`,
      );
      continue;
    }
    let data = e.data;
    let theirs = en.data;
    if (e.collection === 'strategies') {
      const mine = measureList(e.data as StrategyData);
      const englishList = measureList(en.data as StrategyData);
      if (mine !== englishList) {
        report(
          e.file,
          'focusAreas',
          `measures differ from English: ${mine} (English, in ${en.file.path}: ${englishList})`,
          e.parsed.lineOf(['focusAreas']),
        );
        // Said once, in the measures' own words: the item-by-item differences would repeat it.
        data = withoutFocusAreas(data);
        theirs = withoutFocusAreas(theirs);
      }
    }
    for (const d of factDifferences(data, theirs, en.file.path)) report(e.file, d.path.join('.'), d.message, e.parsed.lineOf(d.path));
  }
  // A translation that exists but failed to load is reported for its own error, not as missing.
  const present = new Set([
    ...entries.map((e) => `${e.locale}:${key(e)}`),
    ...[...broken].map((b) => b.split('/')).map(([c, l, s]) => `${l}:${c}/${s}`),
  ]);
  for (const en of english.values()) {
    for (const locale of LOCALE_CODES) {
      if (locale === DEFAULT_LOCALE) continue;
      const source = getLocale(locale).derivedFrom;
      if (present.has(`${locale}:${key(en)}`) || (source && present.has(`${source}:${key(en)}`))) continue;
      // A derived locale without its source is already covered by the source's warning.
      if (source) continue;
      const readers = [locale, ...LOCALE_CODES.filter((l) => getLocale(l).derivedFrom === locale)].map((l) => `/${l}/`).join(' and ');
      report(
        en.file,
        'translation',
        `no ${locale} translation (${siblingPath(en.file.path, DEFAULT_LOCALE, locale)}); readers of ${readers} see the English text with a notice`,
        undefined,
        'warning',
      );
    }
  }
}

/** A translation whose English file changed later is flagged, as readers are told on the page. */
export function checkStale(entries: readonly Entry[], report: Report, lastChanged: (file: SourceFile) => Date | undefined): void {
  // The dates readers see: the last major change, as the page's own notice compares them.
  const dateOf = (e: Entry) => pageDates(e.data as DatedFrontMatter, { last: lastChanged(e.file) }).updated;
  const english = new Map(entries.filter((e) => e.locale === DEFAULT_LOCALE).map((e) => [`${e.collection}/${e.slug}`, e]));
  for (const e of entries) {
    if (e.locale === DEFAULT_LOCALE) continue;
    const en = english.get(`${e.collection}/${e.slug}`);
    const mine = dateOf(e);
    const theirs = en && dateOf(en);
    if (mine && theirs && isoDay(mine) < isoDay(theirs)) {
      report(
        e.file,
        'translation',
        `is older than the English file (English changed ${isoDay(theirs)}, this file ${isoDay(mine)}); readers see a notice until it is brought up to date`,
        undefined,
        'warning',
      );
    }
  }
}

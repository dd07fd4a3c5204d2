import { DEFAULT_LOCALE, getLocale, type LocaleCode } from '../i18n/locales.ts';
import { simplifyDeep } from './chinese.ts';
import { isoDay } from './format.ts';
import type { PageDates } from './page-dates.ts';

/** Where the text a reader sees in a locale comes from. */
export type Origin =
  /** A file written in this locale. */
  | 'own'
  /** Converted at build time from another locale's file (Simplified from Traditional). */
  | 'converted'
  /** No translation: the English text, with a notice. */
  | 'fallback';

/** A content file as this module needs it: its slug, locale, data, and when it last changed. */
export interface SourceEntry<D> {
  slug: string;
  locale: LocaleCode;
  data: D;
  /** Path relative to the project, for "edit this page". */
  filePath: string;
  /** Published, last major change and change notes (front matter, else git). */
  dates?: PageDates;
}

/** One item as shown in one locale. */
export interface Localized<D, E extends SourceEntry<D> = SourceEntry<D>> {
  slug: string;
  /** The reader's locale. */
  locale: LocaleCode;
  /** The data in the reader's script (converted when `origin` is `converted`). */
  data: D;
  origin: Origin;
  /** `lang` of the text: the English tag for a fallback, else the locale's. */
  lang: string;
  /** The file the text comes from (English for a fallback, Traditional for a conversion). */
  source: E;
  /** The English original, when this is a translation. */
  english?: E;
  /** Set when the English file changed after the translation: both dates. */
  stale?: { englishUpdated: Date; translationUpdated: Date };
}

/** Entries of one collection, by locale and slug. */
export type EntryIndex<E> = Map<LocaleCode, Map<string, E>>;

export function indexEntries<E extends { locale: LocaleCode; slug: string }>(entries: readonly E[]): EntryIndex<E> {
  const index: EntryIndex<E> = new Map();
  for (const e of entries) {
    let bySlug = index.get(e.locale);
    if (!bySlug) index.set(e.locale, (bySlug = new Map()));
    bySlug.set(e.slug, e);
  }
  return index;
}

/** Compares Hong Kong calendar days, the days the stale notice shows readers. */
function sameOrLaterDay(a: Date, b: Date): boolean {
  return isoDay(a) >= isoDay(b);
}

/**
 * The item `slug` as a reader of `locale` sees it: its own file; else (for
 * Simplified) the Traditional file converted with OpenCC; else the English file.
 * Every English slug exists in every locale, so no page is ever missing.
 */
export function localize<D, E extends SourceEntry<D>>(index: EntryIndex<E>, locale: LocaleCode, slug: string): Localized<D, E> {
  const english = index.get(DEFAULT_LOCALE)?.get(slug);
  const own = index.get(locale)?.get(slug);
  const derivedFrom = getLocale(locale).derivedFrom;
  const parent = derivedFrom ? index.get(derivedFrom)?.get(slug) : undefined;
  const lang = getLocale(locale).lang;
  const base = { slug, locale, english: locale === DEFAULT_LOCALE ? undefined : english };

  let result: Localized<D, E>;
  if (own) result = { ...base, data: own.data, origin: 'own', lang, source: own };
  else if (parent) result = { ...base, data: simplifyDeep(parent.data), origin: 'converted', lang, source: parent };
  else if (english)
    result = { ...base, data: english.data, origin: 'fallback', lang: getLocale(DEFAULT_LOCALE).lang, source: english, english: undefined };
  else throw new Error(`No content for "${slug}" in any locale`);

  // Major changes only: a typo fixed in English does not make its translation stale.
  const translated = result.source.dates?.updated;
  const original = result.english?.dates?.updated;
  if (result.origin !== 'fallback' && original && translated && !sameOrLaterDay(translated, original)) {
    result.stale = { englishUpdated: original, translationUpdated: translated };
  }
  return result;
}

/** Every English slug, localized: the complete, ordered list for one locale. */
export function localizeAll<D, E extends SourceEntry<D>>(index: EntryIndex<E>, locale: LocaleCode): Localized<D, E>[] {
  const slugs = [...(index.get(DEFAULT_LOCALE)?.keys() ?? [])];
  return slugs.map((slug) => localize<D, E>(index, locale, slug));
}

/** The `lang` attribute an item's text needs inside a page of its locale: only English fallbacks need one. */
export function fallbackLang(item: Pick<Localized<unknown>, 'origin' | 'lang'>): string | undefined {
  return item.origin === 'fallback' ? item.lang : undefined;
}

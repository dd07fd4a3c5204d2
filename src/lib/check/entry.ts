import { DEFAULT_LOCALE, type LocaleCode } from '../../i18n/locales.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { ParsedFile } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/** A content file as read from disk. */
export interface SourceFile {
  /** Path relative to the project root, for messages. */
  path: string;
  /** Path relative to the content root: `strategies/en/3-venture-financing.mdx`. */
  relative: string;
  /** The file's text (decoded as well as it could be when `unreadable` is set). */
  text: string;
  /** Set when the file is not usable text (not UTF-8, a link, damaged): it is reported and not read further. */
  unreadable?: { line: number; message: string };
}

/** A content file whose front matter passed its schema. */
export interface Entry {
  file: SourceFile;
  collection: CollectionName;
  locale: LocaleCode;
  slug: string;
  parsed: ParsedFile;
  data: Record<string, unknown>;
}

/** Adds one problem about `file` to the check's list. */
export type Report = (file: SourceFile, field: string, message: string, line?: number, severity?: Problem['severity']) => void;

/** The slugs of a collection's English items. */
export type EnglishSlugs = (collection: string) => ReadonlySet<string>;

/**
 * Every English item by collection, readable or not: a broken English file is
 * reported for its own error, while its page (and its translations) still count.
 */
export function englishSlugsOf(entries: readonly Entry[], broken: ReadonlySet<string>): EnglishSlugs {
  const slugs = new Map<string, Set<string>>();
  const add = (collection: string, slug: string) => (slugs.get(collection) ?? slugs.set(collection, new Set()).get(collection)!).add(slug);
  for (const e of entries) if (e.locale === DEFAULT_LOCALE) add(e.collection, e.slug);
  for (const [collection, locale, slug] of [...broken].map((b) => b.split('/'))) if (locale === DEFAULT_LOCALE) add(collection!, slug!);
  return (collection) => slugs.get(collection) ?? new Set();
}

/** `collection/locale/slug`: the key of a file that exists but could not be read as an entry. */
export function entryKey(collection: string, locale: string, slug: string): string {
  return `${collection}/${locale}/${slug}`;
}

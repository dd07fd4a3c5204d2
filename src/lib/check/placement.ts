import { LOCALE_CODES, type LocaleCode } from '../../i18n/locales.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import type { SourceFile } from './entry.ts';

/** Where a content file sits: `strategies/en/3-venture-financing.mdx`. */
export interface Placement {
  collection: CollectionName;
  locale: LocaleCode;
  slug: string;
}

/** Why a file cannot be a content item where it is, with the line when the file itself says. */
export interface Misplaced {
  problem: string;
  line?: number;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The collection, locale and slug a file's place gives it, or why its place gives it none. */
export function placementOf(file: SourceFile): Placement | Misplaced {
  const parts = file.relative.split('/');
  const [collection, locale, name] = parts;
  // A linked folder: what is wrong is the link, not where it sits.
  if (file.unreadable && parts.length !== 3) return { problem: file.unreadable.message, line: file.unreadable.line };
  if (parts.length !== 3 || !collection || !locale || !name) return { problem: 'content files belong at <collection>/<locale>/<slug>.mdx' };
  if (!(COLLECTION_NAMES as string[]).includes(collection)) {
    return { problem: `"${collection}" is not a collection (known: ${COLLECTION_NAMES.join(', ')})` };
  }
  if (!(LOCALE_CODES as readonly string[]).includes(locale))
    return { problem: `"${locale}" is not a locale (known: ${LOCALE_CODES.join(', ')})` };
  if (!name.endsWith('.mdx')) return { problem: 'content files must end in .mdx' };
  const slug = name.slice(0, -'.mdx'.length);
  if (!SLUG.test(slug)) return { problem: `file name "${slug}" must be lower-case letters, digits and single hyphens` };
  return { collection: collection as CollectionName, locale: locale as LocaleCode, slug };
}

/** The content folder relative to the project, read off the files themselves (`content`). */
export function contentDirOf(files: readonly SourceFile[]): string {
  const file = files.find((f) => f.path.endsWith(f.relative));
  return file ? file.path.slice(0, -file.relative.length).replace(/\/$/, '') || '.' : 'content';
}

import type { CollectionName } from '../../schemas/index.ts';
import type { Entry, Report, SourceFile } from './entry.ts';
import { parseFrontmatter } from './frontmatter.ts';
import type { Placement } from './placement.ts';
import { validateFrontmatter } from './validate.ts';

/** Collections whose body is the content itself and may not be empty. */
const BODY_REQUIRED: readonly CollectionName[] = ['pages', 'updates'];

/**
 * Reads a well-placed file as an entry: its text, its YAML, its front matter
 * against the collection's schema, its body. Reports what is wrong and returns
 * undefined when the file cannot be read as an entry; an empty body is reported
 * but the entry still counts, since its front matter is sound.
 */
export function readEntry(file: SourceFile, place: Placement, report: Report): Entry | undefined {
  const { collection } = place;
  if (file.unreadable) {
    report(file, 'file', file.unreadable.message, file.unreadable.line);
    return undefined;
  }
  const parsed = parseFrontmatter(file.text);
  for (const e of parsed.yamlErrors) report(file, 'front matter', `broken YAML: ${e.message}`, e.line);
  for (const u of parsed.unsupported) report(file, 'front matter', u.message, u.line);
  if (parsed.yamlErrors.length || parsed.unsupported.length) return undefined;
  const validation = validateFrontmatter(collection, parsed);
  if (!validation.ok) {
    for (const p of validation.problems) report(file, p.field, p.message, p.line);
    return undefined;
  }
  // Read as text here, as a date by the site's build: the schema accepted it, the build would not.
  for (const d of parsed.dateLike) report(file, 'front matter', d.message, d.line);
  if (parsed.dateLike.length) return undefined;
  if (BODY_REQUIRED.includes(collection) && parsed.body.trim() === '') {
    const line = Math.min(parsed.bodyLine, file.text.split('\n').length);
    report(file, 'body', `is empty; ${collection === 'updates' ? 'an update' : 'a page'} needs its text below the front matter`, line);
  }
  return { file, ...place, parsed, data: validation.data };
}

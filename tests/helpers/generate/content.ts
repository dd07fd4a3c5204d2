import path from 'node:path';
import { checkContent, type CheckOptions, type SourceFile } from '../../../src/lib/check/content-check.ts';
import { errorsOf, formatProblem, type Problem } from '../../../src/lib/check/problems.ts';
import { readContentTree } from '../../../src/lib/check/read-tree.ts';

/** The project's own content, as the check reads it: paths like `content/strategies/en/3-venture-financing.mdx`. */
export const REAL_CONTENT: readonly SourceFile[] = readContentTree(path.resolve('content'), process.cwd());

export function fileAt(files: readonly SourceFile[], relative: string): SourceFile {
  const found = files.find((f) => f.relative === relative);
  if (!found) throw new Error(`no content file ${relative}`);
  return found;
}

/** The content with one file's text replaced (or added). */
export function withText(files: readonly SourceFile[], relative: string, text: string): SourceFile[] {
  const existing = files.find((f) => f.relative === relative);
  const file: SourceFile = { path: existing?.path ?? `content/${relative}`, relative, text };
  return existing ? files.map((f) => (f === existing ? file : f)) : [...files, file];
}

export function without(files: readonly SourceFile[], relative: string): SourceFile[] {
  return files.filter((f) => f.relative !== relative);
}

/** `collection/locale/slug.mdx` split into its parts. */
export function partsOf(relative: string): { collection: string; locale: string; slug: string } {
  const [collection = '', locale = '', name = ''] = relative.split('/');
  return { collection, locale, slug: name.replace(/\.mdx$/, '') };
}

/** The check's errors, formatted as editors see them. */
export function errorLines(files: readonly SourceFile[], options?: CheckOptions): string[] {
  return errorsOf(checkContent(files, options)).map(formatProblem);
}

export function errors(files: readonly SourceFile[], options?: CheckOptions): Problem[] {
  return errorsOf(checkContent(files, options));
}

/** One edit of the real content and the error it must cause. */
export interface ErrorCase {
  label: string;
  /** The file edited, as it was. */
  file: SourceFile;
  /** Its text after the edit. */
  text: string;
  line: number;
  field: string;
  /** Words the message must contain. */
  says: string;
}

/** The problems of the content with the case's edit, and the one that matches the case, if any. */
export function errorFor(c: ErrorCase): { match?: Problem; listed: string } {
  const found = errors(withText(REAL_CONTENT, c.file.relative, c.text));
  const match = found.find((p) => p.file === c.file.path && p.line === c.line && p.field === c.field && p.message.includes(c.says));
  return { match, listed: found.map(formatProblem).join('\n') };
}

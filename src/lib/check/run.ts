import { contentRoot } from '../content-root.ts';
import { checkUiStrings } from '../../i18n/t.ts';
import { checkContent } from './content-check.ts';
import { readContentTree } from './read-tree.ts';
import path from 'node:path';
import { gitDates } from '../git-dates.ts';
import type { Problem } from './problems.ts';

/** Every content and UI-string problem of the project (or of `$BLUEPRINT_CONTENT_DIR`). */
export function checkProject(root: string = contentRoot()): Problem[] {
  const dates = gitDates(root);
  const problems = checkContent(readContentTree(root), { lastChanged: (file) => dates.get(path.resolve(file.path)) });
  for (const p of checkUiStrings()) {
    problems.push({ file: p.file, field: p.key, message: p.problem, severity: 'error' });
  }
  return problems;
}

import { contentRoot } from '../content-root.ts';
import { checkUiStrings } from '../../i18n/t.ts';
import { checkContent } from './content-check.ts';
import { readContentTree } from './read-tree.ts';
import path from 'node:path';
import { GIT_MISSING, gitDatesFor } from '../git-dates.ts';
import type { Problem } from './problems.ts';

/** Every content and UI-string problem of the project (or of `$BLUEPRINT_CONTENT_DIR`). */
export function checkProject(root: string = contentRoot()): Problem[] {
  const { dates, fromGit, reason } = gitDatesFor(root);
  const problems = checkContent(readContentTree(root), { lastChanged: (file) => dates.get(path.resolve(file.path)) });
  if (!fromGit) {
    // Silent mtimes would make every page look just updated and hide stale translations.
    problems.push({
      file: path.relative(process.cwd(), root).split(path.sep).join('/') || '.',
      field: 'git',
      message: `${reason === GIT_MISSING ? GIT_MISSING : 'not a git checkout'}: "last updated" dates come from file times and translations are not checked for being out of date`,
      severity: 'warning',
    });
  }
  for (const p of checkUiStrings()) {
    problems.push({ file: p.file, field: p.key, message: p.problem, severity: 'error' });
  }
  return problems;
}

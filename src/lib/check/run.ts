import { contentRoot } from '../content-root.ts';
import { checkUiStrings } from '../../i18n/t.ts';
import { checkContent } from './content-check.ts';
import { readContentTree } from './read-tree.ts';
import fs from 'node:fs';
import path from 'node:path';
import { GIT_MISSING, gitDatesFor } from '../git-dates.ts';
import type { Problem } from './problems.ts';

/** Every content and UI-string problem of the project (or of `$BLUEPRINT_CONTENT_DIR`). */
export function checkProject(root: string = contentRoot()): Problem[] {
  const contentDir = path.relative(process.cwd(), root).split(path.sep).join('/') || '.';
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    const why = process.env.BLUEPRINT_CONTENT_DIR ? 'BLUEPRINT_CONTENT_DIR names a folder that' : 'the content folder';
    return [{ file: contentDir, field: 'file', message: `${why} does not exist; nothing can be built without content`, severity: 'error' }];
  }
  const { dates, fromGit, reason } = gitDatesFor(root);
  const problems = checkContent(readContentTree(root), { lastChanged: (file) => dates.get(path.resolve(file.path)), contentDir });
  if (!fromGit) {
    // Silent mtimes would make every page look just updated and hide stale translations.
    problems.push({
      file: contentDir,
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

import fs from 'node:fs';
import path from 'node:path';

/**
 * Every file under `dir`, as project-relative paths, read from the file system
 * rather than `git ls-files`: a downloaded zip of the project has no `.git`.
 */
export function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(process.cwd(), path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

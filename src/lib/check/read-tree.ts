import fs from 'node:fs';
import path from 'node:path';
import type { SourceFile } from './content-check.ts';

/** Every file under the content root (hidden files excepted), for `checkContent`. */
export function readContentTree(root: string, projectRoot: string = process.cwd()): SourceFile[] {
  if (!fs.existsSync(root)) throw new Error(`Content folder not found: ${root}`);
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push({
        path: path.relative(projectRoot, full).split(path.sep).join('/'),
        relative: path.relative(root, full).split(path.sep).join('/'),
        text: fs.readFileSync(full, 'utf8'),
      });
    }
  };
  walk(root);
  return files;
}

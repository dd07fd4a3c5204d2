import fs from 'node:fs';
import path from 'node:path';
import type { SourceFile } from './content-check.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Where the bytes of a file stop being UTF-8: its 1-based line, or undefined
 * when the whole file is UTF-8. Decoding fails on the whole buffer, so the
 * line is found by decoding ever longer prefixes that end on a line break.
 */
function firstNonUtf8Line(bytes: Uint8Array): number | undefined {
  try {
    utf8.decode(bytes);
    return undefined;
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          utf8.decode(bytes.subarray(start, i));
        } catch {
          return line;
        }
        line += 1;
        start = i + 1;
      }
    }
    return line;
  }
}

/** Decodes a content file's bytes, naming what is wrong with them instead of guessing. */
export function decodeContent(bytes: Uint8Array): Pick<SourceFile, 'text' | 'unreadable'> {
  const badLine = firstNonUtf8Line(bytes);
  if (badLine !== undefined) {
    return {
      text: Buffer.from(bytes).toString('utf8'),
      unreadable: {
        line: badLine,
        message: 'not UTF-8: save the file with the UTF-8 encoding (it looks like another encoding, or the file is damaged)',
      },
    };
  }
  // TextDecoder drops a leading byte-order mark, as Astro's loader does: files saved "UTF-8 with BOM" are fine.
  const text = utf8.decode(bytes);
  if (text.includes('\0')) {
    const line = text.slice(0, text.indexOf('\0')).split('\n').length;
    return { text, unreadable: { line, message: 'contains a NUL byte, so it is not a text file: the file is damaged' } };
  }
  return { text };
}

/**
 * Every file under the content root (hidden files excepted), for `checkContent`.
 * A missing root is reported by `missingContentRoot`, not thrown.
 */
export function readContentTree(root: string, projectRoot: string = process.cwd()): SourceFile[] {
  const files: SourceFile[] = [];
  if (!fs.existsSync(root)) return files;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      const names = {
        path: path.relative(projectRoot, full).split(path.sep).join('/'),
        relative: path.relative(root, full).split(path.sep).join('/'),
      };
      if (entry.isSymbolicLink()) {
        // A link can point outside the repository (or nowhere): what is published must be a file editors can see in a pull request.
        files.push({
          ...names,
          text: '',
          unreadable: {
            line: 1,
            message: `is a symbolic link (to ${fs.readlinkSync(full)}); content must be real files in the repository`,
          },
        });
      } else if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push({ ...names, ...decodeContent(fs.readFileSync(full)) });
    }
  };
  walk(root);
  return files;
}

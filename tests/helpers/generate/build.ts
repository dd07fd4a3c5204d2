import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SourceFile } from '../../../src/lib/check/content-check.ts';

/** A folder of its own for one test file's builds, removed by `cleanUp`. */
export function workFolder(name: string): { dir: string; cleanUp: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `blueprint-${name}-`));
  return { dir, cleanUp: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Writes content files as a content folder; `bytes` replaces a file's text with raw bytes. */
export function writeContent(dir: string, files: readonly SourceFile[], bytes: ReadonlyMap<string, Uint8Array> = new Map()): string {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    const target = path.join(dir, f.relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes.get(f.relative) ?? f.text);
  }
  return dir;
}

/**
 * The environment for a test's build: this one's, without GitHub's variables, so the test
 * builds' expected mistakes are not annotated on the pull request or added to CI's job summary.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GITHUB_')));
  return { ...env, ...extra };
}

/** `npm run build`'s script on other content, into another dist, as an editor's preview would run it. */
export function build(
  content: string,
  dist: string,
  cache: string,
  settings: Record<string, string> = {},
): { status: number | null; output: string } {
  const env = buildEnv({ ...settings, BLUEPRINT_CONTENT_DIR: content, BLUEPRINT_DIST: dist, BLUEPRINT_CACHE_DIR: cache });
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A hash of every file's path and bytes: two trees with the same hash are the same site. */
export function treeHash(dir: string): string {
  const hash = crypto.createHash('sha256');
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(`${path.relative(dir, full)}\0`).update(fs.readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/** Lines of a Node or Astro stack trace: an editor must never see one. */
export const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

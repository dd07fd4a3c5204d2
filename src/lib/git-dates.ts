import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Parses `git log --format=%x1e%cI --name-only` output into the newest commit
 * date of each file (git lists newest commits first).
 */
export function parseGitLog(output: string, prefix = ''): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const record of output.split('\x1e')) {
    const [dateLine, ...files] = record.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!dateLine) continue;
    const date = new Date(dateLine);
    if (Number.isNaN(date.getTime())) continue;
    for (const file of files) {
      const key = path.posix.join(prefix, file);
      if (!dates.has(key)) dates.set(key, date);
    }
  }
  return dates;
}

let cache: { dir: string; dates: Map<string, Date> } | undefined;

/**
 * The date of the newest commit touching each file under `dir`, by absolute
 * path. One `git log` for the whole folder; an empty map outside a repository
 * (a fixture or generated content), where callers fall back to the file's mtime.
 */
export function gitDates(dir: string): Map<string, Date> {
  if (cache?.dir === dir) return cache.dates;
  let dates = new Map<string, Date>();
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const log = execFileSync('git', ['log', '--format=%x1e%cI', '--name-only', '--no-renames', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    dates = parseGitLog(log, top);
  } catch {
    // Not a git checkout (generated or fixture content): mtimes are used instead.
  }
  cache = { dir, dates };
  return dates;
}

/** The last-updated date of a file: front-matter override, else git, else mtime. */
export function lastUpdated(absolutePath: string, override?: Date, dir = path.dirname(absolutePath)): Date | undefined {
  if (override) return override;
  const fromGit = gitDates(dir).get(absolutePath);
  if (fromGit) return fromGit;
  try {
    return fs.statSync(absolutePath).mtime;
  } catch {
    return undefined;
  }
}

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Parses `git log --format=%x1e%cI --name-only` output into the newest (or the
 * oldest) commit date of each file (git lists newest commits first).
 */
export function parseGitLog(output: string, prefix = '', which: 'newest' | 'oldest' = 'newest'): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const record of output.split('\x1e')) {
    const [dateLine, ...files] = record
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!dateLine) continue;
    const date = new Date(dateLine);
    if (Number.isNaN(date.getTime())) continue;
    for (const file of files) {
      const key = path.posix.join(prefix, file);
      if (which === 'oldest' || !dates.has(key)) dates.set(key, date);
    }
  }
  return dates;
}

/** The git dates of a folder's files, and whether git could give them. */
export interface GitDates {
  /** Newest commit date of each file, by absolute path; empty when `fromGit` is false. */
  dates: Map<string, Date>;
  /** Oldest commit date of each file: when it was first published. */
  first: Map<string, Date>;
  fromGit: boolean;
  /** Why git gave no dates: not a checkout (a zip download, fixture copies) or git not installed. */
  reason?: string;
}

/** The `reason` when there is no `git` program at all. */
export const GIT_MISSING = 'git is not installed';

const cache = new Map<string, GitDates>();

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * The date of the newest commit touching each file under `dir`. One `git log`
 * for the whole folder. Outside a checkout, callers fall back to file mtimes,
 * which a download or a copy resets: `fromGit` says so, that it can be reported.
 */
export function gitDatesFor(dir: string): GitDates {
  const cached = cache.get(dir);
  if (cached) return cached;
  let result: GitDates;
  try {
    // The top as reached from `dir`, not git's real path: callers look files up by
    // the path they used, which may run through a symlink (macOS's /var, /tmp).
    const top = path.resolve(dir, git(['rev-parse', '--show-cdup'], dir).trim());
    const log = git(['log', '--format=%x1e%cI', '--name-only', '--no-renames', '--', '.'], dir);
    result = { dates: parseGitLog(log, top), first: parseGitLog(log, top, 'oldest'), fromGit: true };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    const reason = e.code === 'ENOENT' ? GIT_MISSING : e.stderr?.trim().split('\n')[0] || e.message;
    result = { dates: new Map(), first: new Map(), fromGit: false, reason };
  }
  cache.set(dir, result);
  return result;
}

/** The newest commit date of each file under `dir`, by absolute path; empty outside git. */
export function gitDates(dir: string): Map<string, Date> {
  return gitDatesFor(dir).dates;
}

/** When a file was first committed and last changed: git, else (a download) its file time as the last change. */
export function fileHistory(absolutePath: string, dir = path.dirname(absolutePath)): { first?: Date; last?: Date } {
  const { dates, first } = gitDatesFor(dir);
  const fromGit = dates.get(absolutePath);
  if (fromGit) return { first: first.get(absolutePath), last: fromGit };
  try {
    return { last: fs.statSync(absolutePath).mtime };
  } catch {
    return {};
  }
}

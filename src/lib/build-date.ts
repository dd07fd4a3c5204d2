import fs from 'node:fs';
import path from 'node:path';
import { contentRoot } from './content-root.ts';
import { gitDates } from './git-dates.ts';
import { isoDay } from './format.ts';

/**
 * The date the open data gives as `built`: `SOURCE_DATE_EPOCH` (seconds, the
 * reproducible-builds convention) when set, else the newest change to any
 * content file, dated as pages date them (git, else the file's time). Not the
 * clock: building the same content twice must give the same files, byte for byte.
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env, root: string = contentRoot(env)): Date {
  const pinned = sourceDateEpoch(env);
  if (pinned) return pinned;
  const fromGit = gitDates(root);
  let newest = 0;
  for (const name of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(root, name);
    const stat = fs.statSync(file);
    if (!stat.isFile()) continue;
    newest = Math.max(newest, fromGit.get(file)?.getTime() ?? stat.mtimeMs);
  }
  return new Date(newest);
}

/**
 * The year a build is made in, in Hong Kong: whether a target's year has passed
 * is a fact about today, not about the content, so it is the clock's year
 * (`SOURCE_DATE_EPOCH` when set). It changes once a year, and then pages should.
 */
export function currentYear(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): number {
  return Number(isoDay(sourceDateEpoch(env) ?? now).slice(0, 4));
}

/** `SOURCE_DATE_EPOCH` (whole seconds) as a date, when it is set and is one. */
function sourceDateEpoch(env: NodeJS.ProcessEnv): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
}

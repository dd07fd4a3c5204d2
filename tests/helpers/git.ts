import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A throwaway git repository, its commits dated as given, isolated from the user's git settings. */
export function tempRepo() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-git-'));
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  for (const key of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[key];
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'pipe', encoding: 'utf8' });
  git('init', '-q');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.org');
  git('config', 'commit.gpgsign', 'false');
  return {
    dir,
    write(file: string, text: string) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    },
    commit(date: string, ...files: string[]) {
      git('add', '--', ...files);
      execFileSync('git', ['commit', '-q', '-m', `at ${date}`], {
        cwd: dir,
        env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
        stdio: 'pipe',
      });
    },
  };
}

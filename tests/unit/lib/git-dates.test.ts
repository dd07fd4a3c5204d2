import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/lib/check/run.ts';
import { errorsOf, formatProblem } from '../../../src/lib/check/problems.ts';
import { tempRepo } from '../../helpers/git.ts';
import { GIT_MISSING, fileHistory, gitDates, gitDatesFor, parseGitLog } from '../../../src/lib/git-dates.ts';
import { FIXTURES } from '../../helpers/fixtures.ts';

/** Output shaped like `git log --format=%x1e%cI --name-only`, newest commit first. */
function gitLog(commits: { date: string; files: string[] }[]): string {
  return commits.map((c) => `\x1e${c.date}\n\n${c.files.join('\n')}\n`).join('');
}

describe('parseGitLog', () => {
  it('gives each file the date of the commit that touched it', () => {
    const dates = parseGitLog(gitLog([{ date: '2024-04-11T10:00:00+08:00', files: ['content/a.mdx', 'content/b.mdx'] }]));
    expect([...dates.keys()]).toEqual(['content/a.mdx', 'content/b.mdx']);
    expect(dates.get('content/a.mdx')).toEqual(new Date('2024-04-11T02:00:00Z'));
    expect(dates.get('content/b.mdx')).toEqual(new Date('2024-04-11T02:00:00Z'));
  });

  it('keeps the newest date when a file appears in several commits (git lists newest first)', () => {
    const dates = parseGitLog(
      gitLog([
        { date: '2024-05-01T09:00:00+08:00', files: ['content/a.mdx'] },
        { date: '2024-03-01T09:00:00+08:00', files: ['content/a.mdx', 'content/b.mdx'] },
        { date: '2023-01-01T09:00:00+08:00', files: ['content/b.mdx', 'content/c.mdx'] },
      ]),
    );
    expect(dates.get('content/a.mdx')!.toISOString()).toBe('2024-05-01T01:00:00.000Z');
    expect(dates.get('content/b.mdx')!.toISOString()).toBe('2024-03-01T01:00:00.000Z');
    expect(dates.get('content/c.mdx')!.toISOString()).toBe('2023-01-01T01:00:00.000Z');
    expect(dates.size).toBe(3);
  });

  it('joins file paths onto the prefix (the repository root)', () => {
    const dates = parseGitLog(gitLog([{ date: '2024-01-02T00:00:00Z', files: ['content/pages/en/about.mdx'] }]), '/repo');
    expect([...dates.keys()]).toEqual(['/repo/content/pages/en/about.mdx']);
  });

  it('normalises the joined path', () => {
    const dates = parseGitLog(gitLog([{ date: '2024-01-02T00:00:00Z', files: ['a.mdx'] }]), '/repo/');
    expect([...dates.keys()]).toEqual(['/repo/a.mdx']);
  });

  it('ignores commits without files, such as merges', () => {
    const output = `\x1e2024-06-01T00:00:00Z\n\x1e2024-05-01T00:00:00Z\n\na.mdx\n`;
    const dates = parseGitLog(output);
    expect([...dates.entries()]).toEqual([['a.mdx', new Date('2024-05-01T00:00:00Z')]]);
  });

  it('skips records whose date cannot be read', () => {
    const output = `\x1enot a date\n\na.mdx\n\x1e2024-05-01T00:00:00Z\n\na.mdx\nb.mdx\n`;
    const dates = parseGitLog(output);
    expect(dates.get('a.mdx')).toEqual(new Date('2024-05-01T00:00:00Z'));
    expect(dates.get('b.mdx')).toEqual(new Date('2024-05-01T00:00:00Z'));
  });

  it('tolerates Windows line endings and surrounding blank lines', () => {
    const output = '\x1e2024-05-01T00:00:00Z\r\n\r\na.mdx\r\n\r\n';
    expect([...parseGitLog(output).entries()]).toEqual([['a.mdx', new Date('2024-05-01T00:00:00Z')]]);
  });

  it('is empty for empty output', () => {
    expect(parseGitLog('').size).toBe(0);
    expect(parseGitLog('\n').size).toBe(0);
  });
});

const made: string[] = [];
const track = (dir: string) => (made.push(dir), dir);
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('gitDatesFor in a real repository', () => {
  const repo = tempRepo();
  track(repo.dir);
  repo.write('content/a.mdx', 'one');
  repo.write('content/b.mdx', 'one');
  repo.write('content/sub/c.mdx', 'one');
  repo.commit('2024-01-02T03:04:05+08:00', 'content/a.mdx', 'content/b.mdx', 'content/sub/c.mdx');
  repo.write('content/a.mdx', 'two');
  repo.commit('2024-05-06T07:08:09+08:00', 'content/a.mdx');
  repo.write('content/sub/c.mdx', 'two');
  repo.commit('2024-09-10T11:12:13Z', 'content/sub/c.mdx');
  repo.write('content/untracked.mdx', 'never committed');
  repo.write('outside.mdx', 'committed, but outside the folder asked about');
  repo.commit('2024-12-01T00:00:00Z', 'outside.mdx');
  const content = path.join(repo.dir, 'content');
  const result = gitDatesFor(content);

  it('says the dates come from git', () => {
    expect(result.fromGit).toBe(true);
    expect(result.reason).toBeUndefined();
  });

  it('gives each committed file the date of its newest commit, by absolute path', () => {
    expect(Object.fromEntries([...result.dates].map(([file, date]) => [path.relative(content, file), date.toISOString()]))).toEqual({
      'a.mdx': '2024-05-05T23:08:09.000Z',
      'b.mdx': '2024-01-01T19:04:05.000Z',
      'sub/c.mdx': '2024-09-10T11:12:13.000Z',
    });
  });

  it('keeps gitDates, for existing callers, returning the same dates', () => {
    expect(gitDates(content)).toBe(result.dates);
  });

  it('gives each committed file the date of its first commit too: when it was first published', () => {
    expect(Object.fromEntries([...result.first].map(([file, date]) => [path.relative(content, file), date.toISOString()]))).toEqual({
      'a.mdx': '2024-01-01T19:04:05.000Z',
      'b.mdx': '2024-01-01T19:04:05.000Z',
      'sub/c.mdx': '2024-01-01T19:04:05.000Z',
    });
  });

  it('fileHistory gives a file its first and last commits, and a file git does not track only its file time', () => {
    const untracked = path.join(content, 'untracked.mdx');
    fs.utimesSync(untracked, new Date('2020-02-02T00:00:00Z'), new Date('2020-02-02T00:00:00Z'));
    const a = fileHistory(path.join(content, 'a.mdx'), content);
    expect([a.first?.toISOString(), a.last?.toISOString()]).toEqual(['2024-01-01T19:04:05.000Z', '2024-05-05T23:08:09.000Z']);
    expect(fileHistory(untracked, content)).toEqual({ last: new Date('2020-02-02T00:00:00Z') });
    expect(fileHistory(path.join(content, 'missing.mdx'), content)).toEqual({});
  });

  it('keys the dates by the path the caller used, even through a symlink', () => {
    const link = track(path.join(os.tmpdir(), `blueprint-git-link-${process.pid}-${Date.now()}`));
    fs.symlinkSync(repo.dir, link);
    const dates = gitDatesFor(path.join(link, 'content')).dates;
    expect(dates.get(path.join(link, 'content', 'a.mdx'))?.toISOString()).toBe('2024-05-05T23:08:09.000Z');
  });
});

describe('gitDatesFor outside git', () => {
  it('says the dates do not come from git, and why, and fileHistory falls back to the file time', () => {
    const dir = track(fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-nogit-')));
    fs.writeFileSync(path.join(dir, 'a.mdx'), 'text');
    fs.utimesSync(path.join(dir, 'a.mdx'), new Date('2021-01-01T00:00:00Z'), new Date('2021-01-01T00:00:00Z'));
    const result = gitDatesFor(dir);
    expect(result.fromGit).toBe(false);
    expect(result.reason).toMatch(/not a git repository/);
    expect(result.dates.size).toBe(0);
    expect(fileHistory(path.join(dir, 'a.mdx'), dir)).toEqual({ last: new Date('2021-01-01T00:00:00Z') });
  });

  it('says when git is not installed at all', () => {
    const dir = track(fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-nogit-')));
    const saved = process.env.PATH;
    process.env.PATH = dir;
    try {
      expect(gitDatesFor(dir)).toEqual({ dates: new Map(), first: new Map(), fromGit: false, reason: GIT_MISSING });
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe('checkProject on content outside and inside git', () => {
  /** The valid fixture content in `root`, its About page in both languages without a `published:` date, so only git can date it. */
  const fixtureCopy = (root: string) => {
    fs.cpSync(path.join(FIXTURES, 'valid'), root, { recursive: true });
    for (const file of ['pages/en/about.mdx', 'pages/tc/about.mdx']) {
      const full = path.join(root, file);
      fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replace(/^published: .*\n/m, ''));
    }
    return root;
  };
  const gitWarnings = (root: string) => checkProject(root).filter((p) => p.field === 'git');
  const stale = (root: string) =>
    checkProject(root)
      .filter((p) => p.message.startsWith('is older than the English file'))
      .map((p) => p.file.split('/').slice(-3).join('/'));

  it('warns once, naming the content folder, when the content is not in a git checkout', () => {
    const root = fixtureCopy(track(fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-zip-'))));
    const warnings = gitWarnings(root);
    expect(warnings.map(formatProblem)).toEqual([
      `${path.relative(process.cwd(), root)}: warning: git: not a git checkout: "last updated" dates come from file times and translations are not checked for being out of date`,
    ]);
    expect(errorsOf(checkProject(root))).toEqual([]);
  });

  it('does not warn for content committed to a git repository, and dates its translations from git', () => {
    const repo = tempRepo();
    track(repo.dir);
    fixtureCopy(repo.dir);
    repo.commit('2024-01-01T00:00:00Z', '.');
    repo.write('pages/en/about.mdx', `${fs.readFileSync(path.join(repo.dir, 'pages/en/about.mdx'), 'utf8')}\nA later English paragraph.\n`);
    repo.commit('2024-06-01T00:00:00Z', 'pages/en/about.mdx');
    expect(gitWarnings(repo.dir)).toEqual([]);
    expect(stale(repo.dir)).toContain('pages/tc/about.mdx');
  });

  it('outside git, the same late English change goes unnoticed, as the warning says', () => {
    const root = fixtureCopy(track(fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-zip-'))));
    fs.appendFileSync(path.join(root, 'pages/en/about.mdx'), '\nA later English paragraph.\n');
    expect(stale(root)).not.toContain('pages/tc/about.mdx');
  });
});

import { describe, expect, it } from 'vitest';
import { parseGitLog } from '../../../src/lib/git-dates.ts';

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

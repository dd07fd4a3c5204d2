import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/lib/check/run.ts';
import { parseFrontmatter } from '../../../src/lib/check/frontmatter.ts';
import { fileHistory } from '../../../src/lib/git-dates.ts';
import { pageDates, type DatedFrontMatter } from '../../../src/lib/page-dates.ts';
import { SCHEMAS } from '../../../src/schemas/index.ts';
import { FIXTURES } from '../../helpers/fixtures.ts';
import { tempRepo } from '../../helpers/git.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

const ABOUT = 'pages/en/about.mdx';

/**
 * The valid fixture content committed on 1 January 2024, then its English About
 * page edited on 1 June 2024 by `edit`: what the build and the check then say.
 */
function afterEdit(edit: (text: string) => string) {
  const repo = tempRepo();
  made.push(repo.dir);
  fs.cpSync(path.join(FIXTURES, 'valid'), repo.dir, { recursive: true });
  repo.commit('2024-01-01T10:00:00+08:00', '.');
  const file = path.join(repo.dir, ABOUT);
  repo.write(ABOUT, edit(fs.readFileSync(file, 'utf8')));
  repo.commit('2024-06-01T10:00:00+08:00', ABOUT);
  const front = SCHEMAS.pages.parse(parseFrontmatter(fs.readFileSync(file, 'utf8')).data) as DatedFrontMatter;
  // As the build dates a page (src/lib/collections.ts): front matter, with git only to fall back on.
  const dates = pageDates(front, fileHistory(file, repo.dir));
  const stale = checkProject(repo.dir)
    .filter((p) => p.message.startsWith('is older than the English file'))
    .map((p) => p.file.split('/').slice(-3).join('/'));
  return { dates, stale };
}

const day = (d?: Date) => d?.toISOString().slice(0, 10);

describe('a minor edit and a major change, committed to git', () => {
  it('a typo fixed (no note) changes neither date, and leaves the translation up to date', () => {
    const { dates, stale } = afterEdit((text) => text.replace('Some text.', 'Some text, its typo fixed.'));
    expect([day(dates.published), day(dates.updated)]).toEqual(['2024-01-01', '2024-01-01']);
    expect(dates.changes).toEqual([]);
    expect(stale).not.toContain('pages/tc/about.mdx');
  });

  it('a change with a note moves "Last updated" to the note’s day, lists the note, and flags the translation', () => {
    const note = 'Added a paragraph about the second target.';
    const { dates, stale } = afterEdit((text) =>
      text.replace(/^published: (.*)$/m, `published: $1\nchanges:\n  - date: 2024-06-01\n    note: ${note}`).concat('\nA new paragraph.\n'),
    );
    expect([day(dates.published), day(dates.updated)]).toEqual(['2024-01-01', '2024-06-01']);
    expect(dates.changes.map((c) => [day(c.date), c.note])).toEqual([['2024-06-01', note]]);
    expect(stale).toContain('pages/tc/about.mdx');
  });

  it('an undated page is dated by git, first commit and last, and its later commit flags the translation', () => {
    const { dates, stale } = afterEdit((text) => text.replace(/^published: .*\n/m, '').concat('\nA later paragraph.\n'));
    expect([day(dates.published), day(dates.updated)]).toEqual(['2024-01-01', '2024-06-01']);
    expect(dates.from).toBe('history');
    expect(stale).toContain('pages/tc/about.mdx');
  });
});

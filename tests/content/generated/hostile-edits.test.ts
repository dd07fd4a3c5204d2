import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/content-check.ts';
import { formatProblem } from '../../../src/lib/check/problems.ts';
import { readContentTree } from '../../../src/lib/check/read-tree.ts';
import { REAL_CONTENT, errorFor, errors, partsOf, withText, type ErrorCase } from '../../helpers/generate/content.ts';
import { fieldSites, splice } from '../../helpers/generate/front-matter.ts';

/**
 * Edits a hostile reviewer made that the first check let through to a stack
 * trace in Astro or to a broken page, each tried on every real file it applies to.
 */
const TITLE_EDITS: { name: string; value: (title: string) => string; says: string; field?: string }[] = [
  { name: 'a YAML tag', value: () => '!!binary aGVsbG8=', says: 'YAML tags ("!!binary") are not used' },
  { name: 'a custom YAML tag', value: (t) => `!foo ${JSON.stringify(t)}`, says: 'YAML tags ("!foo") are not used' },
  { name: 'a YAML anchor', value: (t) => `&title ${JSON.stringify(t)}`, says: 'YAML anchors ("&title") are not used' },
  { name: 'an alias with no anchor', value: () => '*title', says: 'YAML aliases ("*title") are not used' },
  { name: 'a date written as text without quotes', value: () => '2023-02-15', says: '2023-02-15 without quotes is read as a date' },
  { name: 'blank text', value: () => '"   "', says: 'is empty', field: 'title' },
];

const titles = REAL_CONTENT.flatMap((file) => fieldSites(file.text).filter((s) => s.pattern === 'title').map((site) => ({ file, site })));
const titleCases: ErrorCase[] = titles.map(({ file, site }, i) => {
  const edit = TITLE_EDITS[i % TITLE_EDITS.length]!;
  return { label: `${edit.name} as the title of ${file.path}`, file, text: splice(file.text, site.value, edit.value(String(site.data))), line: site.line, field: edit.field ?? 'front matter', says: edit.says };
});

const listed = REAL_CONTENT.filter((f) => /^(updates|indicators)\//.test(f.relative) && /^strategies: \[(\d+)/m.test(f.text));
const duplicateCases: ErrorCase[] = listed.map((file) => {
  const n = /^strategies: \[(\d+)/m.exec(file.text)![1]!;
  const text = file.text.replace(/^strategies: \[/m, `strategies: [${n}, `);
  const line = text.split('\n').findIndex((l) => l.startsWith('strategies:')) + 1;
  return { label: `strategy ${n} listed twice in ${file.path}`, file, text, line, field: 'strategies.1', says: `strategy ${n} is listed twice` };
});

const bodies = REAL_CONTENT.filter((f) => /\n---\r?\n[\s\S]*\S/.test(f.text.slice(3)));
const BODY_EDITS: { name: string; add: string; says: string }[] = [
  { name: 'a heading of emoji only', add: '## 🎉', says: 'a heading needs words' },
  { name: 'a measure anchor in the wrong case', add: '[x](/en/strategies/3-venture-financing/#Measure-3-2)', says: 'that page has no #Measure-3-2' },
  { name: 'an empty mailto: link', add: '[write to us](mailto:)', says: 'needs an e-mail address' },
  { name: 'an https: link without a host', add: '[x](https://)', says: 'not a whole address' },
  { name: 'a picture from this site', add: '![A chart](/images/chart.png)', says: 'pictures are not used in content pages' },
];
const bodyCases: ErrorCase[] = bodies.map((file, i) => {
  const edit = BODY_EDITS[i % BODY_EDITS.length]!;
  const text = `${file.text.replace(/\s*$/, '\n')}\n${edit.add}\n`;
  return { label: `${edit.name} at the end of ${file.path}`, file, text, line: text.split('\n').length - 1, field: 'body', says: edit.says };
});

describe('edits a hostile reviewer found, on every real file they apply to', () => {
  it('tries every edit', () => {
    expect(new Set(titleCases.map((c) => c.says)).size).toBe(TITLE_EDITS.length);
    expect(new Set(bodyCases.map((c) => c.says)).size).toBe(BODY_EDITS.length);
    expect(duplicateCases.length).toBeGreaterThan(0);
  });

  it.each([...titleCases, ...duplicateCases, ...bodyCases])('$label fails naming the file and the line', (c) => {
    const { match, listed } = errorFor(c);
    expect(match, `no matching error among:\n${listed}`).toBeDefined();
  });

  it('an alias bomb is refused at once, without expanding it', () => {
    const file = REAL_CONTENT.find((f) => f.relative.startsWith('updates/en/'))!;
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    const text = file.text.replace(/^---\r?\n/, `---\n${bomb}\n`);
    const started = performance.now();
    const found = errors(withText(REAL_CONTENT, file.relative, text));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(found.some((p) => p.file === file.path && p.line === 2 && p.message.includes('anchors'))).toBe(true);
  });

  it('a translation with an error of its own is not also reported as missing', () => {
    const file = REAL_CONTENT.find((f) => f.relative.startsWith('strategies/tc/'))!;
    const problems = checkContent(withText(REAL_CONTENT, file.relative, file.text.replace(/^title: .*$/m, 'title: ""')));
    expect(problems.filter((p) => p.message.includes(`no tc translation (${file.path})`)).map(formatProblem)).toEqual([]);
  });

  it('a year like 0023 is refused as a typo, not shown as the year 23', () => {
    const file = REAL_CONTENT.find((f) => partsOf(f.relative).collection === 'updates' && f.relative.includes('/en/'))!;
    const text = file.text.replace(/^date: \d{4}/m, 'date: 0023');
    const found = errors(withText(REAL_CONTENT, file.relative, text));
    expect(found.some((p) => p.file === file.path && p.field === 'date' && p.message.includes('the year 0023'))).toBe(true);
  });
});

describe('links in the content folder', () => {
  it('are refused, whether to a file outside the repository, to nothing, or to a folder, naming each', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-links-'));
    try {
      fs.cpSync(path.resolve('content'), dir, { recursive: true });
      fs.symlinkSync('/etc/hostname', path.join(dir, 'pages/en/host.mdx'));
      fs.symlinkSync(path.join(dir, 'missing.mdx'), path.join(dir, 'updates/en/2023-02-16-link.mdx'));
      fs.symlinkSync(os.tmpdir(), path.join(dir, 'updates/fr'));
      const found = checkContent(readContentTree(dir, dir)).filter((p) => p.severity === 'error');
      for (const f of ['pages/en/host.mdx', 'updates/en/2023-02-16-link.mdx', 'updates/fr']) {
        expect(found.some((p) => p.file === f && p.message.startsWith('is a symbolic link'))).toBe(true);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

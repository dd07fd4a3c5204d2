import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/content-check.ts';
import { readContentTree } from '../../src/lib/check/read-tree.ts';
import { errorsOf, formatProblem } from '../../src/lib/check/problems.ts';
import { FIXTURES, contentWithMistake } from '../helpers/fixtures.ts';

function errorsFor(fixture: string, target: string): string[] {
  const dir = contentWithMistake(fixture, target);
  try {
    return errorsOf(checkContent(readContentTree(dir, dir))).map(formatProblem);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Each real editor mistake, where it is made, and the line the editor must see. */
const MISTAKES: { fixture: string; target: string; expected: RegExp; why: string }[] = [
  { fixture: 'missing-title', target: 'strategies/en/1-alpha.mdx', expected: /^strategies\/en\/1-alpha\.mdx:\d+: title: is required/, why: 'a required field is missing' },
  { fixture: 'unknown-field-typo', target: 'strategies/en/1-alpha.mdx', expected: /^strategies\/en\/1-alpha\.mdx:4: front matter: unknown field "titel"/, why: 'a field name is misspelt' },
  { fixture: 'wrong-type', target: 'strategies/en/1-alpha.mdx', expected: /^strategies\/en\/1-alpha\.mdx:2: number: expected number, but found "one" \(text\)$/, why: 'a number is written as a word' },
  { fixture: 'measure-id-as-number', target: 'updates/en/2024-01-01-first-update.mdx', expected: /^updates\/en\/2024-01-01-first-update\.mdx:8: measures\.0: expected string, but found 1\.2 \(number\)$/, why: 'a measure ID is written without quotes' },
  { fixture: 'change-before-published', target: 'pages/en/about.mdx', expected: /^pages\/en\/about\.mdx:9: changes\.1\.date: 2023-06-01 is before the page was published \(2024-01-01\)/, why: 'a change note is dated before its page was published' },
  { fixture: 'date-in-wrong-format', target: 'updates/en/2024-01-01-first-update.mdx', expected: /^updates\/en\/2024-01-01-first-update\.mdx:3: date: must be a date written YYYY-MM-DD, but found "01\/03\/2023" \(text\)$/, why: 'a date is written day/month/year' },
  { fixture: 'curly-brace-in-text', target: 'pages/en/about.mdx', expected: /^pages\/en\/about\.mdx:9: body: broken MDX: .*curly braces run code in MDX/, why: 'a curly brace pair in text would run as code' },
  { fixture: 'unknown-direction', target: 'strategies/en/1-alpha.mdx', expected: /^strategies\/en\/1-alpha\.mdx:3: direction: 5 does not exist \(known: 1\)/, why: 'a strategy names a direction that does not exist' },
  { fixture: 'duplicate-strategy-number', target: 'strategies/en/1-again.mdx', expected: /strategies\/en\/1-(again|alpha)\.mdx:2: number: strategy 1 is also used by strategies\/en\/1-(alpha|again)\.mdx/, why: 'two strategies share a number' },
  { fixture: 'duplicate-measure-id', target: 'strategies/en/1-alpha.mdx', expected: /^strategies\/en\/1-alpha\.mdx:\d+: focusAreas\.0\.measures\.1\.id: measure 1\.1 is used twice in this file/, why: 'a measure ID is repeated' },
  { fixture: 'measure-out-of-sequence', target: 'strategies/en/1-alpha.mdx', expected: /^strategies\/en\/1-alpha\.mdx:\d+: focusAreas\.0\.measures\.1\.id: measure 1\.3 is out of sequence; expected 1\.2/, why: 'a measure ID skips a number' },
  { fixture: 'broken-yaml', target: 'strategies/en/1-alpha.mdx', expected: /^strategies\/en\/1-alpha\.mdx:\d+: front matter: broken YAML: /, why: 'the YAML does not parse' },
  { fixture: 'broken-mdx-unclosed-tag', target: 'pages/en/about.mdx', expected: /^pages\/en\/about\.mdx:9: body: broken MDX: Expected a closing tag for `<strong>`/, why: 'an HTML tag is not closed' },
  { fixture: 'broken-mdx-unclosed-expression', target: 'pages/en/about.mdx', expected: /^pages\/en\/about\.mdx:9: body: broken MDX: .*closing brace/, why: 'a curly brace is not closed' },
  { fixture: 'link-to-missing-page', target: 'pages/en/about.mdx', expected: /^pages\/en\/about\.mdx:9: body: link to \/en\/strategy\/: no such page/, why: 'a link points at a page that does not exist' },
  { fixture: 'heading-skips-level', target: 'pages/en/about.mdx', expected: /^pages\/en\/about\.mdx:9: body: heading level 4 follows level 2/, why: 'a heading skips a level' },
  { fixture: 'update-unknown-measure', target: 'updates/en/2024-01-01-first-update.mdx', expected: /^updates\/en\/2024-01-01-first-update\.mdx:\d+: measures\.0: measure 9\.9 does not exist \(known: 1\.1, 1\.2, 2\.1\)/, why: 'an update names a measure that does not exist' },
  { fixture: 'update-empty-body', target: 'updates/en/2024-01-01-first-update.mdx', expected: /^updates\/en\/2024-01-01-first-update\.mdx:\d+: body: is empty/, why: 'an update has no text' },
  { fixture: 'simplified-with-traditional', target: 'strategies/sc/1-alpha.mdx', expected: /^strategies\/sc\/1-alpha\.mdx:\d+: front matter: Traditional characters in a Simplified Chinese file: 數/, why: 'a hand-written Simplified file has Traditional characters' },
  { fixture: 'ideographic-space-in-title', target: 'strategies/tc/1-alpha.mdx', expected: /^strategies\/tc\/1-alpha\.mdx:4: title: holds an ideographic space \(U\+3000\)/, why: 'a title holds the space search puts between Chinese characters' },
  { fixture: 'translation-measures-differ', target: 'strategies/tc/1-alpha.mdx', expected: /^strategies\/tc\/1-alpha\.mdx:\d+: focusAreas: measures differ from English: 1\.1,1\.3 \(English, in strategies\/en\/1-alpha\.mdx: 1\.1,1\.2\)/, why: 'a translation has different measures' },
  { fixture: 'missing-title', target: 'strategies/fr/1-alpha.mdx', expected: /^strategies\/fr\/1-alpha\.mdx: file: "fr" is not a locale \(known: en, tc, sc\)/, why: 'a file is in a folder that is not a locale' },
  { fixture: 'missing-title', target: 'strategies/1-alpha.mdx', expected: /^strategies\/1-alpha\.mdx: file: content files belong at <collection>\/<locale>\/<slug>\.mdx/, why: 'a file is outside a locale folder' },
  { fixture: 'translation-measures-differ', target: 'strategies/tc/9-orphan.mdx', expected: /^strategies\/tc\/9-orphan\.mdx: file: has no English original/, why: 'a translation has no English file' },
];

describe('editor mistakes are reported with the file, the line, the field and the reason', () => {
  it.each(MISTAKES)('$why ($fixture → $target)', ({ fixture, target, expected }) => {
    const errors = errorsFor(fixture, target);
    expect(errors.some((e) => expected.test(e)), `expected ${expected} among:\n${errors.join('\n')}`).toBe(true);
    if (['missing-title', 'unknown-field-typo', 'wrong-type', 'broken-yaml'].includes(fixture)) {
      // One mistake, one message: a file that fails validation must not make its references look broken too.
      expect(errors.filter((e) => /does not exist|no English original/.test(e))).toEqual([]);
    }
  });

  it('the valid fixture content has no errors, only missing-translation warnings', () => {
    const problems = checkContent(readContentTree(path.join(FIXTURES, 'valid'), path.join(FIXTURES, 'valid')));
    expect(errorsOf(problems)).toEqual([]);
    expect(problems.every((p) => p.severity === 'warning' && p.field === 'translation')).toBe(true);
    expect(problems.length).toBeGreaterThan(0);
  });

  it('a missing translation is a warning, never an error', () => {
    const problems = checkContent(readContentTree(path.join(FIXTURES, 'valid'), path.join(FIXTURES, 'valid')));
    const missing = problems.filter((p) => p.message.startsWith('no tc translation'));
    expect(missing.map((p) => p.file).sort()).toEqual([
      'indicators/en/widgets.mdx',
      'pages/en/about-this-site.mdx',
      'pages/en/accessibility.mdx',
      'updates/en/2024-01-01-first-update.mdx',
    ]);
  });
});

describe('stale translations', () => {
  it('are reported as warnings with both dates, from front matter or git', () => {
    const root = path.join(FIXTURES, 'valid');
    const problems = checkContent(readContentTree(root, root), { lastChanged: () => undefined });
    const stale = problems.filter((p) => p.message.startsWith('is older than the English file'));
    expect(stale.map(formatProblem)).toEqual([
      'strategies/tc/2-beta.mdx: warning: translation: is older than the English file (English changed 2024-06-01, this file 2024-01-01); readers see a notice until it is brought up to date',
    ]);
  });
});

describe('a broken file in one locale', () => {
  it('does not hide reference errors in another locale', () => {
    // English strategy 1 fails validation; a Traditional page is broken too; a Traditional strategy names a missing direction.
    const dir = contentWithMistake('missing-title', 'strategies/en/1-alpha.mdx');
    try {
      fs.copyFileSync(path.join(FIXTURES, 'mistakes', 'broken-yaml.mdx'), path.join(dir, 'pages/tc/about.mdx'));
      const beta = path.join(dir, 'strategies/tc/2-beta.mdx');
      fs.writeFileSync(beta, fs.readFileSync(beta, 'utf8').replace('direction: 1', 'direction: 5'));
      const errors = errorsOf(checkContent(readContentTree(dir, dir))).map(formatProblem);
      expect(errors).toContain('strategies/tc/2-beta.mdx:3: direction: 5 does not exist (known: 1)');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../../src/i18n/locales.ts';
import { UI_STRINGS, t } from '../../../src/i18n/t.ts';
import { blueprintCounts } from '../../../src/lib/open-data.ts';
import { contentModels } from '../../helpers/content-models.ts';
import { sourceFiles } from '../../helpers/source-files.ts';

const counts = blueprintCounts(contentModels().en);
const COUNT_PLACEHOLDERS = Object.keys(counts);

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const DIGITS = '零一二三四五六七八九';

/** `四十二` → 42, up to 99: enough for the Blueprint's counts. */
function chineseNumeral(s: string): number {
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  const ten = s.includes('十') ? (tens ? DIGITS.indexOf(tens) : 1) : 0;
  return ten * 10 + (ones ? DIGITS.indexOf(ones) : 0);
}

/**
 * The numbers a string states, however written: `42`, `forty-two`, `四十二`.
 * Placeholders are left out, and so are parts of dotted numbers (`3.2` is a
 * measure ID, not a count) and of names (`UTF-8`).
 */
function numbersIn(text: string): number[] {
  const bare = text.replace(/\{\w+\}/g, ' ');
  const arabic = [...bare.matchAll(/(?<![A-Za-z\d.-])\d+(?![\d.]*\d)/g)].map((m) => Number(m[0]));
  const words = [
    ...bare
      .toLowerCase()
      .matchAll(
        /\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(one|two|three|four|five|six|seven|eight|nine))?|(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\b/g,
      ),
  ].map((m) => (m[3] ? WORDS.indexOf(m[3]) : TENS.indexOf(m[1]!) * 10 + (m[2] ? WORDS.indexOf(m[2]) : 0)));
  const chinese = [...bare.matchAll(/[零一二三四五六七八九十]+/g)].map((m) => chineseNumeral(m[0]));
  return [...arabic, ...words, ...chinese];
}

/** Every place the source names a UI key: `'measures.title'`, or a template such as `` `data.col.${c}` `` for its keys. */
function callsOf(source: string, key: string): string[] {
  const literal = [...source.matchAll(new RegExp(`['"]${key.replace(/\./g, '\\.')}['"]`, 'g'))];
  const prefix = key.slice(0, key.lastIndexOf('.') + 1);
  const template = [...source.matchAll(new RegExp(`\`${prefix.replace(/\./g, '\\.')}\\$\\{[^}]+\\}\``, 'g'))];
  return [...literal, ...template].map((m) => source.slice(m.index + m[0].length, m.index + m[0].length + 40));
}

/** Does the call continue with a second argument (`, counts)`) rather than close (`)`)? */
const passesVariables = (after: string) => /^(?:\s*as\s+\w+)?\s*,/.test(after);

describe('counts in UI strings', () => {
  it('numbersIn finds a count however it is written, and ignores measure IDs and placeholders', () => {
    expect(numbersIn('All 42 measures')).toEqual([42]);
    expect(numbersIn('Four broad directions and forty-two measures')).toEqual([4, 42]);
    expect(numbersIn('八大策略、四十二項措施、十項')).toEqual([8, 42, 10]);
    expect(numbersIn('for example 3.2, or {measures} measures, in UTF-8')).toEqual([]);
  });

  it.each(LOCALE_CODES)('no %s UI string states the number of directions, strategies or measures instead of a placeholder', (locale) => {
    const values = new Set(Object.values(counts));
    const hardCoded = Object.entries(UI_STRINGS[locale])
      .filter(([, text]) => numbersIn(text!).some((n) => values.has(n)))
      .map(([key, text]) => `${key}: ${text}`);
    expect(hardCoded, `counts of the content: ${JSON.stringify(counts)}; use {directions}, {strategies} or {measures}`).toEqual([]);
  });

  const source = sourceFiles('src')
    .filter((f) => !f.startsWith('src/i18n/ui/'))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
  const withCounts = Object.keys(UI_STRINGS.en).filter((key) => COUNT_PLACEHOLDERS.some((p) => UI_STRINGS.en[key]!.includes(`{${p}}`)));

  it('the count placeholders are used, and filled with the counts of the content', () => {
    expect(withCounts.length).toBeGreaterThan(0);
    expect(t('en', 'measures.title', counts)).toBe(`All ${counts.measures} measures`);
  });

  it.each(withCounts)('every use of %s passes variables for its placeholders, so no reader sees a bare {measures}', (key) => {
    const calls = callsOf(source, key);
    expect(calls.length, `${key} is not used`).toBeGreaterThan(0);
    expect(
      calls.filter((after) => !passesVariables(after)),
      `${key} called without variables`,
    ).toEqual([]);
  });
});

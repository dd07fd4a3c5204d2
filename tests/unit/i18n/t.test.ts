import { afterEach, describe, expect, it } from 'vitest';
import en from '../../../src/i18n/ui/en.json' with { type: 'json' };
import tc from '../../../src/i18n/ui/tc.json' with { type: 'json' };
import sc from '../../../src/i18n/ui/sc.json' with { type: 'json' };
import { UI_STRINGS, checkUiStrings, sentenceParts, t, textAround, useTranslations, type UIKey } from '../../../src/i18n/t.ts';

/** Keys removed from the real tables by a test, put back afterwards. */
const removed: { table: Partial<Record<string, string>>; key: string; value: string | undefined }[] = [];
function removeKey(locale: 'tc' | 'sc', key: string) {
  const table = UI_STRINGS[locale];
  removed.push({ table, key, value: table[key] });
  delete table[key];
}
afterEach(() => {
  for (const { table, key, value } of removed.splice(0)) table[key] = value;
});

describe('t', () => {
  it('returns the string of the requested locale', () => {
    expect(t('en', 'nav.home')).toBe(en['nav.home']);
    expect(t('en', 'nav.home')).toBe('Home');
    expect(t('tc', 'nav.home')).toBe(tc['nav.home']);
    expect(t('sc', 'nav.home')).toBe(sc['nav.home']);
  });

  it('fills {name} placeholders from the variables, numbers included', () => {
    expect(t('en', 'strategy.label', { n: 3 })).toBe('Strategy 3');
    expect(t('en', 'measure.link', { id: '3.2' })).toBe('Link to measure 3.2');
    expect(t('en', 'notice.stale', { enDate: '11 April 2024', date: '1 March 2024' })).toBe(
      'The English version was updated on 11 April 2024; this translation dates from 1 March 2024.',
    );
  });

  it('fills placeholders in Chinese strings too', () => {
    expect(t('tc', 'strategy.label', { n: 5 })).toBe(tc['strategy.label'].replace('{n}', '5'));
    expect(t('tc', 'strategy.label', { n: 5 })).toContain('5');
    expect(t('tc', 'strategy.label', { n: 5 })).not.toContain('{n}');
  });

  it('leaves a placeholder as written when no variable is given for it', () => {
    expect(t('en', 'strategy.label')).toBe('Strategy {n}');
    expect(t('en', 'notice.stale', { date: 'today' })).toBe(
      'The English version was updated on {enDate}; this translation dates from today.',
    );
  });

  it('inserts values literally, even ones that look like replacement patterns', () => {
    expect(t('en', 'measure.link', { id: '$& $1 $$ {id}' })).toBe('Link to measure $& $1 $$ {id}');
  });

  it('falls back to English key by key when a locale lacks a string', () => {
    removeKey('tc', 'nav.home');
    expect(t('tc', 'nav.home')).toBe('Home');
    // Other keys of the same locale are still translated.
    expect(t('tc', 'nav.strategies')).toBe(tc['nav.strategies']);
    expect(t('tc', 'nav.strategies')).not.toBe(en['nav.strategies']);
  });

  it('fills placeholders in the English fallback', () => {
    removeKey('sc', 'strategy.label');
    expect(t('sc', 'strategy.label', { n: 8 })).toBe('Strategy 8');
  });
});

describe('useTranslations', () => {
  it('binds t to one locale', () => {
    const tr = useTranslations('tc');
    expect(tr('nav.home')).toBe(t('tc', 'nav.home'));
    expect(tr('strategy.label', { n: 2 })).toBe(t('tc', 'strategy.label', { n: 2 }));
    expect(useTranslations('en')('strategy.label', { n: 2 })).toBe('Strategy 2');
  });

  it('leaves placeholders alone when called without variables', () => {
    expect(useTranslations('en')('direction.label' as UIKey)).toBe('Direction {n}');
  });
});

describe('sentenceParts', () => {
  it('cuts a sentence into its text and the placeholders a page fills with markup, in order', () => {
    expect(sentenceParts('{source}, {date}')).toEqual([{ placeholder: 'source' }, { text: ', ' }, { placeholder: 'date' }]);
    expect(sentenceParts('來源：{source}')).toEqual([{ text: '來源：' }, { placeholder: 'source' }]);
  });

  it('returns a sentence without placeholders as one piece of text', () => {
    expect(sentenceParts('Sources')).toEqual([{ text: 'Sources' }]);
  });
});

describe('textAround', () => {
  it('gives the text before and after the one element of a sentence', () => {
    expect(textAround(t('en', 'notice.reportedTranslation'), 'source')).toEqual(['Chinese title as reported by ', '.']);
    expect(textAround('發展方向：{direction}', 'direction')).toEqual(['發展方向：', '']);
  });

  it('keeps the other placeholders filled by t', () => {
    expect(textAround(t('en', 'notice.stale', { enDate: '11 April 2024' }), 'date')).toEqual([
      'The English version was updated on 11 April 2024; this translation dates from ',
      '.',
    ]);
  });

  it('refuses a sentence that has no such placeholder, rather than dropping the element', () => {
    expect(() => textAround('Sources', 'date')).toThrow('"Sources" has no {date} placeholder');
  });
});

describe('checkUiStrings', () => {
  it('finds no problems in the real UI string files', () => {
    expect(checkUiStrings()).toEqual([]);
  });

  it('the real files translate every English key into both Chinese locales', () => {
    expect(Object.keys(tc).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(sc).sort()).toEqual(Object.keys(en).sort());
  });

  it('finds nothing wrong when every locale matches English', () => {
    expect(
      checkUiStrings({
        en: { a: 'A {n}', b: 'B' },
        tc: { a: '甲 {n}', b: '乙' },
        sc: { a: '甲 {n}', b: '乙' },
      }),
    ).toEqual([]);
  });

  it('reports a missing key with the file it is missing from', () => {
    expect(checkUiStrings({ en: { a: 'A', b: 'B' }, tc: { a: '甲' }, sc: { a: '甲', b: '乙' } })).toEqual([
      { file: 'src/i18n/ui/tc.json', key: 'b', problem: 'missing (English is shown instead)' },
    ]);
  });

  it('reports empty and whitespace-only strings', () => {
    expect(checkUiStrings({ en: { a: 'A', b: 'B' }, tc: { a: '', b: '乙' }, sc: { a: '甲', b: '  \n' } })).toEqual([
      { file: 'src/i18n/ui/tc.json', key: 'a', problem: 'empty string' },
      { file: 'src/i18n/ui/sc.json', key: 'b', problem: 'empty string' },
    ]);
  });

  it('reports placeholders that differ from English, listing both sets', () => {
    expect(
      checkUiStrings({
        en: { a: '{count} of {total}' },
        tc: { a: '{total} 中的 {count}' },
        sc: { a: '{count} 个' },
      }),
    ).toEqual([{ file: 'src/i18n/ui/sc.json', key: 'a', problem: 'placeholders {count} differ from English {count,total}' }]);
  });

  it('reports a placeholder English does not have', () => {
    expect(checkUiStrings({ en: { a: 'Home' }, tc: { a: '{n} 主頁' }, sc: { a: '主页' } })).toEqual([
      { file: 'src/i18n/ui/tc.json', key: 'a', problem: 'placeholders {n} differ from English {}' },
    ]);
  });

  it('reports keys that English does not have', () => {
    expect(checkUiStrings({ en: { a: 'A' }, tc: { a: '甲', extra: '多' }, sc: { a: '甲' } })).toEqual([
      { file: 'src/i18n/ui/tc.json', key: 'extra', problem: 'unknown key (not in en.json)' },
    ]);
  });

  it('reports a placeholder written twice, as a page fills it with one element', () => {
    expect(checkUiStrings({ en: { a: '{date}' }, tc: { a: '{date}' }, sc: { a: '{date}（{date}）' } })).toEqual([
      { file: 'src/i18n/ui/sc.json', key: 'a', problem: 'placeholders {date,date} differ from English {date}' },
    ]);
    expect(checkUiStrings({ en: { a: '{n} {n}' }, tc: { a: '{n} {n}' }, sc: { a: '{n} {n}' } }).map((p) => p.problem)).toEqual([
      'placeholder {n} is written more than once',
      'placeholder {n} is written more than once',
      'placeholder {n} is written more than once',
    ]);
  });

  it('checks English itself for empty strings', () => {
    expect(checkUiStrings({ en: { a: ' ' }, tc: { a: '甲' }, sc: { a: '甲' } })).toEqual([
      { file: 'src/i18n/ui/en.json', key: 'a', problem: 'empty string' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { LocaleCode } from '../../../src/i18n/locales.ts';
import { fallbackLang, indexEntries, localize, localizeAll, type SourceEntry } from '../../../src/lib/localize.ts';

interface Data {
  title: string;
  summary?: string;
  number?: number;
  date?: Date;
  tags?: string[];
}

/** An entry whose last major change was on `updated` (its newest change note, or its publication). */
function entry(locale: LocaleCode, slug: string, data: Data, updated?: string): SourceEntry<Data> {
  return {
    slug,
    locale,
    data,
    filePath: `content/pages/${locale}/${slug}.mdx`,
    dates: updated === undefined ? undefined : { updated: new Date(updated), changes: [], from: 'front-matter' },
  };
}

describe('indexEntries', () => {
  it('groups entries by locale, then by slug', () => {
    const a = entry('en', 'about', { title: 'About' });
    const b = entry('en', 'help', { title: 'Help' });
    const c = entry('tc', 'about', { title: '關於' });
    const index = indexEntries([a, b, c]);
    expect([...index.keys()]).toEqual(['en', 'tc']);
    expect([...index.get('en')!.keys()]).toEqual(['about', 'help']);
    expect(index.get('en')!.get('help')).toBe(b);
    expect(index.get('tc')!.get('about')).toBe(c);
    expect(index.get('sc')).toBeUndefined();
  });

  it('keeps insertion order of slugs', () => {
    const index = indexEntries([entry('en', 'z', { title: 'Z' }), entry('en', 'a', { title: 'A' })]);
    expect([...index.get('en')!.keys()]).toEqual(['z', 'a']);
  });

  it('keeps the last entry when a locale has the same slug twice', () => {
    const first = entry('en', 'about', { title: 'First' });
    const second = entry('en', 'about', { title: 'Second' });
    expect(indexEntries([first, second]).get('en')!.get('about')).toBe(second);
  });

  it('is empty for no entries', () => {
    expect(indexEntries([]).size).toBe(0);
  });
});

describe('localize', () => {
  const en = entry('en', 'about', { title: 'About', number: 1 }, '2024-03-01T04:00:00Z');
  const tc = entry('tc', 'about', { title: '關於本網站', number: 1 }, '2024-03-02T04:00:00Z');
  const sc = entry('sc', 'about', { title: '关于（自己的简体）', number: 1 }, '2024-03-03T04:00:00Z');

  it('shows English its own file with no English original and no staleness', () => {
    const result = localize<Data, SourceEntry<Data>>(indexEntries([en, tc]), 'en', 'about');
    expect(result).toEqual({ slug: 'about', locale: 'en', data: en.data, origin: 'own', lang: 'en', source: en, english: undefined });
    expect(result.source).toBe(en);
    expect(result.stale).toBeUndefined();
  });

  it('shows a locale its own file, with the English original beside it', () => {
    const result = localize<Data, SourceEntry<Data>>(indexEntries([en, tc]), 'tc', 'about');
    expect(result.origin).toBe('own');
    expect(result.lang).toBe('zh-HK');
    expect(result.locale).toBe('tc');
    expect(result.data).toBe(tc.data);
    expect(result.source).toBe(tc);
    expect(result.english).toBe(en);
    expect(result.stale).toBeUndefined();
  });

  it('prefers a Simplified file of its own over converting the Traditional one', () => {
    const result = localize<Data, SourceEntry<Data>>(indexEntries([en, tc, sc]), 'sc', 'about');
    expect(result.origin).toBe('own');
    expect(result.lang).toBe('zh-CN');
    expect(result.data).toEqual({ title: '关于（自己的简体）', number: 1 });
    expect(result.source).toBe(sc);
  });

  it('converts the Traditional file for Simplified when there is no Simplified file', () => {
    const when = new Date('2024-01-01T00:00:00Z');
    const tcWithDate = entry(
      'tc',
      'about',
      { title: '關於本網站', summary: '創新及科技發展藍圖', number: 7, date: when, tags: ['資訊科技', '網絡'] },
      '2024-03-02T04:00:00Z',
    );
    const result = localize<Data, SourceEntry<Data>>(indexEntries([en, tcWithDate]), 'sc', 'about');
    expect(result.origin).toBe('converted');
    expect(result.lang).toBe('zh-CN');
    expect(result.locale).toBe('sc');
    expect(result.source).toBe(tcWithDate);
    expect(result.english).toBe(en);
    expect(result.data).toEqual({ title: '关于本网站', summary: '创新及科技发展蓝图', number: 7, date: when, tags: ['资讯科技', '网络'] });
    expect(result.data.date).toBeInstanceOf(Date);
    // The Traditional data is not changed by the conversion.
    expect(tcWithDate.data.title).toBe('關於本網站');
  });

  it('falls back to English with lang "en" when a locale has no translation', () => {
    const result = localize<Data, SourceEntry<Data>>(indexEntries([en]), 'tc', 'about');
    expect(result).toEqual({ slug: 'about', locale: 'tc', data: en.data, origin: 'fallback', lang: 'en', source: en, english: undefined });
  });

  it('falls back to English for Simplified when neither Chinese file exists', () => {
    const result = localize<Data, SourceEntry<Data>>(indexEntries([en]), 'sc', 'about');
    expect(result.origin).toBe('fallback');
    expect(result.lang).toBe('en');
    expect(result.locale).toBe('sc');
    expect(result.source).toBe(en);
  });

  it('never marks an English fallback as stale', () => {
    const result = localize<Data, SourceEntry<Data>>(indexEntries([en]), 'tc', 'about');
    expect(result.stale).toBeUndefined();
  });

  it('throws when no locale has the slug', () => {
    expect(() => localize(indexEntries([en]), 'tc', 'missing')).toThrow('No content for "missing" in any locale');
    expect(() => localize(indexEntries([]), 'en', 'about')).toThrow('No content for "about" in any locale');
  });

  it('marks a translation stale when English changed on a later day, with both dates', () => {
    const newerEn = entry('en', 'about', { title: 'About' }, '2024-04-10T02:00:00Z');
    const olderTc = entry('tc', 'about', { title: '關於' }, '2024-03-01T02:00:00Z');
    const result = localize<Data, SourceEntry<Data>>(indexEntries([newerEn, olderTc]), 'tc', 'about');
    expect(result.stale).toEqual({
      englishUpdated: new Date('2024-04-10T02:00:00Z'),
      translationUpdated: new Date('2024-03-01T02:00:00Z'),
    });
    expect(result.stale!.englishUpdated).toBe(newerEn.dates!.updated);
    expect(result.stale!.translationUpdated).toBe(olderTc.dates!.updated);
  });

  it('marks a converted Simplified text stale when English changed after the Traditional file', () => {
    const newerEn = entry('en', 'about', { title: 'About' }, '2024-04-10T02:00:00Z');
    const olderTc = entry('tc', 'about', { title: '關於' }, '2024-03-01T02:00:00Z');
    const result = localize<Data, SourceEntry<Data>>(indexEntries([newerEn, olderTc]), 'sc', 'about');
    expect(result.origin).toBe('converted');
    expect(result.stale).toEqual({ englishUpdated: newerEn.dates!.updated, translationUpdated: olderTc.dates!.updated });
  });

  it('is not stale when the translation changed after English', () => {
    const result = localize<Data, SourceEntry<Data>>(indexEntries([en, tc]), 'tc', 'about');
    expect(result.stale).toBeUndefined();
  });

  it('is not stale when English and the translation changed on the same day', () => {
    const sameDayEn = entry('en', 'about', { title: 'About' }, '2024-04-10T09:00:00Z');
    const sameDayTc = entry('tc', 'about', { title: '關於' }, '2024-04-10T01:00:00Z');
    const result = localize<Data, SourceEntry<Data>>(indexEntries([sameDayEn, sameDayTc]), 'tc', 'about');
    expect(result.stale).toBeUndefined();
  });

  it('compares Hong Kong days: same Hong Kong day, different UTC days, is not stale', () => {
    // 2024-04-11 01:00 and 09:00 in Hong Kong.
    const en1 = entry('en', 'about', { title: 'About' }, '2024-04-11T01:00:00Z');
    const tc1 = entry('tc', 'about', { title: '關於' }, '2024-04-10T17:00:00Z');
    expect(localize<Data, SourceEntry<Data>>(indexEntries([en1, tc1]), 'tc', 'about').stale).toBeUndefined();
  });

  it('compares Hong Kong days: an earlier Hong Kong day is stale even within one UTC day', () => {
    // Translation 2024-04-10 23:00 in Hong Kong; English 2024-04-11 01:00 in Hong Kong.
    const en1 = entry('en', 'about', { title: 'About' }, '2024-04-10T17:00:00Z');
    const tc1 = entry('tc', 'about', { title: '關於' }, '2024-04-10T15:00:00Z');
    expect(localize<Data, SourceEntry<Data>>(indexEntries([en1, tc1]), 'tc', 'about').stale).toEqual({
      englishUpdated: new Date('2024-04-10T17:00:00Z'),
      translationUpdated: new Date('2024-04-10T15:00:00Z'),
    });
  });

  it('is not stale when either date is unknown', () => {
    const undatedTc = entry('tc', 'about', { title: '關於' });
    const undatedEn = entry('en', 'about', { title: 'About' });
    const oldTc = entry('tc', 'about', { title: '關於' }, '2000-01-01T00:00:00Z');
    expect(localize<Data, SourceEntry<Data>>(indexEntries([en, undatedTc]), 'tc', 'about').stale).toBeUndefined();
    expect(localize<Data, SourceEntry<Data>>(indexEntries([undatedEn, oldTc]), 'tc', 'about').stale).toBeUndefined();
  });
});

describe('localizeAll', () => {
  it('localizes every English slug, in English order, and ignores slugs English lacks', () => {
    const entries = [
      entry('en', 'b', { title: 'B' }),
      entry('en', 'a', { title: 'A' }),
      entry('tc', 'a', { title: '甲' }),
      entry('tc', 'only-tc', { title: '只有' }),
    ];
    const result = localizeAll<Data, SourceEntry<Data>>(indexEntries(entries), 'tc');
    expect(result.map((r) => [r.slug, r.origin, r.lang, r.data.title])).toEqual([
      ['b', 'fallback', 'en', 'B'],
      ['a', 'own', 'zh-HK', '甲'],
    ]);
  });

  it('converts for Simplified item by item', () => {
    const entries = [entry('en', 'a', { title: 'A' }), entry('en', 'b', { title: 'B' }), entry('tc', 'b', { title: '發展' })];
    const result = localizeAll<Data, SourceEntry<Data>>(indexEntries(entries), 'sc');
    expect(result.map((r) => [r.slug, r.origin, r.data.title])).toEqual([
      ['a', 'fallback', 'A'],
      ['b', 'converted', '发展'],
    ]);
  });

  it('is empty when there is no English content', () => {
    expect(localizeAll(indexEntries([entry('tc', 'a', { title: '甲' })]), 'tc')).toEqual([]);
  });
});

describe('fallbackLang', () => {
  it('gives the lang of an English fallback', () => {
    expect(fallbackLang({ origin: 'fallback', lang: 'en' })).toBe('en');
  });

  it('gives nothing for own and converted text, which match the page language', () => {
    expect(fallbackLang({ origin: 'own', lang: 'zh-HK' })).toBeUndefined();
    expect(fallbackLang({ origin: 'converted', lang: 'zh-CN' })).toBeUndefined();
  });
});

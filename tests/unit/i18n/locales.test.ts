import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, LOCALE_CODES, getLocale, isChinese, isLocale, localeOfPath, type LocaleCode } from '../../../src/i18n/locales.ts';

describe('the locale registry', () => {
  it('lists English, Traditional and Simplified Chinese in that order', () => {
    expect(LOCALE_CODES).toEqual(['en', 'tc', 'sc']);
    expect(LOCALES.map((l) => l.code)).toEqual(['en', 'tc', 'sc']);
  });

  it('uses English as the default locale', () => {
    expect(DEFAULT_LOCALE).toBe('en');
  });

  it('gives each locale its BCP 47 tag, own-language label and OpenGraph locale', () => {
    expect(LOCALES.map((l) => [l.code, l.lang, l.label, l.ogLocale])).toEqual([
      ['en', 'en', 'English', 'en_GB'],
      ['tc', 'zh-HK', '繁體中文', 'zh_HK'],
      ['sc', 'zh-CN', '简体中文', 'zh_CN'],
    ]);
  });

  it('derives only Simplified Chinese, from Traditional', () => {
    expect(LOCALES.map((l) => ('derivedFrom' in l ? l.derivedFrom : undefined))).toEqual([undefined, undefined, 'tc']);
  });
});

describe('isLocale', () => {
  it('accepts every locale code', () => {
    for (const code of ['en', 'tc', 'sc']) expect(isLocale(code)).toBe(true);
  });

  it('rejects language tags, other case, empty strings and non-strings', () => {
    for (const value of ['zh-HK', 'EN', 'TC', '', 'fr', ' en', undefined, null, 1, {}, ['en']]) {
      expect(isLocale(value), String(value)).toBe(false);
    }
  });
});

describe('getLocale', () => {
  it('returns the registry entry for a code', () => {
    expect(getLocale('tc')).toBe(LOCALES[1]);
    expect(getLocale('sc').lang).toBe('zh-CN');
    expect(getLocale('en').label).toBe('English');
  });

  it('throws a message naming the unknown code and the known ones', () => {
    expect(() => getLocale('fr' as LocaleCode)).toThrow('Unknown locale "fr" (known: en, tc, sc)');
  });
});

describe('isChinese', () => {
  it('is true for both Chinese locales and false for English', () => {
    expect(isChinese('en')).toBe(false);
    expect(isChinese('tc')).toBe(true);
    expect(isChinese('sc')).toBe(true);
  });
});

describe('the registry order', () => {
  it('lists the default locale first, as the Astro config relies on', () => {
    expect(LOCALES[0].code).toBe(DEFAULT_LOCALE);
  });
});

describe('localeOfPath', () => {
  it('reads the locale from the first segment of a site path', () => {
    expect(localeOfPath('/tc/strategies/3-venture-financing/')).toBe('tc');
    expect(localeOfPath('/sc/')).toBe('sc');
    expect(localeOfPath('/en/updates/feed.xml')).toBe('en');
  });

  it('finds no locale in paths outside the locale folders', () => {
    expect(localeOfPath('/')).toBeUndefined();
    expect(localeOfPath('/404/')).toBeUndefined();
    expect(localeOfPath('/data/measures-tc.csv')).toBeUndefined();
    expect(localeOfPath('https://example.org/tc/')).toBeUndefined();
    expect(localeOfPath('#measure-3-2')).toBeUndefined();
  });

  it('does not take a segment that only starts like a locale', () => {
    expect(localeOfPath('/english/')).toBeUndefined();
    expect(localeOfPath('/TC/')).toBeUndefined();
  });
});

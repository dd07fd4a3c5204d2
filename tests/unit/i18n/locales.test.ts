import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCALE,
  LOCALES,
  LOCALE_CODES,
  getLocale,
  isChinese,
  isLocale,
  localeOfPath,
  type LocaleCode,
} from '../../../src/i18n/locales.ts';

describe('the locale registry', () => {
  it('lists each locale once, and LOCALE_CODES is its codes in the same order', () => {
    expect(LOCALE_CODES).toEqual(LOCALES.map((l) => l.code));
    expect(new Set(LOCALE_CODES).size).toBe(LOCALES.length);
  });

  it('gives each locale a code usable as a URL segment and a folder name, and distinct labels', () => {
    for (const l of LOCALES) expect(l.code, l.code).toMatch(/^[a-z]{2,3}$/);
    expect(new Set(LOCALES.map((l) => l.label)).size).toBe(LOCALES.length);
  });

  it('gives each locale a canonical BCP 47 tag that Intl knows, so dates and numbers are formatted in it', () => {
    for (const l of LOCALES) {
      expect(Intl.getCanonicalLocales(l.lang), l.code).toEqual([l.lang]);
      expect(new Intl.DateTimeFormat(l.lang).resolvedOptions().locale.split('-')[0], l.code).toBe(l.lang.split('-')[0]);
    }
  });

  it('gives each locale the OpenGraph form of its own language tag (language_REGION)', () => {
    for (const l of LOCALES) {
      expect(l.ogLocale, l.code).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
      expect(l.ogLocale.split('_')[0]).toBe(l.lang.split('-')[0]);
      if (l.lang.includes('-')) expect(l.ogLocale, l.code).toBe(l.lang.replace('-', '_'));
    }
  });

  it('derives a locale only from one written by hand, never from itself or another derived one', () => {
    for (const l of LOCALES) {
      if (!('derivedFrom' in l)) continue;
      const source = getLocale(l.derivedFrom);
      expect(source.code).not.toBe(l.code);
      expect('derivedFrom' in source && source.derivedFrom, l.code).toBeFalsy();
    }
  });

  it('has a default locale in which every piece of content exists, as the English fallback relies on', () => {
    // localize.ts lists the items of a collection from the default locale's folder: an item written only in
    // another locale would have no page at all.
    const root = path.resolve('content');
    for (const collection of fs.readdirSync(root)) {
      const slugs = (locale: string) => {
        const dir = path.join(root, collection, locale);
        return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')) : [];
      };
      const defaults = new Set(slugs(DEFAULT_LOCALE));
      expect(defaults.size, collection).toBeGreaterThan(0);
      for (const locale of LOCALE_CODES)
        for (const slug of slugs(locale)) expect(defaults.has(slug), `${collection}/${locale}/${slug}`).toBe(true);
    }
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

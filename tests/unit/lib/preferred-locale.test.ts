import { describe, expect, it } from 'vitest';
import { preferredLocale } from '../../../src/lib/preferred-locale.ts';

describe('preferredLocale', () => {
  it.each([['zh-HK'], ['zh-TW'], ['zh-MO'], ['zh-Hant'], ['zh-Hant-HK'], ['zh-Hant-TW'], ['zh-Hant-CN']])(
    'chooses Traditional for %s',
    (tag) => {
      expect(preferredLocale([tag])).toBe('tc');
    },
  );

  it.each([['zh'], ['zh-CN'], ['zh-SG'], ['zh-Hans'], ['zh-Hans-CN'], ['zh-Hans-HK']])('chooses Simplified for %s', (tag) => {
    expect(preferredLocale([tag])).toBe('sc');
  });

  it.each([['en'], ['en-GB'], ['en-US'], ['en-HK']])('chooses English for %s', (tag) => {
    expect(preferredLocale([tag])).toBe('en');
  });

  it('ignores case in language tags', () => {
    expect(preferredLocale(['ZH-hk'])).toBe('tc');
    expect(preferredLocale(['zh-hant-tw'])).toBe('tc');
    expect(preferredLocale(['ZH-CN'])).toBe('sc');
    expect(preferredLocale(['EN-gb'])).toBe('en');
  });

  it('falls back to English when no language is Chinese or English', () => {
    expect(preferredLocale(['fr'])).toBe('en');
    expect(preferredLocale(['fr-FR', 'de', 'ja'])).toBe('en');
  });

  it('falls back to English for an empty list', () => {
    expect(preferredLocale([])).toBe('en');
  });

  it('lets the first Chinese or English entry decide', () => {
    expect(preferredLocale(['en-GB', 'zh-HK'])).toBe('en');
    expect(preferredLocale(['zh-HK', 'en-GB'])).toBe('tc');
    expect(preferredLocale(['zh-CN', 'zh-HK'])).toBe('sc');
    expect(preferredLocale(['zh-TW', 'zh-CN'])).toBe('tc');
  });

  it('skips other languages before the deciding entry', () => {
    expect(preferredLocale(['fr', 'ja', 'zh-HK', 'en'])).toBe('tc');
    expect(preferredLocale(['de', 'en-US', 'zh-CN'])).toBe('en');
  });

  it('does not mistake languages that merely start with the same letters', () => {
    expect(preferredLocale(['zha', 'zh-HK'])).toBe('tc');
    expect(preferredLocale(['eng', 'zh-CN'])).toBe('sc');
    expect(preferredLocale(['zhx-hk'])).toBe('en');
  });

  it('does not treat a region like "hkx" as Hong Kong', () => {
    expect(preferredLocale(['zh-hkx'])).toBe('sc');
  });
});

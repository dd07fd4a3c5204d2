import type { LocaleCode } from '../i18n/locales.ts';

/**
 * The site locale for a browser's language list (`navigator.languages`), the
 * way Hong Kong readers expect: zh-HK, zh-TW, zh-MO and zh-Hant → Traditional;
 * any other Chinese → Simplified; anything else → English. The first Chinese or
 * English entry decides.
 */
export function preferredLocale(languages: readonly string[]): LocaleCode {
  for (const raw of languages) {
    const tag = raw.toLowerCase();
    if (/^zh(-|$)/.test(tag)) {
      return /^zh-(hant|hk|tw|mo)(-|$)/.test(tag) || /-hant(-|$)/.test(tag) ? 'tc' : 'sc';
    }
    if (/^en(-|$)/.test(tag)) return 'en';
  }
  return 'en';
}

/** Storage key of the language a reader picked on `/`. */
export const LOCALE_CHOICE_KEY = 'blueprint:locale';

import { DEFAULT_LOCALE, LOCALES, type Locale, type LocaleCode } from '../i18n/locales.ts';

/** Where Chinese is written in Traditional characters when a tag names no script. */
const TRADITIONAL_REGIONS = ['hk', 'tw', 'mo'];

/** The script a language tag's subtags ask for: an explicit `Hant`/`Hans` decides, else the region does. */
function scriptOf(subtags: readonly string[]): Locale['script'] {
  if (subtags.includes('hant')) return 'Hant';
  if (subtags.includes('hans')) return 'Hans';
  return subtags.some((s) => TRADITIONAL_REGIONS.includes(s)) ? 'Hant' : 'Hans';
}

/**
 * The site locale for a browser's language list (`navigator.languages`), the
 * way Hong Kong readers expect: zh-HK, zh-TW, zh-MO and zh-Hant → Traditional;
 * any other Chinese → Simplified; a language the site has one locale of →
 * that locale; anything else → the default. The first entry in a language the
 * site has decides.
 */
export function preferredLocale(languages: readonly string[]): LocaleCode {
  for (const raw of languages) {
    const [language, ...subtags] = raw.toLowerCase().split('-');
    const candidates = LOCALES.filter((l) => l.lang.toLowerCase().split('-')[0] === language);
    if (candidates.length === 0) continue;
    if (candidates.length === 1) return candidates[0]!.code;
    const script = scriptOf(subtags);
    return (candidates.find((l) => l.script === script) ?? candidates[0]!).code;
  }
  return DEFAULT_LOCALE;
}

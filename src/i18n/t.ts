import en from './ui/en.json' with { type: 'json' };
import tc from './ui/tc.json' with { type: 'json' };
import sc from './ui/sc.json' with { type: 'json' };
import type { LocaleCode } from './locales.ts';

/** Every UI string key; English is the reference set. */
export type UIKey = keyof typeof en;
type Strings = Partial<Record<string, string>>;

export const UI_STRINGS: Record<LocaleCode, Strings> = { en, tc, sc };

/**
 * The UI string for `key` in `locale`, with `{name}` placeholders filled from
 * `vars`. A key missing in a locale falls back to English, key by key, so a
 * missing translation never shows a raw key to a reader.
 */
export function t(locale: LocaleCode, key: UIKey, vars: Record<string, string | number> = {}): string {
  const template = UI_STRINGS[locale][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** A translator bound to one locale, for components. */
export function useTranslations(locale: LocaleCode) {
  return (key: UIKey, vars?: Record<string, string | number>) => t(locale, key, vars);
}

export interface UiProblem {
  file: string;
  key: string;
  problem: string;
}

/**
 * Checks every locale's strings against English: missing keys, keys English does
 * not have, empty strings and placeholders that differ from English.
 */
export function checkUiStrings(strings: Record<LocaleCode, Strings> = UI_STRINGS): UiProblem[] {
  const problems: UiProblem[] = [];
  const reference = strings.en;
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
  for (const [locale, table] of Object.entries(strings)) {
    const file = `src/i18n/ui/${locale}.json`;
    for (const key of Object.keys(reference)) {
      const value = table[key];
      if (value === undefined) problems.push({ file, key, problem: 'missing (English is shown instead)' });
      else if (value.trim() === '') problems.push({ file, key, problem: 'empty string' });
      else if (placeholders(value) !== placeholders(reference[key] ?? ''))
        problems.push({ file, key, problem: `placeholders {${placeholders(value)}} differ from English {${placeholders(reference[key] ?? '')}}` });
    }
    for (const key of Object.keys(table)) {
      if (!(key in reference)) problems.push({ file, key, problem: 'unknown key (not in en.json)' });
    }
  }
  return problems;
}

import en from './ui/en.json' with { type: 'json' };
import tc from './ui/tc.json' with { type: 'json' };
import sc from './ui/sc.json' with { type: 'json' };
import type { LocaleCode } from './locales.ts';
import { PLACEHOLDER } from './sentence.ts';

// Sentences that hold an element are cut in a module of their own, which client code can import without the strings.
export { sentenceParts, textAround, type SentencePart } from './sentence.ts';

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
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** `t` bound to one locale: what pages and components find on `Astro.locals.t`. */
export type Translator = (key: UIKey, vars?: Record<string, string | number>) => string;

/** A translator bound to one locale; the middleware makes one per page. */
export function useTranslations(locale: LocaleCode): Translator {
  return (key, vars) => t(locale, key, vars);
}

export interface UiProblem {
  file: string;
  key: string;
  problem: string;
}

/**
 * Checks every locale's strings against English: missing keys, keys English does
 * not have, empty strings, placeholders that differ from English, and a
 * placeholder written twice (a page puts one element where it stands, once).
 */
export function checkUiStrings(strings: Record<LocaleCode, Strings> = UI_STRINGS): UiProblem[] {
  const problems: UiProblem[] = [];
  const reference = strings.en;
  const names = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  const placeholders = (s: string) => names(s).sort().join(',');
  const repeated = (s: string) => names(s).filter((name, i, all) => all.indexOf(name) !== i);
  for (const [locale, table] of Object.entries(strings)) {
    const file = `src/i18n/ui/${locale}.json`;
    for (const key of Object.keys(reference)) {
      const value = table[key];
      if (value === undefined) problems.push({ file, key, problem: 'missing (English is shown instead)' });
      else if (value.trim() === '') problems.push({ file, key, problem: 'empty string' });
      else if (placeholders(value) !== placeholders(reference[key] ?? ''))
        problems.push({
          file,
          key,
          problem: `placeholders {${placeholders(value)}} differ from English {${placeholders(reference[key] ?? '')}}`,
        });
      else if (repeated(value).length > 0)
        problems.push({ file, key, problem: `placeholder {${repeated(value)[0]}} is written more than once` });
    }
    for (const key of Object.keys(table)) {
      if (!(key in reference)) problems.push({ file, key, problem: 'unknown key (not in en.json)' });
    }
  }
  return problems;
}

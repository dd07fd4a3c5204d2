/**
 * Character maps between Traditional and Simplified Chinese for the characters
 * this site uses, so that a query typed in either script finds pages in the
 * other. Built at build time from OpenCC's conversion of the site's own text:
 * a few kilobytes instead of OpenCC's dictionaries.
 */
import { getLocale, type LocaleCode } from '../../i18n/locales.ts';

export interface ScriptMap {
  /** Traditional → Simplified, one character each. */
  t2s: Record<string, string>;
  /** Simplified → the Traditional character the site uses most for it. */
  s2t: Record<string, string>;
}

const HAN_ALL = /\p{Script=Han}/gu;

/** The map for a text and its converted twin (`toSimplified`), character by character. */
export function buildScriptMap(traditionalText: string, toSimplified: (s: string) => string): ScriptMap {
  const t2s: Record<string, string> = {};
  const counts = new Map<string, Map<string, number>>();
  // A site has a few thousand distinct characters in millions of places: convert each once.
  const converted = new Map<string, string>();
  // The regular expression skips the markup and Latin text in native code, far faster than a loop over every character.
  for (const [ch] of traditionalText.matchAll(HAN_ALL)) {
    let simplified = converted.get(ch);
    if (simplified === undefined) converted.set(ch, (simplified = toSimplified(ch)));
    if (simplified === ch || [...simplified].length !== 1) continue;
    t2s[ch] = simplified;
    const byTraditional = counts.get(simplified) ?? new Map<string, number>();
    byTraditional.set(ch, (byTraditional.get(ch) ?? 0) + 1);
    counts.set(simplified, byTraditional);
  }
  const s2t: Record<string, string> = {};
  for (const [simplified, byTraditional] of counts) {
    s2t[simplified] = [...byTraditional.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  }
  return { t2s, s2t };
}

/** `text` in the script of the `target` locale's pages: Simplified or Traditional; Latin text is left alone. */
export function toScript(text: string, target: LocaleCode, map: ScriptMap): string {
  const script = getLocale(target).script;
  if (script === 'Latn') return text;
  const table = script === 'Hans' ? map.t2s : map.s2t;
  let out = '';
  for (const ch of text) out += table[ch] ?? ch;
  return out;
}

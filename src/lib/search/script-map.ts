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
  /** Simplified → the Traditional character the site uses most for it, when that is not the character itself. */
  s2t: Record<string, string>;
  /**
   * Characters Traditional text also uses as they are, though they are the Simplified form of
   * another (制, also the Simplified 製): a query with one is searched both ways.
   */
  both: string;
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
    if ([...simplified].length !== 1) continue;
    // A character Traditional text uses as it is counts too: 制 is written far more often than
    // 製, whose Simplified form it also is, so 制 typed on a Traditional page stays 制.
    if (simplified !== ch) t2s[ch] = simplified;
    const byTraditional = counts.get(simplified) ?? new Map<string, number>();
    byTraditional.set(ch, (byTraditional.get(ch) ?? 0) + 1);
    counts.set(simplified, byTraditional);
  }
  const s2t: Record<string, string> = {};
  let both = '';
  for (const [simplified, byTraditional] of counts) {
    const ranked = [...byTraditional.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([ch]) => ch);
    const traditional = ranked.find((ch) => ch !== simplified);
    if (!traditional) continue;
    s2t[simplified] = traditional;
    if (byTraditional.has(simplified)) both += simplified;
  }
  return { t2s, s2t, both };
}

/** More forms than this of one run of characters, and only the likeliest are searched. */
const MAX_FORMS = 8;

/**
 * Every form a run of Han characters may take in the `target` locale's pages, likeliest first:
 * one for most runs, more when a character is written both ways there (制 and 製).
 */
export function scriptForms(run: string, target: LocaleCode, map: ScriptMap): string[] {
  const script = getLocale(target).script;
  if (script === 'Latn') return [run];
  let forms = [''];
  for (const ch of run) {
    const choices =
      script === 'Hans' ? [map.t2s[ch] ?? ch] : map.s2t[ch] ? (map.both.includes(ch) ? [map.s2t[ch], ch] : [map.s2t[ch]]) : [ch];
    forms = forms.flatMap((form) => choices.map((c) => form + c)).slice(0, MAX_FORMS);
  }
  return forms;
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

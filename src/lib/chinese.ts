import { Converter } from 'opencc-js';

/**
 * Hong Kong Traditional → Mainland Simplified, the way GovHK produces its
 * Simplified pages. Built once: OpenCC's dictionaries take a moment to load.
 */
let hkToCn: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  hkToCn ??= Converter({ from: 'hk', to: 'cn' });
  return hkToCn(text);
}

/** The characters in `text` that OpenCC would still convert to Simplified. */
export function traditionalCharacters(text: string): string[] {
  const converted = toSimplified(text);
  const found = new Set<string>();
  const a = [...text];
  const b = [...converted];
  // Character-level conversion keeps the length for CJK text; compare position by position.
  if (a.length === b.length) {
    a.forEach((ch, i) => {
      if (ch !== b[i]) found.add(ch);
    });
  } else {
    for (const ch of new Set(a)) if (toSimplified(ch) !== ch) found.add(ch);
  }
  return [...found];
}

/** A deep copy of `value` with every string converted to Simplified. Dates and numbers pass through. */
export function simplifyDeep<T>(value: T): T {
  if (typeof value === 'string') return toSimplified(value) as T;
  if (Array.isArray(value)) return value.map((v) => simplifyDeep(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, simplifyDeep(v)])) as T;
  }
  return value;
}

/** UI sentences cut at their `{name}` placeholders; no strings here, so client code can use it too. */

export const PLACEHOLDER = /\{(\w+)\}/g;

/** A piece of a UI sentence: its own text, or the name of a placeholder the page fills with markup. */
export type SentencePart = { text: string } | { placeholder: string };

/**
 * A UI string cut at its placeholders, for sentences that hold an element (a
 * link, a `<time>`): the page renders the text parts as text and puts its
 * element where the placeholder stands, so translators keep the whole sentence
 * and its punctuation, and no label is glued to another with a colon.
 */
export function sentenceParts(text: string): SentencePart[] {
  const parts: SentencePart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ placeholder: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The text before and after `{name}` in a UI string that holds one element. */
export function textAround(text: string, name: string): [before: string, after: string] {
  const at = text.indexOf(`{${name}}`);
  if (at < 0) throw new Error(`"${text}" has no {${name}} placeholder`);
  return [text.slice(0, at), text.slice(at + name.length + 2)];
}

import { lineAt } from './front-matter.ts';

/** A Markdown link written in a file's body: `[text](address)`. */
export interface LinkSite {
  url: string;
  /** Offsets of the address in the file. */
  range: [number, number];
  line: number;
}

/** Every inline link of the body, with where its address sits in the file. */
export function linkSites(text: string): LinkSite[] {
  const bodyStart = text.indexOf('\n---', 3) + 4;
  const sites: LinkSite[] = [];
  for (const match of text.slice(bodyStart).matchAll(/\]\(([^)\s]+)\)/g)) {
    const from = bodyStart + match.index + 2;
    sites.push({ url: match[1]!, range: [from, from + match[1]!.length], line: lineAt(text, from) });
  }
  return sites;
}

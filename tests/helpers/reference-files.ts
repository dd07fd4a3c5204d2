/**
 * Strict readers of the two reference-manager formats the site writes, so tests
 * check what a reference manager would read, not the text the writer produced.
 */

export interface BibEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
}

/** BibTeX's escapes, undone: what a reference manager shows. */
function bibUnescape(value: string): string {
  return value
    .replace(/\\textbackslash\{\}/g, '\\')
    .replace(/\\textasciitilde\{\}/g, '~')
    .replace(/\\textasciicircum\{\}/g, '^')
    .replace(/\\([{}&%$#_])/g, '$1');
}

/** One or more `@type{key, name = {value}, …}` entries; throws on anything else, braces unbalanced included. */
export function parseBibtex(text: string): BibEntry[] {
  const entries: BibEntry[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const expect = (c: string) => {
    if (text[i] !== c) throw new Error(`expected "${c}" at ${i}, found "${text.slice(i, i + 20)}"`);
    i++;
  };
  const braced = (): string => {
    expect('{');
    let depth = 1;
    const start = i;
    while (i < text.length && depth > 0) {
      if (text[i] === '\\') i += 2;
      else {
        if (text[i] === '{') depth++;
        else if (text[i] === '}') depth--;
        i++;
      }
    }
    if (depth !== 0) throw new Error('unbalanced braces');
    return text.slice(start, i - 1);
  };
  skipSpace();
  while (i < text.length) {
    expect('@');
    const type = /^[a-z]+/i.exec(text.slice(i))?.[0];
    if (!type) throw new Error(`no entry type at ${i}`);
    i += type.length;
    expect('{');
    const key = /^[^,\s{}]+/.exec(text.slice(i))?.[0];
    if (!key) throw new Error(`no key at ${i}`);
    i += key.length;
    const fields: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (text[i] === '}') {
        i++;
        break;
      }
      expect(',');
      skipSpace();
      if (text[i] === '}') continue;
      const name = /^[a-z]+/i.exec(text.slice(i))?.[0];
      if (!name) throw new Error(`no field name at ${i}: "${text.slice(i, i + 20)}"`);
      i += name.length;
      skipSpace();
      expect('=');
      skipSpace();
      if (name.toLowerCase() in fields) throw new Error(`field ${name} twice`);
      fields[name.toLowerCase()] = bibUnescape(braced());
    }
    entries.push({ type: type.toLowerCase(), key, fields });
    skipSpace();
  }
  return entries;
}

/** RIS records: `TAG  - value` lines ended by CRLF, each record from `TY` to `ER`; throws on a malformed line. */
export function parseRis(text: string): Record<string, string[]>[] {
  if (!text.endsWith('\r\n')) throw new Error('the last line has no CRLF');
  const records: Record<string, string[]>[] = [];
  let current: Record<string, string[]> | undefined;
  for (const line of text.slice(0, -2).split('\r\n')) {
    const match = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
    if (!match) throw new Error(`not a RIS line: ${JSON.stringify(line)}`);
    const [, tag, value] = match as unknown as [string, string, string];
    if (tag === 'TY') {
      if (current) throw new Error('TY inside a record');
      current = {};
    } else if (!current) throw new Error(`${tag} outside a record`);
    if (tag === 'ER') {
      if (value !== '') throw new Error('ER with a value');
      records.push(current!);
      current = undefined;
      continue;
    }
    (current![tag] ??= []).push(value);
  }
  if (current) throw new Error('a record without ER');
  return records;
}

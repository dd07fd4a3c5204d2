import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

/** One key of a file's front matter, where it is in the file. */
export interface FieldSite {
  /** The field's path: `['focusAreas', 0, 'measures', 1, 'id']`. */
  path: (string | number)[];
  /** The path with list positions as `*`: `focusAreas.*.measures.*.id`, as schemas name fields. */
  pattern: string;
  /** 1-based line of the key. */
  line: number;
  /** Offsets in the file of the key's name and of its value. */
  key: [number, number];
  value: [number, number];
  /** The value as parsed. */
  data: unknown;
}

function frontMatter(text: string): { doc: Document; start: number } {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) throw new Error('no front matter');
  const rest = text.slice(open[0].length);
  const close = /^---[ \t]*$/m.exec(rest);
  if (!close) throw new Error('front matter not closed');
  return { doc: parseDocument(rest.slice(0, close.index)), start: open[0].length };
}

export const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
export const patternOf = (path: readonly (string | number)[]) => path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');

/** Every key of the front matter, at any depth, in file order. */
export function fieldSites(text: string): FieldSite[] {
  const { doc, start } = frontMatter(text);
  const sites: FieldSite[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node;
        const value = pair.value as Node | null;
        if (!isScalar(key) || !key.range) continue;
        const name = String(key.value);
        const childPath = [...path, name];
        const valueRange: [number, number] = value?.range
          ? [start + value.range[0], start + value.range[1]]
          : [start + key.range[1], start + key.range[1]];
        sites.push({
          path: childPath,
          pattern: patternOf(childPath),
          line: lineAt(text, start + key.range[0]),
          key: [start + key.range[0], start + key.range[1]],
          value: valueRange,
          data: value && 'toJSON' in value ? (value as { toJSON(): unknown }).toJSON() : undefined,
        });
        walk(value, childPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    }
  };
  walk(doc.contents, []);
  return sites;
}

/** Every list item of the front matter whose value is a scalar: `strategies.0`, `measures.1`. */
export function scalarItems(text: string): { path: (string | number)[]; line: number; value: [number, number]; data: unknown }[] {
  const { doc, start } = frontMatter(text);
  const items: { path: (string | number)[]; line: number; value: [number, number]; data: unknown }[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, String((pair.key as { value: unknown }).value)]);
    else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (isScalar(item) && item.range) {
          items.push({
            path: [...path, i],
            line: lineAt(text, start + item.range[0]),
            value: [start + item.range[0], start + item.range[1]],
            data: item.value,
          });
        } else walk(item, [...path, i]);
      });
    }
  };
  walk(doc.contents, []);
  return items;
}

/** The text with `range` replaced: edits only those characters, as an editor's keystrokes would. */
export function splice(text: string, [from, to]: [number, number], replacement: string): string {
  return text.slice(0, from) + replacement + text.slice(to);
}

/** The text without the field at `path` (the whole key and its value), written back as YAML. */
export function withoutField(text: string, path: readonly (string | number)[]): string {
  const { doc, start } = frontMatter(text);
  doc.deleteIn(path);
  const close = text.indexOf('\n---', start - 1);
  const body = text.slice(close + 1);
  return `${text.slice(0, start)}${doc.toString({ lineWidth: 0 })}${body}`;
}

/** A misspelling that is not another field's name: two letters swapped, or one doubled. */
export function misspell(name: string, taken: ReadonlySet<string>): string {
  for (let i = 0; i + 1 < name.length; i++) {
    const swapped = name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
    if (swapped !== name && !taken.has(swapped)) return swapped;
  }
  return `${name}${name.at(-1)}`;
}

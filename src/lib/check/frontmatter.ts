import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import { DATE_FIELDS } from '../../schemas/common.ts';

export interface ParsedFile {
  /** Parsed front matter (undefined when the YAML is broken). */
  data: unknown;
  /** The MDX body after the closing `---`. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /**
   * Plain values that look like dates outside date fields: Astro's parser reads
   * them as dates, so where the schema wants text the check must say so.
   */
  dateLike: DateLike[];
  /** Valid YAML that content does not use (tags, anchors, aliases), with their lines: the data is not read. */
  unsupported: { line: number; message: string }[];
  /** YAML syntax errors with their 1-based lines. */
  yamlErrors: { line: number; message: string }[];
  /** The 1-based file line of the value at `path` in the front matter, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

export interface DateLike {
  line: number;
  source: string;
  message: string;
}

const FENCE = /^---[ \t]*\r?\n/;

/**
 * Parsed files by their text. The check runs over the whole tree whenever one
 * file changes (a restarted dev server, tests that vary one file at a time), and
 * parsing YAML is most of its cost: an unchanged file is not parsed again.
 */
const parsedByText = new Map<string, ParsedFile>();
const CACHE_LIMIT = 4096;

/** Splits an MDX file into YAML front matter and body, keeping line numbers for messages. */
export function parseFrontmatter(source: string): ParsedFile {
  const cached = parsedByText.get(source);
  if (cached) return cached;
  if (parsedByText.size >= CACHE_LIMIT) parsedByText.clear();
  const parsed = parse(source);
  parsedByText.set(source, parsed);
  return parsed;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** What js-yaml, the parser of Astro's loader, would read a plain value written like this as: a date. */
const DATE_LIKE = /^\d{4}-\d{1,2}-\d{1,2}(?:$|[Tt ])/;

/**
 * YAML this check could read but the site's build reads otherwise, or not at
 * all: tags (`!!binary`, `!foo`), anchors and aliases (`&a`, `*a`), and a plain
 * date-like value where text is meant (js-yaml makes it a date, the schema then
 * refuses it with a stack trace). Content needs none of them.
 */
function readsDifferently(
  doc: Document,
  toFileLine: (offset: number) => number,
): { found: { offset: number; message: string }[]; dateLike: DateLike[] } {
  const found: { offset: number; message: string }[] = [];
  const dateLike: DateLike[] = [];
  visit(doc, {
    Node(_key, node, path) {
      const at = node.range?.[0] ?? 0;
      if (node.tag)
        found.push({
          offset: at,
          message: `YAML tags ("${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')}") are not used in content; write the value as plain text`,
        });
      if (node.anchor)
        found.push({ offset: at, message: `YAML anchors ("&${node.anchor}") are not used in content; write each value out in full` });
      if (!isScalar(node) || node.type !== 'PLAIN' || typeof node.source !== 'string' || !DATE_LIKE.test(node.source)) return;
      const pair = path.at(-1);
      const field = isPair(pair) && pair.value === node && isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (field && DATE_FIELDS.has(field)) return;
      dateLike.push({
        line: toFileLine(at),
        source: node.source,
        message: `${node.source} without quotes is read as a date; if it is text, put it in quotes: "${node.source}"`,
      });
    },
    Alias(_key, node) {
      found.push({
        offset: node.range?.[0] ?? 0,
        message: `YAML aliases ("*${node.source}") are not used in content; write each value out in full`,
      });
    },
  });
  return { found, dateLike };
}

function parse(source: string): ParsedFile {
  if (!FENCE.test(source)) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      yamlErrors: [{ line: 1, message: 'the file must start with front matter between two "---" lines' }],
      lineOf: () => 1,
      dateLike: [],
      unsupported: [],
    };
  }
  const afterOpen = source.replace(FENCE, '');
  const close = /^---[ \t]*$/m.exec(afterOpen);
  if (!close) {
    return {
      data: undefined,
      body: '',
      bodyLine: 1,
      yamlErrors: [{ line: 1, message: 'the front matter is not closed by a "---" line' }],
      lineOf: () => 1,
      dateLike: [],
      unsupported: [],
    };
  }
  const yamlText = afterOpen.slice(0, close.index);
  const yamlLines = yamlText.split('\n').length - 1;
  const body = afterOpen.slice(close.index + close[0].length).replace(/^\r?\n/, '');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // The YAML starts on file line 2 (after the opening fence).
  const toFileLine = (offset: number) => counter.linePos(offset).line + 1;
  const yamlErrors = [...doc.errors, ...doc.warnings].map((e) => ({
    line: toFileLine(e.pos[0]),
    message: e.message.split('\n')[0] ?? e.message,
  }));
  const { found, dateLike } = readsDifferently(doc, toFileLine);
  const unsupported = found.map((d) => ({ line: toFileLine(d.offset), message: d.message }));
  let data: unknown;
  if (!yamlErrors.length && !unsupported.length) {
    try {
      // Frozen: the parsed file is shared by every check of the same text.
      data = deepFreeze(doc.toJS({ maxAliasCount: 0 }));
    } catch (error) {
      yamlErrors.push({ line: 2, message: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
    }
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth > 0; depth--) {
      const parent = doc.getIn(path.slice(0, depth - 1) as unknown[], true) as Node | undefined;
      const last = path[depth - 1];
      // A field: the line of its name, where the editor looks (a list's first item may be lines below).
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
        const key = pair?.key as Node | undefined;
        if (key?.range) return toFileLine(key.range[0]);
      }
      if (isSeq(parent) && typeof last === 'number') {
        const item = parent.items[last] as Node | undefined;
        if (item?.range) return toFileLine(item.range[0]);
      }
      // A missing key: point at the map that should hold it.
      if (depth - 1 > 0 && isMap(parent) && parent.range) return toFileLine(parent.range[0]);
    }
    return 2;
  };
  return {
    data: yamlErrors.length || unsupported.length ? undefined : data,
    dateLike,
    unsupported,
    body,
    bodyLine: yamlLines + 3,
    yamlErrors,
    lineOf,
  };
}

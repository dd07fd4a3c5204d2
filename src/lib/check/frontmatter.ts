import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';

export interface ParsedFile {
  /** Parsed front matter (undefined when the YAML is broken). */
  data: unknown;
  /** The MDX body after the closing `---`. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** YAML syntax errors with their 1-based lines. */
  yamlErrors: { line: number; message: string }[];
  /** The 1-based file line of the value at `path` in the front matter, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
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
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function parse(source: string): ParsedFile {
  if (!FENCE.test(source)) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      yamlErrors: [{ line: 1, message: 'the file must start with front matter between two "---" lines' }],
      lineOf: () => 1,
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
    };
  }
  const yamlText = afterOpen.slice(0, close.index);
  const yamlLines = yamlText.split('\n').length - 1;
  const body = afterOpen.slice(close.index + close[0].length).replace(/^\r?\n/, '');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // The YAML starts on file line 2 (after the opening fence).
  const toFileLine = (offset: number) => counter.linePos(offset).line + 1;
  const yamlErrors = doc.errors.map((e) => ({
    line: toFileLine(e.pos[0]),
    message: e.message.split('\n')[0] ?? e.message,
  }));
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
    // Frozen: the parsed file is shared by every check of the same text.
    data: yamlErrors.length ? undefined : deepFreeze(doc.toJS()),
    body,
    bodyLine: yamlLines + 3,
    yamlErrors,
    lineOf,
  };
}

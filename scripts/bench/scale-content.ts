import { parseDocument } from 'yaml';

/** A content file: its path under the content root (`strategies/en/3-venture-financing.mdx`) and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** Added to the titles of generated items, per locale folder, so they can be told apart on the site. */
const COPY_LABEL: Record<string, (n: number) => string> = {
  en: (n) => ` (generated ${n})`,
  // 生成 is written the same in Traditional and Simplified Chinese.
  tc: (n) => `（生成 ${n}）`,
  sc: (n) => `（生成 ${n}）`,
};

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*$/m;

interface Parsed {
  collection: string;
  locale: string;
  slug: string;
  number: number;
  file: ContentFile;
}

function parsePath(file: ContentFile): Omit<Parsed, 'number'> | undefined {
  const [collection, locale, name, ...rest] = file.path.split('/');
  if (!collection || !locale || !name || rest.length || !name.endsWith('.mdx')) return undefined;
  return { collection, locale, slug: name.slice(0, -'.mdx'.length), file };
}

function numberOf(text: string, path: string): number {
  const yaml = FRONT_MATTER.exec(text)?.[1];
  const value: unknown = yaml === undefined ? undefined : parseDocument(yaml).get('number');
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new Error(`${path}: number: expected a positive whole number to scale the content`);
  }
  return value;
}

/**
 * Rewrites the front matter of a copied direction or strategy: its number, the
 * direction it belongs to, its measure IDs (`<n>.<k>`), and a label on its titles.
 * The body is kept, with links to its own measure anchors renumbered.
 */
function rewrite(text: string, path: string, changes: { number: number; direction?: number; label: string; from: number }): string {
  const match = FRONT_MATTER.exec(text);
  if (!match || match[1] === undefined) throw new Error(`${path}: no front matter`);
  const doc = parseDocument(match[1]);
  doc.set('number', changes.number);
  if (changes.direction !== undefined) doc.set('direction', changes.direction);
  for (const key of ['title', 'shortTitle']) {
    const value = doc.get(key);
    if (typeof value === 'string') doc.set(key, `${value}${changes.label}`);
  }
  const areas = doc.get('focusAreas');
  if (areas !== undefined) {
    let k = 0;
    const list = (doc.toJS() as { focusAreas: { measures: unknown[] }[] }).focusAreas;
    list.forEach((area, a) => {
      area.measures.forEach((_, m) => {
        k += 1;
        doc.setIn(['focusAreas', a, 'measures', m, 'id'], `${changes.number}.${k}`);
      });
    });
  }
  const yaml = doc.toString({ lineWidth: 0 });
  const before = text.slice(0, match.index);
  const body = text.slice(match.index + match[0].length).replaceAll(`#measure-${changes.from}-`, `#measure-${changes.number}-`);
  return `${before}---\n${yaml}---${body}`;
}

/**
 * The content tree scaled `factor` times: the real directions and strategies are
 * kept, and `factor - 1` rounds of copies are added. In round r, a copy of
 * strategy s becomes strategy `r × S + s` (S = the highest real strategy number),
 * file `<n>-generated-<s>`, in direction `r × D + d` (its real direction d, shifted
 * the same way), with measure IDs `<n>.<k>`; each real direction gets a copy
 * `<r × D + d>-generated-<d>`, so every direction keeps as many strategies as its
 * original. Pages, updates and indicators are copied unchanged (their references
 * to real strategies and measures stay valid). Every locale folder is scaled alike.
 */
export function scaleContent(files: readonly ContentFile[], factor: number): ContentFile[] {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number ≥ 1, got ${factor}`);
  const numbered: Parsed[] = [];
  for (const file of files) {
    const parsed = parsePath(file);
    if (parsed && (parsed.collection === 'strategies' || parsed.collection === 'directions')) {
      numbered.push({ ...parsed, number: numberOf(file.text, file.path) });
    }
  }
  const highest = (collection: string) => Math.max(0, ...numbered.filter((p) => p.collection === collection).map((p) => p.number));
  const directionStep = highest('directions');
  const strategyStep = highest('strategies');

  const out: ContentFile[] = files.map((f) => ({ ...f }));
  for (let round = 1; round < factor; round++) {
    for (const item of numbered) {
      const strategy = item.collection === 'strategies';
      const number = round * (strategy ? strategyStep : directionStep) + item.number;
      let direction: number | undefined;
      if (strategy) {
        const yaml = FRONT_MATTER.exec(item.file.text)?.[1] ?? '';
        const real: unknown = parseDocument(yaml).get('direction');
        if (typeof real !== 'number') throw new Error(`${item.file.path}: direction: expected a number`);
        direction = round * directionStep + real;
      }
      const label = (COPY_LABEL[item.locale] ?? COPY_LABEL.en!)(number);
      out.push({
        path: `${item.collection}/${item.locale}/${number}-generated-${item.number}.mdx`,
        text: rewrite(item.file.text, item.file.path, { number, direction, label, from: item.number }),
      });
    }
  }
  return out;
}

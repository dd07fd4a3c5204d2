/**
 * Social share images (OpenGraph, 1200×630 PNG), drawn at build time.
 *
 * The pipeline: Noto Sans HK / SC and Source Sans 3 variable fonts from
 * Fontsource (WOFF2, split into unicode-range slices) → harfbuzz (through subset-font) pins the weight
 * axis and cuts each slice down to the characters of one image → satori lays
 * the card out and turns the text into SVG paths → sharp (librsvg) rasterises.
 *
 * Why this stack: the variable Fontsource packages are ~6 MB each where the
 * static ones are ~80 MB; satori renders variable fonts only at their default
 * (regular) instance, so the bold title needs a pinned static instance, which
 * harfbuzz makes in a few milliseconds; and because satori embeds glyphs as
 * paths, the rasteriser needs no fonts of its own, so sharp (already in the
 * tree for Astro's image service) is enough. Nothing is fetched at run time.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { getLocale, isChinese, type Locale, type LocaleCode } from '../i18n/locales.ts';

/** Width of every share image, in pixels: the OpenGraph 1.91:1 size. */
export const SHARE_IMAGE_WIDTH = 1200;
/** Height of every share image, in pixels. */
export const SHARE_IMAGE_HEIGHT = 630;

/** What one share image says. Every string is shown as given, on one card. */
export interface ShareImageInput {
  /** Chooses the fonts: Source Sans 3 for `en`, Hong Kong glyph forms for `tc`, Mainland forms for `sc`. */
  locale: LocaleCode;
  /** A short label above the title, e.g. "Strategy 3" or 「策略 3」. */
  eyebrow: string;
  /** The page title; wrapped to at most four lines. */
  title: string;
  /** The site's name, shown at the foot of the card. */
  siteName: string;
}

const require = createRequire(import.meta.url);

/**
 * subset-font is CommonJS without type declarations; a typed `require` keeps
 * strict type checking without adding a declaration file elsewhere in the repo.
 */
type SubsetFont = (
  font: Uint8Array,
  text: string | null,
  options: { targetFormat: 'sfnt'; keepAllGlyphs?: boolean; variationAxes?: Record<string, number> },
) => Promise<Buffer>;
const subsetFont = require('subset-font') as SubsetFont;

type FamilyId = 'latin' | 'hk' | 'sc';
type Weight = 400 | 700;

const FAMILIES: Record<FamilyId, { pkg: string; fileStem: string }> = {
  latin: { pkg: '@fontsource-variable/source-sans-3', fileStem: 'source-sans-3' },
  hk: { pkg: '@fontsource-variable/noto-sans-hk', fileStem: 'noto-sans-hk' },
  sc: { pkg: '@fontsource-variable/noto-sans-sc', fileStem: 'noto-sans-sc' },
};

/**
 * The locale's own family first, so a character both fonts have (every shared
 * Han character, and the full-width punctuation, whose position differs between
 * Hong Kong and Mainland conventions) takes the locale's form; the other family
 * only fills gaps, e.g. a simplified character quoted on a Traditional page.
 * English gets Source Sans 3 because the CJK fonts draw quotes, apostrophes
 * and the ellipsis full-width, as Chinese text wants and English does not;
 * the CJK fonts' Latin letters are derived from Source Sans, so the cards of
 * all three locales still look like one family.
 */
const FAMILY_ORDER: Record<Locale['script'], readonly FamilyId[]> = {
  Latn: ['latin', 'hk', 'sc'],
  Hant: ['hk', 'sc'],
  Hans: ['sc', 'hk'],
};

/** One unicode-range slice of a Fontsource family: one WOFF2 file. */
interface Slice {
  family: FamilyId;
  key: string;
  file: string;
  ranges: Array<[number, number]>;
}

/** A slice pinned to one weight, with harfbuzz's view of it for measuring. */
interface Instance {
  /** The whole slice as a static TrueType font: the input of per-image subsetting. */
  sfnt: Buffer;
  /** Advance width in em, or undefined when the font has no glyph: the no-tofu check. */
  advance(codePoint: number): number | undefined;
}

// Caches hold promises, so images rendered concurrently share one load.
const sliceCache = new Map<FamilyId, Promise<Slice[]>>();
const instanceCache = new Map<string, Promise<Instance>>();
let harfbuzz: Promise<typeof import('harfbuzzjs')> | undefined;

function slicesOf(family: FamilyId): Promise<Slice[]> {
  let slices = sliceCache.get(family);
  if (!slices) {
    slices = (async () => {
      const { pkg, fileStem } = FAMILIES[family];
      // unicode.json is Fontsource's own index of which file holds which code points.
      const index = JSON.parse(await readFile(require.resolve(`${pkg}/unicode.json`), 'utf8')) as Record<string, string>;
      return Object.entries(index).map(([key, spec]) => {
        const name = key.replace(/^\[(\d+)\]$/, '$1');
        return {
          family,
          key: name,
          file: require.resolve(`${pkg}/files/${fileStem}-${name}-wght-normal.woff2`),
          ranges: spec.split(',').map((part): [number, number] => {
            const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
            return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
          }),
        };
      });
    })();
    sliceCache.set(family, slices);
  }
  return slices;
}

function instanceOf(slice: Slice, weight: Weight): Promise<Instance> {
  const id = `${slice.family}/${slice.key}/${weight}`;
  let instance = instanceCache.get(id);
  if (!instance) {
    instance = (async () => {
      // Pinning `wght` gives a static font; satori would otherwise draw the
      // variable font's default instance (regular) whatever weight is asked for.
      const sfnt = await subsetFont(await readFile(slice.file), null, {
        targetFormat: 'sfnt',
        keepAllGlyphs: true,
        variationAxes: { wght: weight },
      });
      // harfbuzzjs instantiates its WASM on import: load it only when needed.
      const hb = await (harfbuzz ??= import('harfbuzzjs'));
      const face = new hb.Face(new hb.Blob(sfnt));
      const font = new hb.Font(face);
      const upem = face.upem;
      return {
        sfnt,
        advance(codePoint) {
          const glyph = font.nominalGlyph(codePoint);
          return glyph ? font.glyphHAdvance(glyph) / upem : undefined;
        },
      };
    })();
    instanceCache.set(id, instance);
  }
  return instance;
}

/** Where each character of an image comes from, and how wide it is in the title weight. */
interface FontPlan {
  /** Characters per slice, in the order the slices were first needed. */
  chars: Map<Slice, string>;
  /** Bold advance widths in em, for fitting the title. */
  boldAdvance: Map<string, number>;
  /** Characters no bundled font draws (an emoji in a title): left out of the card rather than drawn as empty boxes. */
  missing: Set<string>;
}

async function planFonts(text: string, locale: ShareImageInput['locale']): Promise<FontPlan> {
  const chars = new Map<Slice, string>();
  const boldAdvance = new Map<string, number>();
  const missing = new Set<string>();
  for (const char of new Set(text)) {
    const codePoint = char.codePointAt(0)!;
    let found = false;
    for (const family of FAMILY_ORDER[getLocale(locale).script]) {
      const slice = (await slicesOf(family)).find((s) => s.ranges.some(([a, b]) => codePoint >= a && codePoint <= b));
      if (!slice) continue;
      // The unicode-range says where a character would be; the cmap says
      // whether the glyph really exists, which is what rules out tofu.
      const advance = (await instanceOf(slice, 700)).advance(codePoint);
      if (advance === undefined) continue;
      chars.set(slice, (chars.get(slice) ?? '') + char);
      boldAdvance.set(char, advance);
      found = true;
      break;
    }
    if (!found) missing.add(char);
  }
  return { chars, boldAdvance, missing };
}

// Layout, in pixels. The title column is the card minus its side margins.
const MARGIN_X = 80;
const TITLE_WIDTH = SHARE_IMAGE_WIDTH - 2 * MARGIN_X;
const MAX_TITLE_LINES = 4;
/** Largest first: a short title gets a bold headline, a long one still fits four lines. */
const TITLE_SIZES = [68, 62, 56, 50, 46] as const;
const COLORS = { background: '#0b5563', footer: '#083f49', accent: '#7cc8d1', eyebrow: '#bfe3e7', text: '#ffffff' };

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
/** Characters a line may not start with (kinsoku): they stay with what precedes them. */
const NO_LINE_START = /[、。，．：；！？）」』】〕〉》％…,.;:!?)\]}%’”]/u;
/** Characters a line may not end with: they stay with what follows them. */
const NO_LINE_END = /[（「『【〔〈《(\[{‘“]/u;

/**
 * Splits text into unbreakable units the way a browser (and satori) would
 * roughly break it: every Han character on its own, Latin by words, with
 * kinsoku punctuation glued to its neighbour. It only has to be close enough
 * to pick a font size; satori does the real line breaking.
 */
function breakUnits(text: string): string[] {
  const units: string[] = [];
  let current = '';
  let glueNext = false;
  for (const char of text) {
    const startsUnit =
      current !== '' && !glueNext && !NO_LINE_START.test(char) && (CJK.test(char) || CJK.test(current.at(-1)!) || current.endsWith(' '));
    if (startsUnit) {
      units.push(current);
      current = '';
    }
    current += char;
    glueNext = NO_LINE_END.test(char);
  }
  if (current) units.push(current);
  return units;
}

/** How many lines `text` takes at `size` px in the bold weight, wrapping greedily. */
function countLines(text: string, size: number, advance: Map<string, number>, tracking: number): number {
  const width = (s: string) => [...s].reduce((sum, c) => sum + ((advance.get(c) ?? 1) + tracking) * size, 0);
  let lines = 1;
  let line = 0;
  for (const unit of breakUnits(text)) {
    // A trailing space can hang past the edge, as in CSS.
    const ink = width(unit.trimEnd());
    if (line > 0 && line + ink > TITLE_WIDTH) {
      lines += 1;
      line = 0;
    }
    line += width(unit);
  }
  return lines;
}

/**
 * The largest title size whose estimate fits in four lines; failing that, the
 * smallest size and the title cut at a break before the fourth line ends.
 */
function fitTitle(title: string, advance: Map<string, number>, tracking: number): { size: number; text: string } {
  // A small margin absorbs kerning and the estimate's simpler break rules.
  const fits = (text: string, size: number) => countLines(text, size * 1.03, advance, tracking) <= MAX_TITLE_LINES;
  const fitting = TITLE_SIZES.find((size) => fits(title, size));
  if (fitting) return { size: fitting, text: title };
  const size = TITLE_SIZES.at(-1)!;
  const units = breakUnits(title);
  // Cutting at a break (rather than leaving it all to satori's line clamp)
  // never leaves a dangling comma before the ellipsis.
  const cut = (n: number) => `${units.slice(0, n).join('').replace(/[\s,;:，、；：]+$/u, '')}…`;
  let n = units.length - 1;
  while (n > 1 && !fits(cut(n), size)) n -= 1;
  return { size, text: cut(n) };
}

/** Whitespace collapsed, invisible format characters (soft hyphens, zero-width spaces) dropped. */
function clean(text: string): string {
  return text.replace(/\p{Cf}/gu, '').replace(/\s+/g, ' ').trim();
}

type Node = { type: string; props: { style?: Record<string, unknown>; lang?: string; children?: Node | Node[] | string } };
const el = (type: string, style: Record<string, unknown>, children?: Node | Node[] | string): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

/**
 * Draws one share image: a dark teal card with the eyebrow, the title in bold
 * (at most four lines, smaller type for longer titles, an ellipsis only if the
 * smallest size still overflows) and the site name in a darker footer band.
 * Resolves to PNG bytes, 1200×630. Throws if a character has no glyph in the
 * bundled fonts, rather than drawing a blank box.
 */
export async function renderShareImage(input: ShareImageInput): Promise<Uint8Array> {
  // The ellipsis is planned even when unused: the title may be cut, and
  // satori's one-line clamps on the eyebrow and site name draw "…" too.
  const plan = await planFonts(`${clean(input.eyebrow)}${clean(input.title)}${clean(input.siteName)}…`, input.locale);
  const drawable = (text: string) => clean([...text].filter((c) => !plan.missing.has(c)).join(''));
  const eyebrow = drawable(input.eyebrow);
  const title = drawable(input.title);
  const siteName = drawable(input.siteName);

  // Each slice is its own family name: satori looks a character up through the
  // fontFamily list, but keeps only one font per name and weight.
  const fonts: Array<{ name: string; data: Buffer; weight: Weight; style: 'normal' }> = [];
  for (const [slice, chars] of plan.chars) {
    const name = `share-${slice.family}-${slice.key}`;
    for (const weight of [400, 700] as const) {
      // Cut down to this image's characters: satori parses every font it is given.
      const data = await subsetFont((await instanceOf(slice, weight)).sfnt, chars, { targetFormat: 'sfnt' });
      fonts.push({ name, data, weight, style: 'normal' });
    }
  }
  const fontFamily = [...plan.chars.keys()].map((s) => `"share-${s.family}-${s.key}"`).join(', ');

  const cjk = isChinese(input.locale);
  // Letter spacing in em; a little air suits Chinese bold headlines, not English ones.
  const titleTracking = cjk ? 0.02 : 0;
  const fitted = fitTitle(title, plan.boldAdvance, titleTracking);
  const oneLine = { display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: TITLE_WIDTH };

  const card: Node = {
    type: 'div',
    props: {
      lang: getLocale(input.locale).lang,
      style: {
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        backgroundColor: COLORS.background,
        color: COLORS.text,
        fontFamily,
      },
      children: [
        el('div', { height: 10, backgroundColor: COLORS.accent }),
        el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `56px ${MARGIN_X}px 0` }, [
          // A default card (no eyebrow) keeps the rule, so every card shares one rhythm.
          ...(eyebrow ? [el('div', { ...oneLine, fontSize: 30, fontWeight: 400, color: COLORS.eyebrow, letterSpacing: cjk ? '0.08em' : '0.02em' }, eyebrow)] : []),
          el('div', { width: 56, height: 4, marginTop: eyebrow ? 18 : 8, marginBottom: 26, backgroundColor: COLORS.accent }),
          el(
            'div',
            {
              display: 'block',
              width: TITLE_WIDTH,
              fontSize: fitted.size,
              fontWeight: 700,
              lineHeight: cjk ? 1.3 : 1.2,
              letterSpacing: `${titleTracking}em`,
              // Only a safety net: fitTitle has already made the title fit.
              lineClamp: MAX_TITLE_LINES,
            },
            fitted.text,
          ),
        ]),
        el('div', { display: 'flex', alignItems: 'center', height: 96, padding: `0 ${MARGIN_X}px`, backgroundColor: COLORS.footer }, [
          el('div', { ...oneLine, fontSize: 28, fontWeight: 400, letterSpacing: cjk ? '0.06em' : 0 }, siteName),
        ]),
      ],
    },
  };

  // satori's types expect React elements; a plain { type, props } tree is what those are at run time.
  const svg = await satori(card as unknown as Parameters<typeof satori>[0], {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts,
  });
  // The card is a few flat colours and their anti-aliasing: a palette PNG is
  // under half the size of a truecolour one and looks the same. The lowest
  // quantisation effort keeps encoding about as fast as truecolour.
  return sharp(Buffer.from(svg)).png({ palette: true, effort: 1 }).toBuffer();
}

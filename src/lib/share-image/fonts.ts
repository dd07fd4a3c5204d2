/**
 * The share images' fonts. Each locale's typeface (from the locale registry)
 * comes as a Fontsource variable font, WOFF2 split into unicode-range slices;
 * harfbuzz (through subset-font) pins the weight axis and cuts each slice down
 * to the characters of one image.
 *
 * Why variable fonts pinned by harfbuzz: the variable Fontsource packages are
 * ~6 MB each where the static ones are ~80 MB, and satori renders variable
 * fonts only at their default (regular) instance, so the bold title needs a
 * pinned static instance, which harfbuzz makes in a few milliseconds.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { LOCALES, getLocale, isChinese, type Locale, type LocaleCode } from '../../i18n/locales.ts';

type Typeface = Locale['typeface'];
export type Weight = 400 | 700;

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

/** Fontsource's name for a typeface: the package `@fontsource-variable/<name>`, the files `<name>-<slice>-wght-normal.woff2`. */
export function fontsourceName(typeface: Typeface): string {
  return typeface.toLowerCase().replaceAll(' ', '-');
}

/**
 * The locale's own typeface first, so a character both fonts have (every shared
 * Han character, and the full-width punctuation, whose position differs between
 * Hong Kong and Mainland conventions) takes the locale's form; the Chinese
 * typefaces then only fill gaps, e.g. a simplified character quoted on a
 * Traditional page. The CJK fonts' Latin letters are derived from Source Sans,
 * so the cards of all locales still look like one family.
 */
function typefacesFor(locale: LocaleCode): Typeface[] {
  const chinese = LOCALES.filter((l) => isChinese(l.code)).map((l) => l.typeface);
  return [...new Set([getLocale(locale).typeface, ...chinese])];
}

/** One unicode-range slice of a Fontsource family: one WOFF2 file. */
interface Slice {
  typeface: Typeface;
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
const sliceCache = new Map<Typeface, Promise<Slice[]>>();
const instanceCache = new Map<string, Promise<Instance>>();
let harfbuzz: Promise<typeof import('harfbuzzjs')> | undefined;

function slicesOf(typeface: Typeface): Promise<Slice[]> {
  let slices = sliceCache.get(typeface);
  if (!slices) {
    slices = (async () => {
      const name = fontsourceName(typeface);
      const pkg = `@fontsource-variable/${name}`;
      // unicode.json is Fontsource's own index of which file holds which code points.
      const index = JSON.parse(await readFile(require.resolve(`${pkg}/unicode.json`), 'utf8')) as Record<string, string>;
      return Object.entries(index).map(([entry, spec]) => {
        const key = entry.replace(/^\[(\d+)\]$/, '$1');
        return {
          typeface,
          key,
          file: require.resolve(`${pkg}/files/${name}-${key}-wght-normal.woff2`),
          ranges: spec.split(',').map((part): [number, number] => {
            const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
            return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
          }),
        };
      });
    })();
    sliceCache.set(typeface, slices);
  }
  return slices;
}

// Which slice holds a code point, by typeface: a search of a hundred slices' ranges, done once per character.
const sliceOfCodePoint = new Map<Typeface, Map<number, Slice | undefined>>();

async function sliceFor(typeface: Typeface, codePoint: number): Promise<Slice | undefined> {
  let known = sliceOfCodePoint.get(typeface);
  if (!known) sliceOfCodePoint.set(typeface, (known = new Map()));
  if (!known.has(codePoint)) {
    known.set(
      codePoint,
      (await slicesOf(typeface)).find((s) => s.ranges.some(([a, b]) => codePoint >= a && codePoint <= b)),
    );
  }
  return known.get(codePoint);
}

function instanceOf(slice: Slice, weight: Weight): Promise<Instance> {
  const id = `${slice.typeface}/${slice.key}/${weight}`;
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
export interface FontPlan {
  /** Characters per slice, in the order the slices were first needed. */
  chars: Map<Slice, string>;
  /** Bold advance widths in em, for fitting the title. */
  boldAdvance: Map<string, number>;
  /** Regular advance widths in em, for fitting the one-line texts. */
  regularAdvance: Map<string, number>;
  /** Characters no bundled font draws (an emoji in a title): left out of the card rather than drawn as empty boxes. */
  missing: Set<string>;
}

/** Finds, for every character of `text`, the first of the locale's typefaces that really has a glyph for it. */
export async function planFonts(text: string, locale: LocaleCode): Promise<FontPlan> {
  const chars = new Map<Slice, string>();
  const boldAdvance = new Map<string, number>();
  const regularAdvance = new Map<string, number>();
  const missing = new Set<string>();
  for (const char of new Set(text)) {
    const codePoint = char.codePointAt(0)!;
    let found = false;
    for (const typeface of typefacesFor(locale)) {
      const slice = await sliceFor(typeface, codePoint);
      if (!slice) continue;
      // The unicode-range says where a character would be; the cmap says
      // whether the glyph really exists, which is what rules out tofu.
      const advance = (await instanceOf(slice, 700)).advance(codePoint);
      if (advance === undefined) continue;
      chars.set(slice, (chars.get(slice) ?? '') + char);
      boldAdvance.set(char, advance);
      regularAdvance.set(char, (await instanceOf(slice, 400)).advance(codePoint) ?? advance);
      found = true;
      break;
    }
    if (!found) missing.add(char);
  }
  return { chars, boldAdvance, regularAdvance, missing };
}

/** A font as satori takes it. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
}

/**
 * The fonts of one image, each cut down to the image's characters (satori
 * parses every font it is given), and the CSS font-family list naming them.
 * Each slice is its own family name: satori looks a character up through the
 * fontFamily list, but keeps only one font per name and weight.
 */
export async function cardFonts(plan: FontPlan): Promise<{ fonts: CardFont[]; fontFamily: string }> {
  const nameOf = (slice: Slice) => `share-${fontsourceName(slice.typeface)}-${slice.key}`;
  const fonts: CardFont[] = [];
  for (const [slice, chars] of plan.chars) {
    for (const weight of [400, 700] as const) {
      const data = await subsetFont((await instanceOf(slice, weight)).sfnt, chars, { targetFormat: 'sfnt' });
      fonts.push({ name: nameOf(slice), data, weight, style: 'normal' });
    }
  }
  return { fonts, fontFamily: [...plan.chars.keys()].map((s) => `"${nameOf(s)}"`).join(', ') };
}

// Per locale and character set: the same font objects every time, which is what lets satori reuse its parsed fonts.
const sharedFonts = new Map<string, Promise<{ fonts: CardFont[]; fontFamily: string }>>();

/** The fonts of every image drawing only characters of `characters` in `locale`: made once, then shared. */
export function sharedCardFonts(characters: string, locale: LocaleCode): Promise<{ fonts: CardFont[]; fontFamily: string }> {
  const key = `${locale}\0${[...new Set(characters)].sort().join('')}`;
  let fonts = sharedFonts.get(key);
  if (!fonts) {
    fonts = planFonts(characters, locale).then(cardFonts);
    sharedFonts.set(key, fonts);
  }
  return fonts;
}

/**
 * Social share images (OpenGraph, 1200×630 PNG), drawn at build time.
 *
 * The pipeline: the locale's fonts, pinned to a weight and cut down to the
 * image's characters (share-image/fonts.ts) → the card's layout
 * (share-image/card.ts) → satori lays it out and turns the text into SVG
 * paths → sharp (librsvg) rasterises.
 *
 * Why this stack: because satori embeds glyphs as paths, the rasteriser needs
 * no fonts of its own, so sharp (already in the tree for Astro's image
 * service) is enough. Nothing is fetched at run time.
 */
import satori from 'satori';
import sharp from 'sharp';
import type { LocaleCode } from '../i18n/locales.ts';
import { cardOf, SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './share-image/card.ts';
import { cardFonts, planFonts, sharedCardFonts } from './share-image/fonts.ts';

export { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './share-image/card.ts';

// Every image is drawn once: libvips's cache of recent operations (up to 50 MB) would only hold memory.
sharp.cache(false);

/** What one share image says. Every string is shown as given, on one card. */
export interface ShareImageInput {
  /** Chooses the fonts (the locale's typeface in the registry) and the card's `lang`. */
  locale: LocaleCode;
  /** A short label above the title, e.g. "Strategy 3" or 「策略 3」. */
  eyebrow: string;
  /** The page title; wrapped to at most four lines. */
  title: string;
  /** The site's name, shown at the foot of the card. */
  siteName: string;
  /** What the site is (an independent guide, not the Government's), under its name: a shared card travels without the page. */
  notice: string;
}

/** Whitespace collapsed, invisible format characters (soft hyphens, zero-width spaces) dropped. */
function clean(text: string): string {
  return text
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Draws one share image and resolves to its PNG bytes, 1200×630. A character
 * no bundled font has (an emoji) is left out rather than drawn as a blank box.
 *
 * `sharedCharacters`, every character of the images drawn in the same build
 * and locale, lets all of them share one set of fonts, which satori then parses
 * once instead of once per image (a third of an image's cost). The image is the
 * same either way: a font cut down to more characters draws the same glyphs.
 */
export async function renderShareImage(input: ShareImageInput, options: { sharedCharacters?: string } = {}): Promise<Uint8Array> {
  // The ellipsis is planned even when unused: a cut title or one-line text ends with it.
  const plan = await planFonts(`${clean(input.eyebrow)}${clean(input.title)}${clean(input.siteName)}${clean(input.notice)}…`, input.locale);
  const drawable = (text: string) => clean([...text].filter((c) => !plan.missing.has(c)).join(''));
  const { fonts, fontFamily } = options.sharedCharacters
    ? await sharedCardFonts(`${options.sharedCharacters}…`, input.locale)
    : await cardFonts(plan);
  const card = cardOf({
    locale: input.locale,
    eyebrow: drawable(input.eyebrow),
    title: drawable(input.title),
    siteName: drawable(input.siteName),
    notice: drawable(input.notice),
    fontFamily,
    boldAdvance: plan.boldAdvance,
    regularAdvance: plan.regularAdvance,
  });

  // satori's types expect React elements; a plain { type, props } tree is what those are at run time.
  const svg = await satori(card as unknown as Parameters<typeof satori>[0], {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts,
  });
  // Truecolour without alpha (the card is opaque): a palette PNG would be half
  // the size (~26 KB against ~55 KB), but quantising took 35 ms of the 60 ms an
  // image cost, and only crawlers fetch these images, once.
  return sharp(Buffer.from(svg)).removeAlpha().png({ compressionLevel: 6 }).toBuffer();
}

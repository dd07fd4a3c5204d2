import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { fontsourceName } from '../../src/lib/share-image/fonts.ts';
import { renderShareImage, SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ShareImageInput } from '../../src/lib/share-image.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const SAMPLES: Record<ShareImageInput['locale'], ShareImageInput> = {
  en: {
    locale: 'en',
    eyebrow: 'Strategy 2',
    title: 'To promote technology industry development and achieve "new industrialisation" in Hong Kong',
    siteName: 'Hong Kong I&T Blueprint guide',
    notice: 'An independent guide to the Blueprint, not an official government website.',
  },
  tc: {
    locale: 'tc',
    eyebrow: '策略 2',
    title: '推動科技產業發展，實現香港「新型工業化」',
    siteName: '香港創科發展藍圖導覽',
    notice: '本網站是藍圖的獨立導覽，並非政府官方網站。',
  },
  sc: {
    locale: 'sc',
    eyebrow: '策略 2',
    title: '推动科技产业发展，实现香港“新型工业化”',
    siteName: '香港创科发展蓝图导览',
    notice: '本网站是蓝图的独立导览，并非政府官方网站。',
  },
};

/** Width and height from the IHDR chunk, which a valid PNG has right after its signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The PNG decoded back to pixels by sharp, the library that encoded it, so the
 * checks below look at what a viewer would show rather than at PNG bytes.
 */
async function pixels(png: Uint8Array): Promise<{ data: Buffer; width: number; channels: number }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, channels: info.channels };
}

/** The title's area: between the eyebrow rule and the footer band, inside the side margins. */
const TITLE_BOX = { left: 80, right: 1120, top: 150, bottom: 520 };

/** Light pixels in the title area: the white title on dark teal. */
async function ink(png: Uint8Array, box = TITLE_BOX): Promise<{ count: number; meanX: number; meanY: number }> {
  const { data, width, channels } = await pixels(png);
  let count = 0;
  let sumX = 0;
  let sumY = 0;
  for (let y = box.top; y < box.bottom; y++) {
    for (let x = box.left; x < box.right; x++) {
      const i = (y * width + x) * channels;
      if (data[i]! > 200 && data[i + 1]! > 200 && data[i + 2]! > 200) {
        count++;
        sumX += x;
        sumY += y;
      }
    }
  }
  return { count, meanX: count ? sumX / count : 0, meanY: count ? sumY / count : 0 };
}

/** Pixels that differ between two images of the same size. */
async function differingPixels(a: Uint8Array, b: Uint8Array): Promise<number> {
  const [pa, pb] = await Promise.all([pixels(a), pixels(b)]);
  let n = 0;
  for (let i = 0; i < pa.data.length; i += pa.channels) {
    if (pa.data[i] !== pb.data[i] || pa.data[i + 1] !== pb.data[i + 1] || pa.data[i + 2] !== pb.data[i + 2]) n++;
  }
  return n;
}

describe('renderShareImage', { timeout: 30_000 }, () => {
  it.each(['en', 'tc', 'sc'] as const)('draws a 1200×630 PNG for %s', async (locale) => {
    const png = await renderShareImage(SAMPLES[locale]);
    // Kept for looking at by eye: the test cannot judge the design.
    writeFileSync(join(tmpdir(), `share-${locale}.png`), png);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect({ width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT }).toEqual({ width: 1200, height: 630 });
    expect((await ink(png)).count).toBeGreaterThan(5_000);
  });

  it('draws different images for different titles', async () => {
    const a = await renderShareImage(SAMPLES.en);
    const b = await renderShareImage({ ...SAMPLES.en, title: 'To enrich I&T talent resources and develop an international talent hub' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(await differingPixels(a, b)).toBeGreaterThan(5_000);
  });

  it.each(['en', 'tc', 'sc'] as const)(
    '[%s] draws the independent-guide line under the site name, so a shared card says it too',
    async (locale) => {
      const sample = SAMPLES[locale];
      const withNotice = await renderShareImage(sample);
      const without = await renderShareImage({ ...sample, notice: '' });
      expect(await differingPixels(withNotice, without)).toBeGreaterThan(2_000);
    },
  );

  it.each(['tc', 'sc'] as const)('draws the Chinese characters of a %s title, not blanks', async (locale) => {
    const sample = SAMPLES[locale];
    const withText = await renderShareImage(sample);
    const blanked = await renderShareImage({ ...sample, title: sample.title.replace(/\p{Script=Han}/gu, ' ') });
    const written = await ink(withText);
    const blank = await ink(blanked);
    // The blanked title keeps only its punctuation: the characters are most of the ink.
    expect(written.count).toBeGreaterThan(blank.count + 20_000);
    expect(await differingPixels(withText, blanked)).toBeGreaterThan(20_000);
  });

  it('draws each character with its own glyph, so none is a missing-glyph box', async () => {
    // Missing glyphs would all be the same .notdef box: the same ink, pixel for pixel.
    const images = await Promise.all(['創', '新', '科', '技'].map((title) => renderShareImage({ ...SAMPLES.tc, title })));
    const inks = await Promise.all(images.map((png) => ink(png)));
    for (const { count } of inks) expect(count).toBeGreaterThan(500);
    for (let i = 1; i < images.length; i++) expect(await differingPixels(images[0]!, images[i]!)).toBeGreaterThan(300);
  });

  it('uses Hong Kong glyph forms for tc and Mainland forms for sc', async () => {
    // The full-width comma sits in the middle of its square in Hong Kong
    // typography and in the lower left in Mainland typography.
    const box = { left: 80, right: 200, top: 150, bottom: 260 };
    const hk = await ink(await renderShareImage({ ...SAMPLES.tc, title: '，' }), box);
    const cn = await ink(await renderShareImage({ ...SAMPLES.sc, title: '，' }), box);
    expect(hk.count).toBeGreaterThan(50);
    expect(cn.count).toBeGreaterThan(50);
    expect(hk.meanX - cn.meanX).toBeGreaterThan(10);
  });

  it('shrinks a long title and cuts it with an ellipsis only when it cannot fit', async () => {
    const long = `${SAMPLES.en.title}, ${SAMPLES.en.title}, ${SAMPLES.en.title}`;
    const png = await renderShareImage({ ...SAMPLES.en, title: long });
    // Nothing runs into the footer band: the area just above it stays empty.
    expect((await ink(png, { left: 80, right: 1120, top: 500, bottom: 534 })).count).toBe(0);
    expect((await ink(png)).count).toBeGreaterThan(20_000);
  });

  it('leaves out a character that no bundled font has (an emoji in a title), rather than drawing a box or failing the build', async () => {
    const plain = await renderShareImage({ ...SAMPLES.en, title: 'Private use' });
    for (const odd of ['Private \u{E000} use', '\u{1F680} Private use', 'Private use \u{1F680}']) {
      expect(Buffer.from(await renderShareImage({ ...SAMPLES.en, title: odd })).equals(Buffer.from(plain)), odd).toBe(true);
    }
  });

  it.each(Object.values(SAMPLES))(
    'draws the same $locale image with fonts shared across the build as with fonts cut to the one image',
    async (sample) => {
      // Every sample's characters and more: the set a build's images of all kinds would share.
      const shared = Object.values(SAMPLES)
        .map((s) => `${s.eyebrow}${s.title}${s.siteName}${s.notice}`)
        .join('');
      const alone = Buffer.from(await renderShareImage(sample));
      expect(Buffer.from(await renderShareImage(sample, { sharedCharacters: `${shared}Direction 12 發展方向` })).equals(alone)).toBe(true);
    },
  );

  it.each(LOCALES.map((l) => [l.code, l.typeface]))("finds %s's typeface, %s, among the bundled Fontsource packages", (_, typeface) => {
    expect(() => createRequire(import.meta.url).resolve(`@fontsource-variable/${fontsourceName(typeface)}/unicode.json`)).not.toThrow();
  });
});

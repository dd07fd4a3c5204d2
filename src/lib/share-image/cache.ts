/**
 * Share images are the slowest part of a cold build (about 45 ms each, three
 * per direction and strategy), and an edit changes one or two of them. This
 * keeps each PNG in the build cache under a hash of everything that draws it:
 * its texts and locale, the renderer's own source, and the versions of the
 * libraries and fonts it uses. Unchanged inputs give the same file; a changed
 * one gives a new key, so an entry never needs invalidating.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
// Vite inlines these as text, so the key changes whenever the drawing code does.
import rendererSource from '../share-image.ts?raw';
import cardSource from './card.ts?raw';
import fontsSource from './fonts.ts?raw';
import titleFitSource from './title-fit.ts?raw';
import localesSource from '../../i18n/locales.ts?raw';
import { LOCALES } from '../../i18n/locales.ts';
import { BUILD_CACHES, cacheFolder } from '../build-cache.ts';
import { renderShareImage, type ShareImageInput } from '../share-image.ts';
import { fontsourceName } from './fonts.ts';

/** The source files the key covers; a test checks that no file of the renderer is missing. */
export const RENDERER_SOURCES: Readonly<Record<string, string>> = {
  'src/lib/share-image.ts': rendererSource,
  'src/lib/share-image/card.ts': cardSource,
  'src/lib/share-image/fonts.ts': fontsSource,
  'src/lib/share-image/title-fit.ts': titleFitSource,
  'src/i18n/locales.ts': localesSource,
};

const require = createRequire(import.meta.url);

/** The installed version of a package, read from the package.json above a file it exports. */
function versionOf(name: string, file: string): string {
  let dir = path.dirname(require.resolve(`${name}${file}`));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? '?';
    }
    const parent = path.dirname(dir);
    if (parent === dir) return '?';
    dir = parent;
  }
}

let renderer: string | undefined;

/** A hash of the renderer: its source and the versions of what it draws with. */
export function rendererKey(): string {
  renderer ??= createHash('sha256')
    .update(
      JSON.stringify({
        sources: RENDERER_SOURCES,
        packages: [
          ['satori', ''],
          ['sharp', ''],
          ['subset-font', ''],
          ['harfbuzzjs', ''],
          ...[...new Set(LOCALES.map((l) => l.typeface))].map((t) => [`@fontsource-variable/${fontsourceName(t)}`, '/unicode.json']),
        ].map(([name, file]) => `${name}@${versionOf(name!, file!)}`),
      }),
    )
    .digest('hex');
  return renderer;
}

/** The cache key of one image. */
export function shareImageKey(input: ShareImageInput): string {
  const { locale, eyebrow, title, siteName, notice } = input;
  return createHash('sha256')
    .update(JSON.stringify([rendererKey(), locale, eyebrow, title, siteName, notice]))
    .digest('hex')
    .slice(0, 32);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** A whole PNG: its signature at the start and its IEND chunk at the end (a file cut short by a crash has neither). */
function isCompletePng(bytes: Buffer): boolean {
  return bytes.length > 64 && bytes.subarray(0, 8).equals(PNG_SIGNATURE) && bytes.subarray(-8).equals(PNG_END);
}

/**
 * The image's PNG from the cache, or drawn and then cached. Writes go to a
 * temporary name first and are renamed into place, so a cancelled build never
 * leaves half a PNG under a real key; a damaged entry is drawn again.
 */
export async function cachedShareImage(
  input: ShareImageInput,
  { dir = cacheFolder(BUILD_CACHES.shareImages), sharedCharacters }: { dir?: string; sharedCharacters?: string } = {},
): Promise<Uint8Array> {
  const file = path.join(dir, `${shareImageKey(input)}.png`);
  try {
    const cached = fs.readFileSync(file);
    if (isCompletePng(cached)) {
      // A fresh time marks the entry as still in use (see pruneCache).
      const now = new Date();
      fs.utimesSync(file, now, now);
      return cached;
    }
  } catch {
    // Not cached yet.
  }
  // Not part of the key: the shared fonts draw the same image (see renderShareImage).
  const png = await renderShareImage(input, { sharedCharacters });
  try {
    fs.mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, png);
    fs.renameSync(temporary, file);
  } catch {
    // A cache that cannot be written (a read-only folder) only costs the next build time.
  }
  return png;
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedShareImage, RENDERER_SOURCES, rendererKey, shareImageKey } from '../../../../src/lib/share-image/cache.ts';
import { renderShareImage, type ShareImageInput } from '../../../../src/lib/share-image.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-share-cache-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const INPUT: ShareImageInput = {
  locale: 'tc',
  eyebrow: '策略 3',
  title: '完善創科創投融資生態',
  siteName: '香港創科發展藍圖導覽',
  notice: '本網站為獨立導覽，並非政府官方網站。',
};
const FIELDS = Object.keys(INPUT) as (keyof ShareImageInput)[];

/** A small valid PNG that no card looks like, to tell a cached file from a drawn one. */
const marker = () =>
  sharp({ create: { width: 4, height: 4, channels: 3, background: '#ff00ff' } })
    .png()
    .toBuffer();

describe('the share-image cache key', () => {
  it('is the same for the same input', () => {
    expect(shareImageKey({ ...INPUT })).toBe(shareImageKey(INPUT));
  });

  it.each(FIELDS)('changes when the %s changes', (field) => {
    const changed = { ...INPUT, [field]: field === 'locale' ? 'sc' : `${INPUT[field]}!` } as ShareImageInput;
    expect(shareImageKey(changed)).not.toBe(shareImageKey(INPUT));
  });

  it('covers the source of every module of the renderer, so a change to how cards are drawn draws them again', () => {
    const modules = [
      'src/lib/share-image.ts',
      ...fs.readdirSync('src/lib/share-image').map((name) => `src/lib/share-image/${name}`),
    ].filter((file) => file.endsWith('.ts') && !file.endsWith('/cache.ts'));
    for (const file of modules) {
      expect(Object.keys(RENDERER_SOURCES), file).toContain(file);
      expect(RENDERER_SOURCES[file], file).toBe(fs.readFileSync(file, 'utf8'));
    }
    expect(rendererKey()).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('cachedShareImage', () => {
  it('draws an image once, writes it under its key, and gives the same bytes as drawing it', async () => {
    const folder = path.join(dir, 'fresh');
    const png = await cachedShareImage(INPUT, { dir: folder });
    expect(fs.readdirSync(folder)).toEqual([`${shareImageKey(INPUT)}.png`]);
    expect(Buffer.from(png).equals(Buffer.from(await renderShareImage(INPUT)))).toBe(true);
  });

  it('gives the cached file without drawing when one is there', async () => {
    const folder = path.join(dir, 'reused');
    fs.mkdirSync(folder);
    const cached = await marker();
    fs.writeFileSync(path.join(folder, `${shareImageKey(INPUT)}.png`), cached);
    expect(Buffer.from(await cachedShareImage(INPUT, { dir: folder })).equals(cached)).toBe(true);
  });

  it.each([
    ['cut short', (png: Buffer) => png.subarray(0, png.length - 20)],
    ['empty', () => Buffer.alloc(0)],
    ['not a PNG', () => Buffer.from('not a png at all, but long enough to look like a file of some size')],
  ])('draws again over an entry that is %s, as a crash or a full disk would leave it', async (name, damage) => {
    const folder = path.join(dir, `damaged-${name.replaceAll(' ', '-')}`);
    fs.mkdirSync(folder);
    const file = path.join(folder, `${shareImageKey(INPUT)}.png`);
    fs.writeFileSync(file, damage(await marker()));
    const png = Buffer.from(await cachedShareImage(INPUT, { dir: folder }));
    expect(png.equals(Buffer.from(await renderShareImage(INPUT)))).toBe(true);
    expect(fs.readFileSync(file).equals(png)).toBe(true);
  });

  it('still draws the image when the cache folder cannot be written', async () => {
    const blocked = path.join(dir, 'a-file-not-a-folder');
    fs.writeFileSync(blocked, '');
    const png = await cachedShareImage(INPUT, { dir: path.join(blocked, 'share-images') });
    expect(Buffer.from(png).subarray(1, 4).toString()).toBe('PNG');
  });

  it('leaves no temporary file behind', async () => {
    const folder = path.join(dir, 'tidy');
    await cachedShareImage({ ...INPUT, title: '另一個標題' }, { dir: folder });
    expect(fs.readdirSync(folder).filter((name) => !name.endsWith('.png'))).toEqual([]);
  });
});

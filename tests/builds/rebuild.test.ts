// The build's caches (share images, keyed by content) on real builds: a rebuild of unchanged
// content publishes the same site byte for byte, an edit changes exactly what depends on it,
// and what did not change is taken from the cache rather than drawn again.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { BUILD_CACHES, cacheFolder } from '../../src/lib/build-cache.ts';
import { build, workFolder } from '../helpers/generate/build.ts';

const { dir: work, cleanUp } = workFolder('rebuild');
afterAll(cleanUp);
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
const cache = path.join(work, 'cache');
const shareCache = cacheFolder(BUILD_CACHES.shareImages, { BLUEPRINT_CACHE_DIR: cache });

/** Every file of a built site with its bytes, by path. */
function files(dir: string): Map<string, Buffer> {
  return new Map(
    fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .map((f) => [f.split(path.sep).join('/'), fs.readFileSync(path.join(dir, f))]),
  );
}
const changedBetween = (a: Map<string, Buffer>, b: Map<string, Buffer>) =>
  [...new Set([...a.keys(), ...b.keys()])].filter((f) => !a.get(f)?.equals(b.get(f) ?? Buffer.alloc(0))).sort();
const shareImages = (site: Map<string, Buffer>) => [...site.keys()].filter((f) => f.startsWith('share/'));

let cold: Map<string, Buffer>;

beforeAll(() => {
  fs.cpSync(path.resolve('tests/fixtures/valid'), content, { recursive: true, preserveTimestamps: true });
  const first = build(content, dist, cache);
  expect(first.status, first.output).toBe(0);
  cold = files(dist);
}, 180_000);

describe('rebuilding with the build cache', () => {
  it('caches one share image per image the site publishes', () => {
    const published = shareImages(cold);
    expect(published.length).toBeGreaterThan(3);
    expect(fs.readdirSync(shareCache).filter((f) => f.endsWith('.png'))).toHaveLength(published.length);
  });

  it('publishes a byte-identical site when nothing changed, taking every share image from the cache rather than drawing it', () => {
    // One cached entry replaced by a marker (another valid card): a build that reads the cache publishes the marker.
    const entry = fs
      .readdirSync(shareCache)
      .find((f) => cold.get('share/en/default.png')!.equals(fs.readFileSync(path.join(shareCache, f))));
    expect(entry).toBeDefined();
    const marker = cold.get('share/tc/default.png')!;
    fs.writeFileSync(path.join(shareCache, entry!), marker);
    const again = build(content, dist, cache);
    // Put back, so the tests after this one start from the true image.
    fs.writeFileSync(path.join(shareCache, entry!), cold.get('share/en/default.png')!);
    expect(again.status, again.output).toBe(0);
    const after = files(dist);
    expect(changedBetween(cold, after)).toEqual(['share/en/default.png']);
    expect(after.get('share/en/default.png')!.equals(marker)).toBe(true);
  }, 180_000);

  it("changes a strategy's share images, converted text and pages when its Traditional title changes, and no other share image", () => {
    const file = path.join(content, 'strategies/tc/1-alpha.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: 甲策略', 'title: 甲策略經修訂'));
    const edited = build(content, dist, cache);
    expect(edited.status, edited.output).toBe(0);
    const after = files(dist);
    const changed = changedBetween(cold, after);

    expect(changed).toEqual(expect.arrayContaining(['share/tc/strategy-1-alpha.png', 'share/sc/strategy-1-alpha.png']));
    expect(shareImages(after).filter((f) => changed.includes(f))).toEqual([
      'share/sc/strategy-1-alpha.png',
      'share/tc/strategy-1-alpha.png',
    ]);
    // The Simplified page shows the new title converted, not the old conversion.
    const sc = parse(after.get('sc/strategies/1-alpha/index.html')!.toString('utf8'));
    expect(sc.querySelector('h1')?.text).toBe('甲策略经修订');
    expect(parse(after.get('tc/strategies/1-alpha/index.html')!.toString('utf8')).querySelector('h1')?.text).toBe('甲策略經修訂');
    // The English pages and every English image are as they were, but for the bilingual view, which shows the Traditional titles.
    expect(changed.filter((f) => f.startsWith('en/') || f.startsWith('share/en/'))).toEqual(['en/measures/bilingual/index.html']);
  }, 180_000);

  it('still builds the whole site when the cache is deleted', () => {
    fs.rmSync(cache, { recursive: true, force: true });
    const rebuilt = build(content, dist, cache);
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(shareImages(files(dist))).toEqual(shareImages(cold));
  }, 180_000);
});

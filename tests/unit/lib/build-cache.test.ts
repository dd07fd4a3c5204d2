import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFolder, cacheRoot, pruneCache, UNUSED_ENTRY_DAYS } from '../../../src/lib/build-cache.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-build-cache-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const DAY = 86_400_000;

describe('the build cache folder', () => {
  it("is Astro's cache folder in node_modules, or BLUEPRINT_CACHE_DIR when set", () => {
    expect(cacheRoot({}, '/project')).toBe(path.resolve('/project/node_modules/.astro'));
    expect(cacheRoot({ BLUEPRINT_CACHE_DIR: '.bench/cache-10x' }, '/project')).toBe(path.resolve('/project/.bench/cache-10x'));
    expect(cacheRoot({ BLUEPRINT_CACHE_DIR: '  ' }, '/project')).toBe(path.resolve('/project/node_modules/.astro'));
  });

  it("keeps the site's caches in a folder of their own inside it", () => {
    expect(cacheFolder('share-images', {}, '/project')).toBe(path.resolve('/project/node_modules/.astro/blueprint/share-images'));
    expect(cacheFolder('share-images', { BLUEPRINT_CACHE_DIR: 'c' }, '/project')).toBe(path.resolve('/project/c/blueprint/share-images'));
  });

  it('keeps them in BLUEPRINT_SITE_CACHE_DIR when that is set, so builds with Astro caches of their own can share them', () => {
    const env = { BLUEPRINT_CACHE_DIR: 'astro-1', BLUEPRINT_SITE_CACHE_DIR: '/tmp/shared' };
    expect(cacheFolder('share-images', env, '/project')).toBe(path.resolve('/tmp/shared/share-images'));
  });
});

describe('pruneCache', () => {
  it(`removes the entries no build has used for ${UNUSED_ENTRY_DAYS} days and keeps the others`, () => {
    const folder = path.join(dir, 'entries');
    fs.mkdirSync(folder);
    const now = Date.now();
    const ages = { fresh: 0, recent: UNUSED_ENTRY_DAYS - 1, old: UNUSED_ENTRY_DAYS + 1, ancient: 400 };
    for (const [name, days] of Object.entries(ages)) {
      const file = path.join(folder, `${name}.png`);
      fs.writeFileSync(file, name);
      const time = new Date(now - days * DAY);
      fs.utimesSync(file, time, time);
    }
    expect(pruneCache(folder, UNUSED_ENTRY_DAYS, now)).toBe(2);
    expect(fs.readdirSync(folder).sort()).toEqual(['fresh.png', 'recent.png']);
  });

  it('does nothing when the folder does not exist yet', () => {
    expect(pruneCache(path.join(dir, 'missing'))).toBe(0);
  });
});

import fs from 'node:fs';
import path from 'node:path';

/**
 * Astro's cache folder, which the site's own build caches share: `$BLUEPRINT_CACHE_DIR`
 * when set (tests and benchmarks keep a cache per content), else `node_modules/.astro`.
 * Everything in it is derived from inputs it is keyed by, so deleting it only costs time.
 */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const configured = env.BLUEPRINT_CACHE_DIR?.trim();
  return path.resolve(cwd, configured ? configured : 'node_modules/.astro');
}

/** The site's own build caches, by what they hold: each is a folder of files keyed by content. */
export const BUILD_CACHES = { shareImages: 'share-images' } as const;
export type BuildCacheName = (typeof BUILD_CACHES)[keyof typeof BUILD_CACHES];

/**
 * The folder of one of the site's caches, e.g. `share-images`: in `blueprint/` inside Astro's
 * cache folder, or in `$BLUEPRINT_SITE_CACHE_DIR`. Builds that each need an Astro cache of their
 * own (tests building several sites at once) can still share these, which are keyed by content.
 */
export function cacheFolder(name: BuildCacheName, env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const shared = env.BLUEPRINT_SITE_CACHE_DIR?.trim();
  return path.join(shared ? path.resolve(cwd, shared) : path.join(cacheRoot(env, cwd), 'blueprint'), name);
}

/** How long an entry no build has used is kept: long enough to switch branches and back. */
export const UNUSED_ENTRY_DAYS = 30;

/**
 * Deletes the entries of a cache folder that no build has read or written for
 * `days` days (a build touches each entry it uses), so that a cache keyed by
 * content does not grow with every edit ever made. Returns how many went.
 */
export function pruneCache(folder: string, days = UNUSED_ENTRY_DAYS, now = Date.now()): number {
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return 0;
  }
  for (const name of names) {
    const file = path.join(folder, name);
    try {
      if (now - fs.statSync(file).mtimeMs > days * 86_400_000) {
        fs.rmSync(file, { force: true });
        removed++;
      }
    } catch {
      // Removed meanwhile by another build.
    }
  }
  return removed;
}

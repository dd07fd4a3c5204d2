import type { AstroIntegration } from 'astro';
import { cacheFolder, pruneCache } from '../build-cache.ts';

/** The caches the site's build keeps in Astro's cache folder (see src/lib/build-cache.ts). */
export const BUILD_CACHES = ['share-images'] as const;

/** After a build, drops cache entries that no build has used for a month. */
export function buildCaches(): AstroIntegration {
  return {
    name: 'blueprint:build-caches',
    hooks: {
      'astro:build:done': ({ logger }) => {
        for (const name of BUILD_CACHES) {
          const removed = pruneCache(cacheFolder(name));
          if (removed) logger.info(`Removed ${removed} unused ${name} from the build cache.`);
        }
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { BUILD_CACHES, cacheFolder, pruneCache } from '../build-cache.ts';

/** After a build, drops cache entries that no build has used for a month. */
export function buildCaches(): AstroIntegration {
  return {
    name: 'blueprint:build-caches',
    hooks: {
      'astro:build:done': ({ logger }) => {
        for (const name of Object.values(BUILD_CACHES)) {
          const removed = pruneCache(cacheFolder(name));
          if (removed) logger.info(`Removed ${removed} unused ${name} from the build cache.`);
        }
      },
    },
  };
}

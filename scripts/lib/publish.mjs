// Replacing dist/ is the one moment a build can damage the live site. It is synchronous, so
// no signal handler runs half-way through it, and takes its file system as an argument, so
// that the tests can make each operation fail.

/** Thrown when the new site is not in place; `outcome` says, truly, where the previous one is. */
export class PublishError extends Error {
  /** @param {string} message @param {unknown} cause @param {string} outcome */
  constructor(message, cause, outcome) {
    super(message, { cause });
    this.outcome = outcome;
  }
}

const reason = (error) => (error instanceof Error ? error.message : String(error));

/**
 * Replaces `dist` with `staging` by two renames on one file system (dist is missing for an
 * instant, never half-written), then removes the previous site, which was moved to `old`.
 * When only that removal fails, the new site is published all the same, and `warning` says so.
 * @param {{
 *   staging: string, dist: string, old: string,
 *   fs: Pick<typeof import('node:fs'), 'existsSync' | 'renameSync' | 'rmSync'>,
 *   shown?: (folder: string) => string,
 * }} options
 * @returns {{ warning?: string }}
 */
export function publish({ staging, dist, old, fs, shown = (folder) => folder }) {
  const unchanged = `The previous site in ${shown(dist)}/ was left as it was.`;
  const hadSite = fs.existsSync(dist);
  if (hadSite) {
    try {
      fs.renameSync(dist, old);
    } catch (error) {
      throw new PublishError(`could not move the previous site aside: ${reason(error)}`, error, unchanged);
    }
  }
  try {
    fs.renameSync(staging, dist);
  } catch (error) {
    const message = `could not move the new site into place: ${reason(error)}`;
    if (!hadSite) throw new PublishError(message, error, 'No site was written.');
    try {
      fs.renameSync(old, dist);
    } catch (rollbackError) {
      throw new PublishError(
        `${message}; nor the previous one back: ${reason(rollbackError)}`,
        error,
        `${shown(dist)}/ is missing: the previous site is in ${shown(old)}. Move it back to ${shown(dist)}/ before building again.`,
      );
    }
    throw new PublishError(message, error, unchanged);
  }
  if (!hadSite) return {};
  try {
    fs.rmSync(old, { recursive: true, force: true });
  } catch (error) {
    return {
      warning: `⚠ The new site was published to ${shown(dist)}/, but the previous copy could not be removed (${reason(error)}): delete ${shown(old)} by hand (the next build also does).`,
    };
  }
  return {};
}

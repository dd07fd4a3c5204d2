import path from 'node:path';

/**
 * The folder content is read from: `$BLUEPRINT_CONTENT_DIR` when set (tests and
 * benchmarks build fixture or generated content), else `content/` in the project.
 */
export function contentRoot(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const configured = env.BLUEPRINT_CONTENT_DIR?.trim();
  return path.resolve(cwd, configured ? configured : 'content');
}

// The checks that read the code without running it: `npm test` runs them after the build, `npm run check`
// after the content check. Each runs to the end, so that one run lists every problem.
import { spawnSync } from 'node:child_process';

export const staticChecks = [
  {
    name: 'Types (astro check: .astro and .ts files)',
    // astro check type-checks the .ts files with the same tsconfig as `tsc`, so `tsc` need not run as well.
    // The content is the content check's to judge: Astro's own hook need not check it again here.
    args: ['node_modules/astro/bin/astro.mjs', 'check'],
    env: { BLUEPRINT_CONTENT_CHECKED: '1' },
    failure: 'astro check found type errors (listed above).',
  },
  {
    name: 'Lint (ESLint)',
    args: ['node_modules/eslint/bin/eslint.js', '.'],
    failure: 'ESLint found problems (listed above); `npx eslint --fix .` fixes some of them.',
  },
  {
    name: 'Format (Prettier)',
    args: ['node_modules/prettier/bin/prettier.cjs', '--check', '.'],
    failure: 'Prettier would lay out the files listed above differently: run `npm run format`.',
  },
];

/** Runs every check in `root`; returns the failure message of each one that failed. */
export function runStaticChecks(root) {
  const failures = [];
  for (const check of staticChecks) {
    const started = Date.now();
    console.log(`\n▶ ${check.name}`);
    const result = spawnSync(process.execPath, check.args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...check.env } });
    const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
    if (result.status === 0) {
      console.log(`✔ ${check.name} (${took})`);
    } else {
      console.error(`✖ ${check.name} failed (${took}): ${check.failure}`);
      failures.push(`${check.name}: ${check.failure}`);
    }
  }
  return failures;
}

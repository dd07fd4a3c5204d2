// The checks that read the code without running it: `npm test` runs them after the build, `npm run check`
// after the content check. Each runs to the end, so that one run lists every problem.
import { spawn } from 'node:child_process';

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

/** Runs one check with its output kept, to be printed whole once it is done. */
function runCheck(root, check) {
  return new Promise((resolve) => {
    const started = Date.now();
    // Colours as a terminal would show them: the output is piped only to keep each check's together.
    const colour = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
    const child = spawn(process.execPath, check.args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...colour, ...check.env },
    });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const done = (code) => resolve({ check, code, output: Buffer.concat(output), took: `${((Date.now() - started) / 1000).toFixed(1)} s` });
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      done(1);
    });
    child.on('close', done);
  });
}

/**
 * Runs every check in `root`; resolves to the failure message of each one that failed. The type
 * check runs beside the other two (each mostly uses one core of two); each check's output is
 * printed whole, in the order above, so that two checks' lines never interleave.
 */
export async function runStaticChecks(root) {
  const [types, ...others] = staticChecks;
  const typesDone = runCheck(root, types);
  const othersDone = (async () => {
    const results = [];
    for (const check of others) results.push(await runCheck(root, check));
    return results;
  })();
  const failures = [];
  for (const { check, code, output, took } of [await typesDone, ...(await othersDone)]) {
    console.log(`\n▶ ${check.name}`);
    process.stdout.write(output);
    if (code === 0) {
      console.log(`✔ ${check.name} (${took})`);
    } else {
      console.error(`✖ ${check.name} failed (${took}): ${check.failure}`);
      failures.push(`${check.name}: ${check.failure}`);
    }
  }
  return failures;
}

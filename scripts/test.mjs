// `npm test`: builds the site (as `npm run build` does), runs the static checks (types, lint; see
// scripts/lib/static-checks.mjs), then every lane of tests: unit, content, builds, site (the built
// output) and browser (system Chromium).
// Extra arguments go to Vitest, e.g. `npm test -- --project unit`.
import './require-node.mjs';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runStaticChecks } from './lib/static-checks.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
// Only the site and browser lanes test the built output; the unit and content lanes alone need no build.
const projects = args.flatMap((a, i) => (args[i - 1] === '--project' ? [a] : []));
const needsBuild = projects.length === 0 || projects.some((p) => p === 'site' || p === 'browser');

if (needsBuild && process.env.BLUEPRINT_SKIP_BUILD !== '1') {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('\nThe site did not build, so its tests cannot run.');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

if (projects.length === 0) {
  // Types (.astro and .ts), lint and format: astro check is what type-checks the .astro files, not the build.
  const failures = await runStaticChecks(root);
  if (failures.length) {
    console.error(`\nThe tests did not run: ${failures.join(' ')}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const results = path.join(root, 'node_modules', '.cache', 'vitest-results.json');
fs.mkdirSync(path.dirname(results), { recursive: true });
fs.rmSync(results, { force: true });
const vitest = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`, ...args],
  { cwd: root, stdio: 'inherit' },
);
let summary = 'no results';
if (fs.existsSync(results)) {
  const r = JSON.parse(fs.readFileSync(results, 'utf8'));
  summary = `${r.numPassedTests} passed, ${r.numFailedTests} failed${r.numPendingTests + r.numTodoTests ? `, ${r.numPendingTests + r.numTodoTests} skipped` : ''}`;
}
console.log(`\ntests: ${summary}`);
process.exit(vitest.status ?? 1);

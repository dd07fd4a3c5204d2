// `npm run build`: checks the content, builds the site and its search index into a
// temporary folder, and only then replaces dist/. A failed build leaves the last
// good site in place.
import './require-node.mjs';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(root, process.env.BLUEPRINT_DIST ?? 'dist');
const work = path.join(root, '.build');
const staging = path.join(work, `dist-${process.pid}`);
const started = Date.now();

function step(name, fn) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  try {
    const result = fn();
    console.log(`✔ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    return result;
  } catch (error) {
    console.error(`✖ ${name} failed: ${error instanceof Error ? error.message : error}`);
    fs.rmSync(staging, { recursive: true, force: true });
    console.error(fs.existsSync(dist) ? `The previous site in ${path.relative(root, dist)}/ was left as it was.` : 'No site was written.');
    process.exit(1);
  }
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${[command, ...args].join(' ')} exited with ${result.status ?? result.signal}`);
}

fs.mkdirSync(work, { recursive: true });
step('Check content', () => run(process.execPath, ['scripts/check.ts']));
step('Build pages', () =>
  // The content was checked one step ago: Astro's own hook need not check it again.
  run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { BLUEPRINT_OUT_DIR: staging, BLUEPRINT_CONTENT_CHECKED: '1' }),
);
step('Build search index', () => run(process.execPath, ['scripts/search-index.ts', staging]));
step('Bundle search scripts', () => run(process.execPath, ['scripts/client-bundle.ts', staging]));
step('Write security headers', () => run(process.execPath, ['scripts/headers.ts', staging]));
step('Check the built site is complete', () => run(process.execPath, ['scripts/verify-build.ts', staging]));
step(`Publish to ${path.relative(root, dist)}/`, () => {
  // Two renames on one file system: dist/ is missing for an instant, never half-written.
  const old = path.join(work, `old-${process.pid}`);
  const hadSite = fs.existsSync(dist);
  if (hadSite) fs.renameSync(dist, old);
  try {
    fs.renameSync(staging, dist);
  } catch (error) {
    if (hadSite) fs.renameSync(old, dist);
    throw error;
  }
  fs.rmSync(old, { recursive: true, force: true });
});
console.log(`\nBuilt ${path.relative(root, dist)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

// `npm run build`: checks the content, builds the site and its search index into a
// temporary folder, and only then replaces dist/. A failed, cancelled or concurrent build,
// or one that would publish a much smaller site, leaves the last good site in place.
import './require-node.mjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  MIN_PAGE_RATIO,
  NODE_STEP_FLAGS,
  countPages,
  killSteps,
  lockFile,
  run,
  seconds,
  stopSteps,
  sweepLeftovers,
  takeLock,
} from './lib/build-steps.mjs';
import { publish } from './lib/publish.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(root, process.env.BLUEPRINT_DIST ?? 'dist');
const work = path.join(root, '.build');
const staging = path.join(work, `dist-${process.pid}`);
const old = path.join(work, `old-${process.pid}`);
const shown = (folder) => (folder.startsWith(root + path.sep) ? path.relative(root, folder) : folder);
const started = Date.now();

/** @type {Promise<never> | undefined} Set once a signal has asked the build to stop. */
let stopping;
let published = false;

fs.mkdirSync(work, { recursive: true });
let releaseLock = () => {};
try {
  releaseLock = takeLock(lockFile(work, dist), `${shown(dist)}/`);
} catch (error) {
  console.error(`✖ Cannot build: ${error instanceof Error ? error.message : error}. ${shown(dist)}/ was not touched.`);
  process.exit(1);
}
// On every way out, a crash included: the staging folder is only ever half a site.
process.on('exit', () => {
  fs.rmSync(staging, { recursive: true, force: true });
  releaseLock();
});
for (const name of sweepLeftovers(work)) console.log(`Removed ${shown(path.join(work, name))}, left by a build that is no longer running.`);

/** @returns {never} */
function exit(code, message) {
  (code === 0 ? console.log : console.error)(message);
  process.exit(code);
}

function cancel(reason, code) {
  if (stopping) return killSteps();
  stopping = stopSteps().then(() =>
    exit(
      code,
      published
        ? `Build cancelled (${reason}) after publishing: ${shown(dist)}/ is the complete new site.`
        : `Build cancelled (${reason}): nothing was published; ${shown(dist)}/ is as it was.`,
    ),
  );
}

// A CI runner cancels with SIGTERM, a terminal with SIGINT, a closed session with SIGHUP. The
// steps run in process groups of their own, so they must be stopped from here.
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT', 'SIGHUP'])) {
  process.on(signal, () => cancel(signal, 128 + os.constants.signals[signal]));
}
// npm passes a SIGTERM on to the shell it runs the script in, not to the script: the build
// only learns that `npm run build` was cancelled from its parent being gone. Nobody is left
// to want the new site, so it is treated as a hang-up.
const parent = process.ppid;
const orphaned = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(orphaned);
  cancel('the process that started it has ended', 128 + os.constants.signals.SIGHUP);
}, 200).unref();

/** Set once a step has failed: steps running beside it are stopped, and only the first failure is reported. */
let failed = false;

async function step(name, fn) {
  if (stopping) await stopping;
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  try {
    await fn();
  } catch (error) {
    // A step stopped by a signal did not fail: the build was cancelled, and says so.
    if (stopping) await stopping;
    // Stopped because the step beside it failed: that failure is the one reported, and it exits.
    if (failed) return new Promise(() => {});
    failed = true;
    console.error(`✖ ${name} failed: ${error instanceof Error ? error.message : error}`);
    // Steps running beside this one (the page build beside the content check) stop first.
    await stopSteps();
    exit(1, error?.outcome ?? (fs.existsSync(dist) ? `The previous site in ${shown(dist)}/ was left as it was.` : 'No site was written.'));
  }
  console.log(`✔ ${name} (${seconds(t0)})`);
}

const node = (...args) => run(process.execPath, [...NODE_STEP_FLAGS, ...args], { cwd: root });

// The content check runs beside the page build rather than before it: the check takes a
// second or two of one core, Astro mostly uses the other. A page build from content the
// check rejects is stopped and never published, and its output is never shown: an editor
// reads the check's `file:line: field: reason`, not Astro's errors about the same mistake.
const checked = step('Check content', () => node('scripts/check.ts'));
await Promise.all([
  checked,
  step('Build pages', () =>
    // Astro's own hook need not check the content again.
    run(process.execPath, [...NODE_STEP_FLAGS, 'node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
      cwd: root,
      env: { BLUEPRINT_OUT_DIR: staging, BLUEPRINT_CONTENT_CHECKED: '1' },
      holdOutputUntil: checked,
    }).catch(async (error) => {
      // A page build that failed first may have failed on content the check is about to name.
      await checked;
      throw error;
    }),
  ),
]);
// Independent of each other (Pagefind writes no HTML; the headers read only HTML): side by side.
await Promise.all([
  step('Build search index', () => node('scripts/search-index.ts', staging)),
  step('Write security headers', () => node('scripts/headers.ts', staging)),
]);
await step('Check the built site is complete', () => node('scripts/verify-build.ts', staging));
await step(`Compare with the site in ${shown(dist)}/`, () => {
  if (!fs.existsSync(dist)) return;
  const [now, next] = [countPages(dist), countPages(staging)];
  if (next < now * MIN_PAGE_RATIO && process.env.BLUEPRINT_ALLOW_SHRINK !== '1') {
    throw new Error(
      `The new site has ${next} pages, the current ${shown(dist)}/ has ${now}: refusing to replace it. If pages were removed on purpose, build again with BLUEPRINT_ALLOW_SHRINK=1.`,
    );
  }
  console.log(`${next} pages replace ${now}.`);
});
let warning;
await step(`Publish to ${shown(dist)}/`, () => {
  ({ warning } = publish({ staging, dist, old, fs, shown }));
  published = true;
});
// A signal that came during the publish step is only handled now: give it the chance, so
// that it is reported (as coming after publishing) rather than lost.
await new Promise((resolve) => setTimeout(resolve, 50));
if (stopping) await stopping;
// The new site is complete and in place: a copy of the old one left behind is worth a warning, not a failure.
if (warning) console.warn(warning);
exit(0, `\nBuilt ${shown(dist)}/ in ${seconds(started)}.`);

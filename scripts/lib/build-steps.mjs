// The parts of `npm run build` that keep a cancelled, killed or concurrent build from
// touching dist/: steps run as child processes that can be stopped with everything they
// started, one lock per output folder, and a sweep of what killed builds left behind.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A build that would publish fewer than 90% of the pages already in dist/ is refused. Editors
 * remove a page or two at a time; losing a tenth of the site at once is far more likely an
 * emptied, half-checked-out or wrongly pointed content folder than a decision.
 */
export const MIN_PAGE_RATIO = 0.9;

/**
 * Node options of every step the build runs. V8 sizes the young generation by the machine's memory
 * (up to 3 × 64 MB here) and fills it before collecting; a build allocates a great deal that lives
 * for one page. 4 MB semi-spaces took the build's peak memory down by about 140 MiB at 1× and 10×
 * (scripts/bench.ts), within the noise of its time.
 */
export const NODE_STEP_FLAGS = ['--max-semi-space-size=4'];

/** How long a stopped step may take to exit before it is killed outright. */
const GRACE_MS = 2000;

/** The process group of each step still running (each step leads its own group). */
const running = new Set();

export const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one command to completion; rejects when it fails. With `holdOutputUntil`, what the
 * command prints is kept back until that promise resolves (and dropped if it rejects): a
 * step run beside the content check must not report on content the check is rejecting.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env?: Record<string, string>, holdOutputUntil?: Promise<unknown> }} options
 */
export function run(command, args, { cwd, env = {}, holdOutputUntil }) {
  return new Promise((resolve, reject) => {
    const output = holdOutputUntil ? 'pipe' : 'inherit';
    // A group of its own, so that stopping the step also stops what it started (esbuild's
    // service, pagefind's binary). No stdin: a process outside the terminal's group must not read it.
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', output, output], detached: true });
    if (holdOutputUntil) holdOutput(child, holdOutputUntil);
    running.add(child.pid);
    child.on('error', (error) => {
      running.delete(child.pid);
      reject(error);
    });
    child.on('exit', async (code, signal) => {
      running.delete(child.pid);
      // Held output is read from pipes, which may still hold its last lines when the process exits.
      if (holdOutputUntil) await drained(child);
      if (code === 0) resolve();
      else reject(new Error(`${[path.basename(command), ...args].join(' ')} exited with ${code ?? signal}`));
    });
  });
}

/** Forwards a child's output once `until` resolves, in order; drops it all if `until` rejects. */
function holdOutput(child, until) {
  /** @type {'hold' | 'pass' | 'drop'} */
  let state = 'hold';
  /** @type {[NodeJS.WriteStream, Buffer][]} */
  let held = [];
  until.then(
    () => {
      for (const [stream, chunk] of held) stream.write(chunk);
      held = [];
      state = 'pass';
    },
    () => {
      held = [];
      state = 'drop';
    },
  );
  for (const [from, to] of /** @type {const} */ ([
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ])) {
    from?.on('data', (chunk) => {
      if (state === 'pass') to.write(chunk);
      else if (state === 'hold') held.push([to, chunk]);
    });
  }
}

/** Resolves once a child's pipes have ended, or after a moment: a process it left behind may hold them open. */
function drained(child) {
  const ended = (stream) => (!stream || stream.readableEnded ? Promise.resolve() : new Promise((resolve) => stream.once('end', resolve)));
  return Promise.race([Promise.all([ended(child.stdout), ended(child.stderr)]), sleep(500)]);
}

function signalGroup(group, signal) {
  try {
    process.kill(-group, signal);
  } catch {
    // Already gone.
  }
}

function groupAlive(group) {
  try {
    process.kill(-group, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

async function waitUntilGone(groups, ms) {
  const until = Date.now() + ms;
  while (groups.some(groupAlive) && Date.now() < until) await sleep(25);
}

/** Stops every running step and whatever it started; resolves once they are gone. */
export async function stopSteps() {
  const groups = [...running];
  for (const group of groups) signalGroup(group, 'SIGTERM');
  await waitUntilGone(groups, GRACE_MS);
  for (const group of groups.filter(groupAlive)) signalGroup(group, 'SIGKILL');
  // Bounded: a process that exits after its parent stays a zombie until something reaps it, and
  // a zombie, which runs no more, still counts as a member of its group.
  await waitUntilGone(groups, 1000);
}

/** Stops every running step now, without the grace period (a second Ctrl-C). */
export function killSteps() {
  for (const group of running) signalGroup(group, 'SIGKILL');
}

/**
 * Whether `pid` is a build still running. The command line is checked where /proc exists:
 * after a restart (a container's, say) a dead build's pid is often some other process's.
 */
export function isBuildRunning(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EPERM') return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('build.mjs');
  } catch {
    return process.platform !== 'linux';
  }
}

/** The lock file of one output folder: builds into different folders never wait for each other. */
export function lockFile(work, dist) {
  return path.join(work, `lock-${crypto.createHash('sha256').update(dist).digest('hex').slice(0, 16)}`);
}

/**
 * Takes the lock on an output folder, or throws naming the build that holds it. A lock left by
 * a build that is no longer running is taken over. Returns the function that releases it.
 */
export function takeLock(file, dist, log = console.log) {
  // Written in full under another name, then linked into place: linking is an exclusive create,
  // and another build never reads a lock whose pid is not written yet.
  const draft = `${file}.${process.pid}`;
  fs.writeFileSync(draft, `${process.pid}\n`);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        fs.linkSync(draft, file);
        break;
      } catch (error) {
        if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
        const holder = Number.parseInt(readOr(file, ''), 10);
        if (attempt > 0 || isBuildRunning(holder)) {
          throw new Error(`another build (pid ${holder}) is writing ${dist}; wait for it to finish, or stop it (lock: ${file})`, {
            cause: error,
          });
        }
        log(`Taking over the lock on ${dist} from build ${Number.isNaN(holder) ? '(unknown)' : holder}, which is no longer running.`);
        fs.rmSync(file, { force: true });
      }
    }
  } finally {
    fs.rmSync(draft, { force: true });
  }
  return () => {
    // Only our own: a lock that is no longer ours belongs to a build that took it over.
    if (readOr(file, '').trim() === String(process.pid)) fs.rmSync(file, { force: true });
  };
}

function readOr(file, fallback) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

/**
 * Removes the staging folders, old copies and lock drafts of builds that are no longer running
 * (killed with SIGKILL, or by a power cut), and returns their names. Those of running builds,
 * into any output folder, are theirs.
 */
export function sweepLeftovers(work) {
  const swept = [];
  for (const name of fs.readdirSync(work)) {
    const pid = Number((/^(?:dist|old)-(\d+)$/.exec(name) ?? /^lock-[0-9a-f]+\.(\d+)$/.exec(name))?.[1]);
    if (!pid || pid === process.pid || isBuildRunning(pid)) continue;
    fs.rmSync(path.join(work, name), { recursive: true, force: true });
    swept.push(name);
  }
  return swept;
}

/** The number of HTML pages in a built site. */
export function countPages(site) {
  return fs.readdirSync(site, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
}

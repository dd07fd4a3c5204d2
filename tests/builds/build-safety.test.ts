import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_STEP_FLAGS, countPages, isBuildRunning, lockFile, run, stopSteps } from '../../scripts/lib/build-steps.mjs';
import { PublishError, publish } from '../../scripts/lib/publish.mjs';
import { FIXTURES } from '../helpers/fixtures.ts';
import { buildEnv, treeHash } from '../helpers/generate/build.ts';

// Every build of the project, into any output folder, stages in the checkout's .build/.
const WORK = path.resolve('.build');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-safety-'));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The fixture content in place, not a copy: every Astro build of this checkout writes the list of
// content files to the shared .astro/content-modules.mjs and reads it back, so builds of other
// content at the same moment (tests/content/build.test.ts builds this one) would break each other.
const content = path.join(FIXTURES, 'valid');

type Finished = { pid: number; code: number | null; output: string };
let builds = 0;

/** Starts `node scripts/build.mjs`, as `npm run build` does, on the fixture content and into another dist. */
function startBuild(dist: string, env: Record<string, string> = {}, command = [process.execPath, 'scripts/build.mjs']) {
  const child = spawn(command[0]!, command.slice(1), {
    env: buildEnv({
      BLUEPRINT_CONTENT_DIR: content,
      BLUEPRINT_DIST: dist,
      BLUEPRINT_CACHE_DIR: path.join(tmp, `cache-${++builds}`),
      // Share images are keyed by content: one folder serves every build here, which then draws each image once.
      BLUEPRINT_SITE_CACHE_DIR: path.join(tmp, 'site-cache'),
      ...env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk;
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const done = new Promise<Finished>((resolve) => child.on('close', (code) => resolve({ pid: child.pid!, code, output })));
  return {
    pid: child.pid!,
    started: Date.now(),
    done,
    output: () => output,
    running: () => child.exitCode === null && child.signalCode === null,
    /** Resolves once the build has printed `text`; rejects if it ends first. */
    waitFor: (text: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (output.includes(text)) resolve();
        };
        listeners.add(check);
        check();
        done.then(() => reject(new Error(`the build ended before printing ${JSON.stringify(text)}:\n${output}`)));
      }),
  };
}

type Proc = { pid: number; ppid: number; state: string; start: string };

/** Every process on the machine, from /proc. */
function processes(): Proc[] {
  const all: Proc[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      all.push({ pid: Number(name), state: fields[0]!, ppid: Number(fields[1]), start: fields[19]! });
    } catch {
      // It ended while the list was read.
    }
  }
  return all;
}

/** The children of `pid`, their children, and so on, each with its depth below `pid`. */
function descendants(pid: number): (Proc & { depth: number })[] {
  const all = processes();
  const found: (Proc & { depth: number })[] = [];
  const visit = (parent: number, depth: number) => {
    for (const p of all.filter((q) => q.ppid === parent)) {
      found.push({ ...p, depth });
      visit(p.pid, depth + 1);
    }
  };
  visit(pid, 1);
  return found;
}

/** Those of `procs` still running (not ended, and not a zombie: a zombie runs no more). */
const stillRunning = (procs: Proc[]) => {
  const now = new Map(processes().map((p) => [p.pid, p]));
  return procs.filter((p) => now.get(p.pid)?.start === p.start && now.get(p.pid)?.state !== 'Z');
};

/** Processes whose command line or environment names `text` (a step is told its output folder either way). */
function processesNaming(text: string): number[] {
  return processes()
    .filter((p) => p.state !== 'Z' && p.pid !== process.pid)
    .filter((p) =>
      ['cmdline', 'environ'].some((file) => {
        try {
          return fs.readFileSync(`/proc/${p.pid}/${file}`, 'utf8').includes(text);
        } catch {
          return false;
        }
      }),
    )
    .map((p) => p.pid);
}

/** A pid that was a process a moment ago and is no longer one. */
function deadPid(): number {
  const pid = spawnSync('true').pid;
  expect(fs.existsSync(`/proc/${pid}`)).toBe(false);
  return pid;
}

const leftBehind = (pid: number) => ['dist', 'old'].map((kind) => path.join(WORK, `${kind}-${pid}`)).filter((f) => fs.existsSync(f));

/**
 * The command lines of the Node processes below `pid`, looked at every 50 ms until `stop`: each step
 * lives a second or more, so none is missed.
 */
function watchNodeSteps(pid: number): { stop(): string[][] } {
  const seen = new Map<number, string[]>();
  const look = () => {
    for (const p of descendants(pid)) {
      try {
        const argv = fs.readFileSync(`/proc/${p.pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
        if (argv[0] === process.execPath) seen.set(p.pid, argv);
      } catch {
        // It ended meanwhile.
      }
    }
  };
  const timer = setInterval(look, 50);
  return {
    stop() {
      clearInterval(timer);
      return [...seen.values()];
    },
  };
}

let site: { dist: string; hash: string; pages: number; ms: number; nodeSteps: string[][] };
let copies = 0;
/** A fresh copy of the previous site, as the dist/ a build is about to replace. */
function previousSite(): string {
  const dist = path.join(tmp, `dist-${++copies}`);
  fs.cpSync(site.dist, dist, { recursive: true });
  return dist;
}

beforeAll(async () => {
  const dist = path.join(tmp, 'site');
  const build = startBuild(dist);
  const watch = watchNodeSteps(build.pid);
  const result = await build.done;
  const nodeSteps = watch.stop();
  expect(result.code, result.output).toBe(0);
  site = { dist, hash: treeHash(dist), pages: countPages(dist), ms: Date.now() - build.started, nodeSteps };
}, 120_000);

describe('the steps of a build', () => {
  it('run on Node with a small young generation, every one of them', () => {
    const scripts = site.nodeSteps.map((argv) => argv.find((a) => /\.(m?js|ts)$/.test(a)));
    // Astro and the scripts beside and after it, each seen while it ran (the last check, a tenth of a
    // second, may come and go between two looks; when seen, it is held to the same flags below).
    for (const step of ['astro.mjs', 'check.ts', 'search-index.ts', 'headers.ts'])
      expect(
        scripts.some((s) => s?.endsWith(step)),
        `${step} among ${scripts.join(', ')}`,
      ).toBe(true);
    for (const argv of site.nodeSteps) expect(argv.slice(1, 1 + NODE_STEP_FLAGS.length), argv.join(' ')).toEqual(NODE_STEP_FLAGS);
  });
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

// First, and alone: any build that starts sweeps, so a concurrent one could sweep these first.
describe('what killed builds leave behind', () => {
  it('is swept by the next build, while the staging folder of a build still running is left alone', async () => {
    const live = startBuild(path.join(tmp, 'live'));
    await live.waitFor('▶ Check content');
    const liveStaging = path.join(WORK, `dist-${live.pid}`);
    fs.mkdirSync(liveStaging, { recursive: true });
    const dead = deadPid();
    for (const kind of ['dist', 'old']) fs.mkdirSync(path.join(WORK, `${kind}-${dead}`, 'en'), { recursive: true });

    const next = startBuild(path.join(tmp, 'next'));
    await next.waitFor('▶ Check content');
    expect(leftBehind(dead)).toEqual([]);
    expect(fs.existsSync(liveStaging)).toBe(true);
    for (const build of [live, next]) process.kill(build.pid, 'SIGTERM');
    const [, swept] = await Promise.all([live.done, next.done]);
    expect(swept.output).toContain(`Removed .build/dist-${dead}, left by a build that is no longer running.`);
    expect(swept.output).not.toContain(`dist-${live.pid},`);
  });

  it('does not take a pid that a process other than a build now has for a running build', () => {
    expect(isBuildRunning(process.pid)).toBe(false);
    expect(isBuildRunning(deadPid())).toBe(false);
  });
});

const moments = [
  { step: 'Check content', during: 'the content check', depth: 1 },
  // Astro is given a moment to be well into building pages.
  { step: 'Build pages', during: 'the page build', depth: 1, settle: 1500 },
  // Pagefind's binary, which the search-index script starts, is a grandchild of the build.
  { step: 'Build search index', during: 'the search-index step', depth: 2 },
  { step: 'Write security headers', during: 'a later step', depth: 1 },
];
const cases = (['SIGTERM', 'SIGINT'] as const).flatMap((signal) => moments.map((moment) => ({ signal, ...moment })));

// Concurrent: most of the time goes into waiting for builds, which need not wait for each other.
describe.concurrent('dist/ during a build', () => {
  it.for(cases)(
    '$signal sent during $during stops every step, publishes nothing and leaves nothing behind',
    async ({ signal, step, depth, settle }, { expect }) => {
      const dist = previousSite();
      const build = startBuild(dist);
      await build.waitFor(`▶ ${step}\n`);
      for (const until = Date.now() + 3000; Date.now() < until && !descendants(build.pid).some((p) => p.depth >= depth);) await sleep(20);
      if (settle) await sleep(settle);
      const steps = descendants(build.pid);
      process.kill(build.pid, signal);
      const { code, output } = await build.done;
      // Had a step survived, it would have published by the time a whole build takes.
      await sleep(Math.max(3000, build.started + site.ms - Date.now()));

      expect(code, output).toBe(128 + os.constants.signals[signal]);
      expect(output).toContain(`Build cancelled (${signal}): nothing was published; ${dist}/ is as it was.`);
      expect(output).not.toMatch(/✖|▶ Publish/);
      expect(treeHash(dist)).toBe(site.hash);
      expect(leftBehind(build.pid)).toEqual([]);
      expect(fs.existsSync(lockFile(WORK, dist))).toBe(false);
      expect(steps.some((p) => p.depth >= depth)).toBe(true);
      expect(stillRunning(steps)).toEqual([]);
      expect(processesNaming(path.join(WORK, `dist-${build.pid}`))).toEqual([]);
    },
  );

  it('SIGTERM sent to `npm run build`, as a CI runner cancels, stops the build npm ran, which publishes nothing', async ({ expect }) => {
    const dist = previousSite();
    // npm itself, as `npm test` or `npx vitest` was started with it, or the one on PATH.
    const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
    const run = startBuild(dist, {}, [...npm, 'run', 'build']);
    await run.waitFor('▶ Build pages\n');
    await sleep(1500);
    const build = descendants(run.pid).find((p) => fs.readFileSync(`/proc/${p.pid}/cmdline`, 'utf8').includes('scripts/build.mjs'));
    expect(build).toBeDefined();
    const steps = descendants(build!.pid);
    process.kill(run.pid, 'SIGTERM');
    // Once every holder of the output pipe has closed it: npm, and the build npm ran.
    const { output } = await run.done;
    await sleep(Math.max(3000, run.started + site.ms - Date.now()));

    expect(output).toContain(`Build cancelled (the process that started it has ended): nothing was published; ${dist}/ is as it was.`);
    expect(treeHash(dist)).toBe(site.hash);
    expect(leftBehind(build!.pid)).toEqual([]);
    expect(fs.existsSync(lockFile(WORK, dist))).toBe(false);
    expect(steps.length).toBeGreaterThan(0);
    expect(stillRunning([build!, ...steps])).toEqual([]);
  });

  it('a signal sent during publishing is handled after it: dist/ is the complete new site, and the build says so', async ({ expect }) => {
    const dist = previousSite();
    fs.writeFileSync(path.join(dist, 'only-in-the-previous-site.txt'), '');
    const build = startBuild(dist);
    await build.waitFor('▶ Compare with the site in');
    process.kill(build.pid, 'SIGTERM');
    const { code, output } = await build.done;
    expect(output).not.toContain('nothing was published');
    expect(fs.existsSync(path.join(dist, 'only-in-the-previous-site.txt'))).toBe(false);
    expect(countPages(dist)).toBe(site.pages);
    if (code !== 0) {
      expect(code).toBe(143);
      expect(output).toContain(`Build cancelled (SIGTERM) after publishing: ${dist}/ is the complete new site.`);
    }
    expect(leftBehind(build.pid)).toEqual([]);
    expect(fs.existsSync(lockFile(WORK, dist))).toBe(false);
  });

  it('a build takes over the lock of one no longer running; a second build into the same folder stops at once, naming the first, which still publishes', async ({
    expect,
  }) => {
    const dist = path.join(tmp, 'contended');
    const dead = deadPid();
    fs.writeFileSync(lockFile(WORK, dist), `${dead}\n`);
    const first = startBuild(dist);
    await first.waitFor('▶ Check content');
    expect(first.output()).toContain(`Taking over the lock on ${dist}/ from build ${dead}, which is no longer running.`);
    const second = await startBuild(dist).done;
    expect(first.running()).toBe(true);
    expect(second.code).toBe(1);
    expect(second.output).toContain(`another build (pid ${first.pid}) is writing ${dist}/`);
    expect(second.output).not.toContain('▶');
    const result = await first.done;
    expect(result.code, result.output).toBe(0);
    expect(countPages(dist)).toBe(site.pages);
    expect(fs.existsSync(lockFile(WORK, dist))).toBe(false);
  });

  it('a site with sharply fewer pages is refused, and published only when BLUEPRINT_ALLOW_SHRINK=1 says the pages were removed on purpose', async ({
    expect,
  }) => {
    const dist = previousSite();
    // The site in dist/ has 18 pages more than the content gives: as if the content had lost six updates.
    for (let n = 1; n <= 6; n++) {
      for (const locale of ['en', 'tc', 'sc']) {
        fs.cpSync(path.join(dist, locale, 'updates/2024-01-01-first-update'), path.join(dist, locale, `updates/2024-02-0${n}-removed`), {
          recursive: true,
        });
      }
    }
    const before = treeHash(dist);
    const refused = await startBuild(dist).done;
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(
      `The new site has ${site.pages} pages, the current ${dist}/ has ${site.pages + 18}: refusing to replace it. If pages were removed on purpose, build again with BLUEPRINT_ALLOW_SHRINK=1.`,
    );
    expect(refused.output).toContain(`The previous site in ${dist}/ was left as it was.`);
    expect(treeHash(dist)).toBe(before);
    expect(leftBehind(refused.pid)).toEqual([]);

    const allowed = await startBuild(dist, { BLUEPRINT_ALLOW_SHRINK: '1' }).done;
    expect(allowed.code, allowed.output).toBe(0);
    expect(countPages(dist)).toBe(site.pages);
  });
});

describe('publishing (scripts/lib/publish.mjs)', () => {
  /** A dist/ with the previous site, a staging folder with the new one, and where the previous one goes. */
  function folders() {
    const dir = fs.mkdtempSync(path.join(tmp, 'publish-'));
    const [dist, staging, old] = ['dist', 'staging', 'old'].map((name) => path.join(dir, name)) as [string, string, string];
    fs.mkdirSync(path.join(dist, 'en'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'en', 'index.html'), 'previous');
    fs.mkdirSync(path.join(staging, 'en'), { recursive: true });
    fs.writeFileSync(path.join(staging, 'en', 'index.html'), 'new');
    return { dist, staging, old, previousHash: treeHash(dist), newHash: treeHash(staging) };
  }
  const failing = (error: string) => () => {
    throw Object.assign(new Error(`${error}: failed on purpose`), { code: error });
  };

  it('says the new site was published, and names the leftover folder, when only removing the previous copy fails', () => {
    const f = folders();
    const result = publish({ ...f, fs: { ...fs, rmSync: failing('EBUSY') } });
    expect(treeHash(f.dist)).toBe(f.newHash);
    expect(treeHash(f.old)).toBe(f.previousHash);
    expect(result.warning).toBe(
      `⚠ The new site was published to ${f.dist}/, but the previous copy could not be removed (EBUSY: failed on purpose): delete ${f.old} by hand (the next build also does).`,
    );
    expect(result.warning).not.toMatch(/left as it was/);
  });

  it('puts the previous site back when the new one cannot be moved into place', () => {
    const f = folders();
    const renameSync: typeof fs.renameSync = (from, to) => (from === f.staging ? failing('EXDEV')() : fs.renameSync(from, to));
    let error: unknown;
    try {
      publish({ ...f, fs: { ...fs, renameSync } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PublishError);
    expect((error as PublishError).outcome).toBe(`The previous site in ${f.dist}/ was left as it was.`);
    expect(treeHash(f.dist)).toBe(f.previousHash);
    expect(fs.existsSync(f.old)).toBe(false);
    expect(treeHash(f.staging)).toBe(f.newHash);
  });

  it('says where the previous site is when it can be put back no more than the new one moved in', () => {
    const f = folders();
    const renameSync: typeof fs.renameSync = (from, to) => (from === f.dist ? fs.renameSync(from, to) : failing('EIO')());
    expect(() => publish({ ...f, fs: { ...fs, renameSync } })).toThrow(
      expect.objectContaining({
        outcome: `${f.dist}/ is missing: the previous site is in ${f.old}. Move it back to ${f.dist}/ before building again.`,
      }),
    );
    expect(treeHash(f.old)).toBe(f.previousHash);
  });

  it('publishes a first site where there was none, and replaces a previous site whole', () => {
    const first = folders();
    fs.rmSync(first.dist, { recursive: true });
    expect(publish({ ...first, fs })).toEqual({});
    expect(treeHash(first.dist)).toBe(first.newHash);

    const next = folders();
    expect(publish({ ...next, fs })).toEqual({});
    expect(treeHash(next.dist)).toBe(next.newHash);
    expect(fs.existsSync(next.old)).toBe(false);
    expect(fs.existsSync(next.staging)).toBe(false);
  });
});

describe("holding a step's output (scripts/lib/build-steps.mjs)", () => {
  /** Runs a step that prints, while capturing what this process writes. */
  async function printed(until: Promise<unknown>, settle: () => void) {
    const writes: string[] = [];
    const spies = [process.stdout, process.stderr].map((stream) => {
      const original = stream.write.bind(stream);
      stream.write = ((chunk: string | Uint8Array) => (writes.push(String(chunk)), true)) as typeof stream.write;
      return () => (stream.write = original);
    });
    try {
      const step = run(process.execPath, ['-e', 'console.log("out line"); console.error("err line")'], {
        cwd: tmp,
        holdOutputUntil: until,
      });
      await step;
      const before = writes.join('');
      settle();
      await until.catch(() => {});
      await sleep(20);
      return { before, after: writes.join('') };
    } finally {
      for (const restore of spies) restore();
    }
  }

  it('shows nothing of a step run beside the content check until the check passes, then all of it', async () => {
    let pass = () => {};
    const { before, after } = await printed(new Promise<void>((resolve) => (pass = resolve)), () => pass());
    expect(before).toBe('');
    expect(after).toContain('out line');
    expect(after).toContain('err line');
  });

  it('drops the output of a step run beside a content check that failed', async () => {
    let fail = () => {};
    const { before, after } = await printed(new Promise<void>((_, reject) => (fail = () => reject(new Error('check failed')))), () =>
      fail(),
    );
    expect(before).toBe('');
    expect(after).toBe('');
  });
});

describe('stopping steps (scripts/lib/build-steps.mjs)', () => {
  /** Runs `code` as a step, as the build runs its steps, and returns what it started once it has. */
  async function startStep(code: string, processes: number) {
    const step = run(process.execPath, ['-e', code], { cwd: tmp }).catch((error: Error) => error);
    for (const until = Date.now() + 10_000; Date.now() < until && descendants(process.pid).length < processes;) await sleep(20);
    const started = descendants(process.pid);
    expect(started).toHaveLength(processes);
    return { step, started };
  }

  it('stops a step together with what it started, even a process that would outlive it', async () => {
    // The grandchild neither shares a pipe with its parent nor watches it: only its process group reaches it.
    const { step, started } = await startStep(
      `require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); setInterval(() => {}, 1000);`,
      2,
    );
    await stopSteps();
    expect(String(await step)).toMatch(/exited with SIGTERM/);
    expect(stillRunning(started)).toEqual([]);
  });

  it('kills a step that ignores SIGTERM once its grace period is over', async () => {
    const ready = path.join(tmp, 'ignoring-sigterm');
    const { step, started } = await startStep(
      `process.on('SIGTERM', () => {}); require('node:fs').writeFileSync(${JSON.stringify(ready)}, ''); setInterval(() => {}, 1000);`,
      1,
    );
    for (const until = Date.now() + 10_000; Date.now() < until && !fs.existsSync(ready);) await sleep(20);
    await stopSteps();
    expect(String(await step)).toMatch(/exited with SIGKILL/);
    expect(stillRunning(started)).toEqual([]);
  });
});

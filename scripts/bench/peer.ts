// The peer column of the benchmark: the same Blueprint as a plain Starlight site (a folder the
// user names with --peer, e.g. ../shared/peer/starlight), built at the same sizes as the project,
// each run cold, in turn with the project's builds. The folder is copied into .bench/peer, since
// it may be read-only; its dependencies are installed there once.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { mediansOf, timeCommand, type BuildResult, type BuildRun, type BuildSize, type RunMedians } from './build.ts';
import { log } from './util.ts';

/** The peer's builds of one size, measured as the project's are. */
export type PeerResult = Pick<BuildResult, 'size' | 'factor' | 'pages' | 'runs'> & RunMedians;

/** What is copied: the peer's own files, never a node_modules, build output or generated pages it may hold. */
const SKIP = new Set(['node_modules', 'dist', '.astro']);

/**
 * Copies the peer into `<benchDir>/peer` and installs its dependencies, unless its lock file
 * is the one already installed there. Returns the copy's folder.
 */
export function preparePeer(source: string, benchDir: string): string {
  const from = path.resolve(source);
  for (const file of ['package.json', 'gen.mjs', 'astro.config.mjs']) {
    if (!fs.existsSync(path.join(from, file))) throw new Error(`--peer ${source}: no ${file} there; expected the Starlight peer's folder`);
  }
  const dir = path.join(benchDir, 'peer');
  fs.mkdirSync(dir, { recursive: true });
  for (const name of fs.readdirSync(from)) {
    if (SKIP.has(name)) continue;
    fs.cpSync(path.join(from, name), path.join(dir, name), { recursive: true, force: true });
  }
  const lock = path.join(dir, 'package-lock.json');
  const stamp = path.join(dir, 'node_modules', '.bench-installed');
  const wanted = fs.existsSync(lock) ? crypto.createHash('sha256').update(fs.readFileSync(lock)).digest('hex') : 'no lock';
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== wanted) {
    log(`installing the peer's dependencies in ${path.relative(process.cwd(), dir)}…`);
    const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
    const installed = spawnSync(npm[0]!, [...npm.slice(1), fs.existsSync(lock) ? 'ci' : 'install', '--no-audit', '--no-fund'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (installed.status !== 0) throw new Error(`installing the peer's dependencies failed:\n${installed.stderr}`);
    fs.writeFileSync(stamp, wanted);
  }
  return dir;
}

function countPages(dist: string): number {
  return fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

/**
 * Generates the peer's pages at one size from the project's open data, then builds it
 * `size.runs` times, each cold (its output and Astro cache removed first).
 */
export async function benchPeer(size: BuildSize, dir: string, data: string, benchDir: string): Promise<PeerResult> {
  const generated = spawnSync(process.execPath, ['gen.mjs', '--data', data, '--scale', String(size.factor)], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (generated.status !== 0) throw new Error(`generating the peer's ${size.name} pages failed:\n${generated.stderr}`);
  log(`peer: ${generated.stdout.trim()}`);
  const logs = path.join(benchDir, 'logs');
  fs.mkdirSync(logs, { recursive: true });
  const runs: BuildRun[] = [];
  for (let i = 1; i <= size.runs; i++) {
    for (const cold of ['dist', 'node_modules/.astro', '.astro']) fs.rmSync(path.join(dir, cold), { recursive: true, force: true });
    const run = await timeCommand([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: dir,
      logFile: path.join(logs, `peer-${size.name}-${i}.log`),
    });
    runs.push(run);
    log(
      `peer ${size.name} run ${i}/${size.runs}: ${run.ok ? 'ok' : 'FAILED'}, ${run.wallSeconds.toFixed(1)} s (CPU ${run.cpuSeconds?.toFixed(1) ?? '?'} s), ` +
        `largest process ${Math.round((run.largestProcessMaxRssKiB ?? 0) / 1024)} MiB, tree ${Math.round(run.treePeakRssKiB / 1024)} MiB`,
    );
    if (!run.ok) throw new Error(`the peer's ${size.name} build failed: see ${run.log}`);
  }
  return { size: size.name, factor: size.factor, pages: countPages(path.join(dir, 'dist')), runs, ...mediansOf(runs) };
}

// The build part of the benchmark: `node scripts/build.mjs` run on real and
// generated content into .bench/, timed, with its memory measured two ways.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { DEFAULT_LOCALE } from '../../src/i18n/locales.ts';
import { builtPages } from '../../src/lib/verify-build.ts';
import { log, median } from './util.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GNU_TIME = '/usr/bin/time';
const SAMPLE_MS = 100;

export interface BuildSize {
  /** "1x", "10x", "100x". */
  name: string;
  factor: number;
  /** How many builds to time. */
  runs: number;
}

export interface BuildRun {
  ok: boolean;
  /** Wall time of the whole `node scripts/build.mjs`, measured by the benchmark. */
  wallSeconds: number;
  /** GNU time's %U + %S: CPU seconds of the build and every process it waited for; less disturbed by other work than wall time. */
  cpuSeconds?: number;
  /** GNU time's %M: the largest maximum RSS of any single process of the build (KiB). */
  largestProcessMaxRssKiB?: number;
  /** Highest sum of the RSS of every process in the build's tree, sampled every 100 ms from /proc (KiB). */
  treePeakRssKiB: number;
  /** Highest 1-minute load average seen during the run: above the CPU count, other work competed with the build. */
  loadAverage: number;
  log: string;
}

export interface BuildResult extends RunMedians {
  size: string;
  factor: number;
  contentDir: string;
  /** Strategies and directions per locale (English) in the content built. */
  strategies: number;
  directions: number;
  /** HTML pages written (every index.html plus 404.html). */
  pages: number;
  runs: BuildRun[];
  /** Median wall time divided by pages. */
  msPerPage: number;
}

/** The medians of a size's runs. */
export interface RunMedians {
  medianWallSeconds: number;
  medianCpuSeconds?: number;
  medianLargestProcessMaxRssKiB?: number;
  medianTreePeakRssKiB: number;
}

export function mediansOf(runs: readonly BuildRun[]): RunMedians {
  const defined = (values: (number | undefined)[]) => values.filter((v): v is number => v !== undefined);
  const cpu = defined(runs.map((r) => r.cpuSeconds));
  const rss = defined(runs.map((r) => r.largestProcessMaxRssKiB));
  return {
    medianWallSeconds: median(runs.map((r) => r.wallSeconds)),
    medianCpuSeconds: cpu.length ? median(cpu) : undefined,
    medianLargestProcessMaxRssKiB: rss.length ? median(rss) : undefined,
    medianTreePeakRssKiB: median(runs.map((r) => r.treePeakRssKiB)),
  };
}

/** The PIDs and parents of every process, from /proc. */
function processTable(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while the table was read.
    }
  }
  return parents;
}

/** The summed resident set size (KiB) of a process and all its descendants. */
function treeRssKiB(root: number): number {
  const parents = processTable();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const rss = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) total += Number(rss[1]);
    } catch {
      // Ended meanwhile.
    }
  }
  return total;
}

/** Runs one build and measures it. Output goes to a log file, not the console. */
function timeBuild(env: Record<string, string>, logFile: string): Promise<BuildRun> {
  return timeCommand([process.execPath, 'scripts/build.mjs'], { cwd: ROOT, env, logFile });
}

/** Runs a command (a build, the project's or the peer's) and measures its time and memory, with its output in a log file. */
export async function timeCommand(
  argv: readonly string[],
  { cwd, env = {}, logFile }: { cwd: string; env?: Record<string, string>; logFile: string },
): Promise<BuildRun> {
  const useTime = fs.existsSync(GNU_TIME);
  const timeFile = `${logFile}.time`;
  fs.rmSync(timeFile, { force: true });
  const out = fs.openSync(logFile, 'w');
  const command = useTime ? GNU_TIME : argv[0]!;
  const args = useTime ? ['-f', '%e %M %U %S', '-o', timeFile, ...argv] : argv.slice(1);
  const t0 = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
  let peak = 0;
  let load = os.loadavg()[0]!;
  const sample = () => {
    if (child.pid) peak = Math.max(peak, treeRssKiB(child.pid));
    load = Math.max(load, os.loadavg()[0]!);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  const wallSeconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  fs.closeSync(out);
  let largestProcessMaxRssKiB: number | undefined;
  let cpuSeconds: number | undefined;
  if (useTime && fs.existsSync(timeFile)) {
    // GNU time writes "Command exited with non-zero status N" before the format line on failure.
    const last = fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
    const [, maxRss, user, sys] = last.split(' ');
    if (maxRss && /^\d+$/.test(maxRss)) largestProcessMaxRssKiB = Number(maxRss);
    if (user && sys && Number.isFinite(Number(user) + Number(sys))) cpuSeconds = Number(user) + Number(sys);
  }
  return {
    ok: code === 0,
    wallSeconds,
    cpuSeconds,
    largestProcessMaxRssKiB,
    treePeakRssKiB: peak,
    loadAverage: load,
    log: path.relative(ROOT, logFile),
  };
}

function countEnglish(contentDir: string, collection: string): number {
  const dir = path.join(contentDir, collection, DEFAULT_LOCALE);
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).length : 0;
}

/**
 * Builds one content size `runs` times, each a cold build (its output and its
 * Astro cache removed first), and returns the medians.
 */
export async function benchBuild(size: BuildSize, benchDir: string): Promise<BuildResult> {
  let contentDir = path.join(ROOT, 'content');
  if (size.factor !== 1) {
    contentDir = path.join(benchDir, `content-${size.factor}`);
    const generated = spawnSync(process.execPath, ['scripts/bench/generate-content.ts', String(size.factor), contentDir], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (generated.status !== 0) throw new Error(`generating ${size.name} content failed:\n${generated.stderr}`);
    log(generated.stdout.trim());
  }
  const dist = path.join(benchDir, `dist-${size.name}`);
  const cache = path.join(benchDir, `cache-${size.name}`);
  const logs = path.join(benchDir, 'logs');
  fs.mkdirSync(logs, { recursive: true });
  const runs: BuildRun[] = [];
  for (let i = 1; i <= size.runs; i++) {
    fs.rmSync(dist, { recursive: true, force: true });
    fs.rmSync(cache, { recursive: true, force: true });
    const run = await timeBuild(
      { BLUEPRINT_CONTENT_DIR: contentDir, BLUEPRINT_DIST: dist, BLUEPRINT_CACHE_DIR: cache },
      path.join(logs, `build-${size.name}-${i}.log`),
    );
    runs.push(run);
    log(
      `build ${size.name} run ${i}/${size.runs}: ${run.ok ? 'ok' : 'FAILED'}, ${run.wallSeconds.toFixed(1)} s (CPU ${run.cpuSeconds?.toFixed(1) ?? '?'} s), ` +
        `largest process ${Math.round((run.largestProcessMaxRssKiB ?? 0) / 1024)} MiB, tree ${Math.round(run.treePeakRssKiB / 1024)} MiB, load average ${run.loadAverage.toFixed(1)}`,
    );
    if (!run.ok) throw new Error(`the ${size.name} build failed: see ${run.log}`);
  }
  const pages = builtPages(dist).length + (fs.existsSync(path.join(dist, '404.html')) ? 1 : 0);
  const medians = mediansOf(runs);
  return {
    size: size.name,
    factor: size.factor,
    contentDir: path.relative(ROOT, contentDir),
    strategies: countEnglish(contentDir, 'strategies'),
    directions: countEnglish(contentDir, 'directions'),
    pages,
    runs,
    ...medians,
    msPerPage: (medians.medianWallSeconds * 1000) / pages,
  };
}

export interface LinearFit {
  /** Fixed cost: the fitted value at 0 pages. */
  intercept: number;
  /** Cost of each additional page. */
  slope: number;
  /** How well a straight line fits (1 = exactly). */
  r2: number;
}

/** Least-squares straight line through (pages, value). */
export function linearFit(points: readonly { x: number; y: number }[]): LinearFit | undefined {
  if (points.length < 2) return undefined;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const syy = points.reduce((s, p) => s + (p.y - my) ** 2, 0);
  if (!sxx) return undefined;
  const slope = sxy / sxx;
  return { intercept: my - slope * mx, slope, r2: syy ? (sxy * sxy) / (sxx * syy) : 1 };
}

export interface IncrementalResult {
  size: string;
  /** The cold build it is compared with: the median of the size's cold runs. */
  coldWallSeconds: number;
  /** `npm run build` again with nothing changed. */
  unchanged: BuildRun;
  /** Whether that rebuild gave the same dist/, byte for byte. */
  unchangedIdentical: boolean;
  /** `npm run build` again after one strategy's summary changed. */
  edited: BuildRun;
  editedFile: string;
  /** edited wall time / cold wall time. */
  ratio: number;
}

/** A hash of every file's path and bytes under a folder. */
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, file);
    if (fs.statSync(full).isFile()) hash.update(`${file}\0`).update(fs.readFileSync(full));
  }
  return hash.digest('hex');
}

/**
 * After a size's cold builds: builds it again unchanged, then again after an editor's
 * everyday change (one strategy's summary), keeping dist/ and the caches, as a preview
 * build would. The edited file is put back afterwards.
 */
export async function benchIncremental(cold: BuildResult, benchDir: string): Promise<IncrementalResult> {
  const contentDir = path.resolve(ROOT, cold.contentDir);
  const dist = path.join(benchDir, `dist-${cold.size}`);
  const env = { BLUEPRINT_CONTENT_DIR: contentDir, BLUEPRINT_DIST: dist, BLUEPRINT_CACHE_DIR: path.join(benchDir, `cache-${cold.size}`) };
  const logs = path.join(benchDir, 'logs');
  const before = treeHash(dist);
  const unchanged = await timeBuild(env, path.join(logs, `build-${cold.size}-unchanged.log`));
  if (!unchanged.ok) throw new Error(`the unchanged ${cold.size} rebuild failed: see ${unchanged.log}`);
  const unchangedIdentical = treeHash(dist) === before;

  const folder = path.join(contentDir, 'strategies', DEFAULT_LOCALE);
  const name = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.mdx'))
    .sort()[0]!;
  const file = path.join(folder, name);
  const original = fs.readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)^---/m.exec(original);
  const doc = parseDocument(match?.[1] ?? '');
  doc.set('summary', `${String(doc.get('summary') ?? '')} Edited for the benchmark.`);
  fs.writeFileSync(file, original.replace(match![1]!, doc.toString()));
  let edited: BuildRun;
  try {
    edited = await timeBuild(env, path.join(logs, `build-${cold.size}-edited.log`));
  } finally {
    fs.writeFileSync(file, original);
  }
  if (!edited.ok) throw new Error(`the edited ${cold.size} rebuild failed: see ${edited.log}`);
  log(
    `rebuild ${cold.size}: unchanged ${unchanged.wallSeconds.toFixed(1)} s (${unchangedIdentical ? 'dist/ byte-identical' : 'dist/ CHANGED'}), ` +
      `one summary edited ${edited.wallSeconds.toFixed(1)} s = ${(edited.wallSeconds / cold.medianWallSeconds).toFixed(2)} × the cold build`,
  );
  return {
    size: cold.size,
    coldWallSeconds: cold.medianWallSeconds,
    unchanged,
    unchangedIdentical,
    edited,
    editedFile: path.relative(ROOT, file),
    ratio: edited.wallSeconds / cold.medianWallSeconds,
  };
}

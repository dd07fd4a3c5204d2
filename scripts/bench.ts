// `npm run bench`: builds the site at 1×, 10× and 100× its content, serves the 1×
// build locally with compression, and measures it: critical bytes of every page,
// page loads, Lighthouse (mobile), search index sizes and search timings. Writes
// bench-results/report.json and bench-results/report.md and prints where they are.
//
// Everything it builds goes under .bench/ (never dist/, which others rebuild).
//
//   node scripts/bench.ts [--quick] [--runs=3,2,1] [--lighthouse=all|some|none]
//                         [--lighthouse-runs=1] [--load-runs=3] [--search-runs=5] [--no-build]
//                         [--peer=PATH]
//
// With --peer (the Starlight peer's folder, e.g. ../shared/peer/starlight), the same content is
// built as the peer at every size too, in turn with the project, and the report gives the ratios.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { startServer } from './lib/static-server.mjs';
import { benchBuild, benchIncremental, linearFit, type BuildResult, type BuildSize, type IncrementalResult } from './bench/build.ts';
import { benchPeer, preparePeer, type PeerResult } from './bench/peer.ts';
import { criticalByFamily, CRITICAL_BYTES_BUDGET, measureLoads, selectPages, surveyCriticalBytes, type Family } from './bench/pages.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { indexSizes, measureSearch, type QueryResult } from './bench/search.ts';
import { measureFirstSearch, type FirstSearchResult } from './bench/first-search.ts';
import { renderMarkdown, type Report } from './bench/report.ts';
import { CHROMIUM_ARGS, chromiumPath, log, median } from './bench/util.ts';
import type { LocaleCode } from '../src/i18n/locales.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BENCH = path.join(ROOT, '.bench');
const RESULTS = path.join(ROOT, 'bench-results');
const started = Date.now();

const USAGE = `Usage: node scripts/bench.ts [options]
  --quick                 skip the 100× build
  --runs=3,2,1            builds per size (1×,10×,100×), or one number for every size
  --lighthouse=all        all | some (home, strategy, measures, search) | none
  --lighthouse-runs=1     Lighthouse runs per page (median)
  --load-runs=3           page loads per page (median)
  --search-runs=5         cold and warm searches per query (median)
  --no-build              reuse the last .bench/dist-1x and skip the build timings
  --peer=PATH             also build the Starlight peer in PATH (copied to .bench/peer) at every size`;

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3,2,1' },
    lighthouse: { type: 'string', default: 'all' },
    'lighthouse-runs': { type: 'string', default: '1' },
    'load-runs': { type: 'string', default: '3' },
    'search-runs': { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
    peer: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const count = (name: string, value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a whole number ≥ 1, got "${value}"\n\n${USAGE}`);
    process.exit(2);
  }
  return n;
};
const runsPerSize = args.runs.split(',').map((v) => count('runs', v.trim()));
const lighthouseMode = args.lighthouse;
if (!['all', 'some', 'none'].includes(lighthouseMode)) {
  console.error(`--lighthouse must be all, some or none\n\n${USAGE}`);
  process.exit(2);
}
const lighthouseRuns = count('lighthouse-runs', args['lighthouse-runs']);
const loadRuns = count('load-runs', args['load-runs']);
const searchRuns = count('search-runs', args['search-runs']);

const SIZES: BuildSize[] = [
  { name: '1x', factor: 1, runs: runsPerSize[0] ?? 3 },
  { name: '10x', factor: 10, runs: runsPerSize[1] ?? runsPerSize[0] ?? 2 },
  { name: '100x', factor: 100, runs: runsPerSize[2] ?? runsPerSize[0] ?? 1 },
].filter((s) => !(args.quick && s.factor === 100));

/** Queries for the search timings: a first (cold) one, then another on the same page (warm). */
const QUERIES: Partial<Record<LocaleCode, { cold: string; warm: string }>> = {
  en: { cold: 'venture capital', warm: 'talent' },
  tc: { cold: '創投', warm: '人才' },
  sc: { cold: '创投', warm: '人才' },
};
const LIGHTHOUSE_SOME: Family[] = ['home', 'strategy', 'measures', 'search'];
/** A reader's first search on a strategy page, on the project and on the peer: five queries, in the three languages. */
const FIRST_SEARCHES: { locale: LocaleCode; query: string }[] = [
  { locale: 'en', query: 'venture capital' },
  { locale: 'en', query: 'smart city' },
  { locale: 'en', query: 'talent' },
  { locale: 'tc', query: '創投' },
  { locale: 'sc', query: '人才' },
];
/** Between opening search and the first keystroke: a reader's hand moving to the keys. */
const FIRST_SEARCH_PAUSE_MS = 500;
/** The peer's 1× build, kept for the search comparison while the larger sizes overwrite its dist/. */
const PEER_DIST = path.join(BENCH, 'peer-dist-1x');

const notes: string[] = [];
// The machine's 1-minute load average through the run: timings mean little when other work competes.
type Phase = 'builds' | 'measurements';
let phase = 'builds' as Phase;
const loads1m: Record<Phase, number[]> = { builds: [], measurements: [] };
const loadTimer = setInterval(() => loads1m[phase].push(os.loadavg()[0]!), 5000);
loadTimer.unref();

// 1. Builds.
const builds: BuildResult[] = [];
const peers: PeerResult[] = [];
let incremental: IncrementalResult | undefined;
if (!args['no-build']) {
  const peerDir = args.peer === undefined ? undefined : preparePeer(args.peer, BENCH);
  for (const size of SIZES) {
    log(`building ${size.name} content, ${size.runs} run(s)…`);
    const build = await benchBuild(size, BENCH);
    builds.push(build);
    // An editor's rebuild, measured where it matters and content is generated (never on content/).
    if (size.factor === 10) incremental = await benchIncremental(build, BENCH);
    if (peerDir) {
      log(`building the peer at ${size.name}, ${size.runs} run(s)…`);
      // Generated from the project's own open data, as the peer's README says.
      peers.push(await benchPeer(size, peerDir, path.join(BENCH, 'dist-1x', 'data', 'blueprint.json'), BENCH));
      if (size.factor === 1) {
        fs.rmSync(PEER_DIST, { recursive: true, force: true });
        fs.cpSync(path.join(peerDir, 'dist'), PEER_DIST, { recursive: true });
      }
    }
  }
}
const dist = path.join(BENCH, 'dist-1x');
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`No 1× build in ${path.relative(ROOT, dist)}: run without --no-build.`);
  process.exit(1);
}

let buildFit: Report['buildFit'];
if (builds.length > 1) {
  const points = (f: (b: BuildResult) => number | undefined) =>
    builds.flatMap((b) => {
      const y = f(b);
      return y === undefined ? [] : [{ x: b.pages, y }];
    });
  const marginal = builds.slice(1).map((b, i) => {
    const a = builds[i]!;
    const pages = b.pages - a.pages;
    return {
      from: a.size,
      to: b.size,
      msPerPage: ((b.medianWallSeconds - a.medianWallSeconds) * 1000) / pages,
      cpuMsPerPage:
        a.medianCpuSeconds !== undefined && b.medianCpuSeconds !== undefined
          ? ((b.medianCpuSeconds - a.medianCpuSeconds) * 1000) / pages
          : undefined,
      treeKiBPerPage: (b.medianTreePeakRssKiB - a.medianTreePeakRssKiB) / pages,
    };
  });
  buildFit = {
    time: linearFit(points((b) => b.medianWallSeconds)),
    cpu: linearFit(points((b) => b.medianCpuSeconds)),
    treeMemory: linearFit(points((b) => b.medianTreePeakRssKiB)),
    largestProcessMemory: linearFit(points((b) => b.medianLargestProcessMaxRssKiB)),
    marginal,
  };
  if (marginal.length >= 2) {
    const [first, last] = [marginal[0]!, marginal.at(-1)!];
    const verdict = (r: number) =>
      r > 0.67 && r < 1.5 ? 'linear' : r >= 1.5 ? 'faster than linear' : 'slower than linear (fixed costs weigh on the small builds)';
    // A build run while the load average was far above the CPU count had other work competing with it.
    const cpus = os.cpus().length;
    const contended = builds.filter((b) => b.runs.some((r) => r.loadAverage > cpus * 2)).map((b) => b.size);
    const wallRatio = last.msPerPage / first.msPerPage;
    const cpuRatio = first.cpuMsPerPage && last.cpuMsPerPage ? last.cpuMsPerPage / first.cpuMsPerPage : undefined;
    const memRatio = last.treeKiBPerPage / first.treeKiBPerPage;
    notes.push(
      `Build cost vs content, per added page (${first.from}→${first.to}, then ${last.from}→${last.to}): ` +
        (cpuRatio !== undefined
          ? `CPU time ${first.cpuMsPerPage!.toFixed(1)} ms then ${last.cpuMsPerPage!.toFixed(1)} ms (ratio ${cpuRatio.toFixed(2)}: ${verdict(cpuRatio)}); `
          : '') +
        `wall time ${first.msPerPage.toFixed(1)} ms then ${last.msPerPage.toFixed(1)} ms (ratio ${wallRatio.toFixed(2)}: ${verdict(wallRatio)}); ` +
        `peak memory ${first.treeKiBPerPage.toFixed(0)} KiB then ${last.treeKiBPerPage.toFixed(0)} KiB (ratio ${memRatio.toFixed(2)}: ${verdict(memRatio)}).` +
        (contended.length
          ? ` **The ${contended.join(', ')} build ran while the load average was over twice the CPU count: other work competed, so its wall time is inflated; judge linearity on CPU time.**`
          : ''),
    );
  }
}

// 2. Serve the 1× build and measure its pages.
phase = 'measurements';
loads1m.measurements.push(os.loadavg()[0]!);
const server = await startServer({ dir: dist, port: 0 });
const base = server.url;
log(`serving ${path.relative(ROOT, dist)} at ${base}`);
let report: Report;
try {
  const survey = await surveyCriticalBytes(dist, base);
  const byFamily = criticalByFamily(survey).map((f) => ({
    family: f.family,
    locale: f.locale,
    pages: f.pages,
    maxBytes: f.max.criticalBytes,
    maxPage: f.max.path,
    blockingRequests: Math.max(
      ...survey.filter((s) => s.family === f.family && (s.locale ?? '–') === f.locale).map((s) => s.blocking.length),
    ),
  }));
  const overBudget = survey.filter((s) => s.criticalBytes > CRITICAL_BYTES_BUDGET).map((s) => `${s.path} (${s.criticalBytes} B)`);
  log(
    `critical bytes of ${survey.length} pages: max ${Math.max(...survey.map((s) => s.criticalBytes))} B, ${overBudget.length} over ${CRITICAL_BYTES_BUDGET} B`,
  );

  const selected = selectPages(survey);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const chromiumVersion = `Chromium ${browser.version()}`;
  log(`page loads: ${selected.length} pages × ${loadRuns}…`);
  const loads = await measureLoads(browser, base, selected, survey, loadRuns, (m) => log(m));

  log('search…');
  const search = indexSizes(dist);
  const queries: QueryResult[] = [];
  for (const [locale, q] of Object.entries(QUERIES) as [LocaleCode, { cold: string; warm: string }][]) {
    const results = await measureSearch(browser, base, locale, q, searchRuns);
    for (const r of results)
      log(`search ${locale} ${r.kind} "${r.query}": ${Math.round(r.medianMs)} ms, ${r.medianBytes} B in ${r.medianRequests} requests`);
    queries.push(...results);
  }
  let firstSearch: Report['firstSearch'];
  if (args.peer !== undefined && !fs.existsSync(path.join(PEER_DIST, 'pagefind')))
    notes.push('No 1× build of the peer in .bench/peer-dist-1x: run with --peer and without --no-build for the search comparison.');
  else if (args.peer !== undefined) {
    const peerServer = await startServer({ dir: PEER_DIST, port: 0 });
    try {
      const results: FirstSearchResult[] = [];
      for (const { locale, query } of FIRST_SEARCHES) {
        // In turn, query by query, so that both sites meet the same machine.
        const project = await measureFirstSearch(
          browser,
          'project',
          `${base}${locale}/strategies/3-venture-financing/`,
          locale,
          query,
          searchRuns,
          FIRST_SEARCH_PAUSE_MS,
        );
        const peer = await measureFirstSearch(
          browser,
          'peer',
          `${peerServer.url}${locale}/strategies/3/`,
          locale,
          query,
          searchRuns,
          FIRST_SEARCH_PAUSE_MS,
        );
        for (const r of [project, peer])
          log(
            `first search ${r.site} ${locale} "${query}": ${Math.round(r.medianMs)} ms, ${r.medianBytes} B (${r.medianBodyBytes} B of bodies) in ${r.medianRequests} requests`,
          );
        results.push(project, peer);
      }
      firstSearch = { pauseMs: FIRST_SEARCH_PAUSE_MS, results };
    } finally {
      await peerServer.close();
    }
  }
  await browser.close();

  let lighthouse: Report['lighthouse'];
  if (lighthouseMode !== 'none') {
    const pages = lighthouseMode === 'all' ? selected : selected.filter((p) => LIGHTHOUSE_SOME.includes(p.family));
    log(`Lighthouse: ${pages.length} pages × ${lighthouseRuns}…`);
    lighthouse = await runLighthouse(base, pages, lighthouseRuns, (m) => log(m));
  }

  // What the numbers say against the goals.
  if (overBudget.length) notes.push(`Critical bytes over the ${CRITICAL_BYTES_BUDGET}-byte budget: ${overBudget.join(', ')}.`);
  else
    notes.push(
      `Critical bytes: every one of the ${survey.length} pages is within ${CRITICAL_BYTES_BUDGET} bytes (max ${Math.max(...survey.map((s) => s.criticalBytes))} B).`,
    );
  const blockingPages = survey.filter((s) => s.blocking.length);
  if (blockingPages.length)
    notes.push(
      `Render-blocking requests on ${blockingPages.length} pages, e.g. ${blockingPages[0]!.path}: ${blockingPages[0]!.blocking.map((b) => b.url).join(', ')}.`,
    );
  const jsOnContent = loads.filter((l) => l.family !== 'search' && l.medianJsRequests > 0);
  notes.push(
    jsOnContent.length
      ? `JavaScript fetched on load on content pages: ${jsOnContent.map((l) => `${l.path} (${l.jsUrls.join(', ')})`).join('; ')}.`
      : 'No content page fetches any script on load (only the inline bootstrap, which loads search code when a reader starts a search). The search page fetches its search script on load, by design.',
  );
  if (lighthouse) {
    const all = lighthouse.results.flatMap((r) => r.failing.map((f) => ({ ...f, path: r.path })));
    const bp = all.filter((f) => f.category === 'best-practices');
    if (bp.length && bp.every((f) => f.id === 'is-on-https'))
      notes.push('Best practices lost points only for `is-on-https`: the benchmark serves http://127.0.0.1; a real host serves HTTPS.');
    const perfect = lighthouse.results.filter((r) => Object.values(r.scores).every((s) => s === 100)).length;
    notes.push(`Lighthouse: ${perfect} of ${lighthouse.results.length} pages scored 100 in all four categories.`);
  }
  clearInterval(loadTimer);
  loads1m.measurements.push(os.loadavg()[0]!);
  const cpus = os.cpus().length;
  const describe = (values: number[]) =>
    values.length ? `median ${median(values).toFixed(1)}, max ${Math.max(...values).toFixed(1)}` : 'not sampled';
  const busy = Math.max(...loads1m.measurements) > cpus + 0.5;
  notes.push(
    `Machine load (1-minute load average, sampled every 5 s, on ${cpus} CPUs): during the builds ${describe(loads1m.builds)}; during the browser measurements ${describe(loads1m.measurements)}. ` +
      'The load average counts runnable threads, the build\u2019s own workers included, so a build alone can push it above the CPU count. ' +
      (busy
        ? '**During the browser measurements it was above the CPU count: other work competed**, so search timings and Lighthouse\u2019s TBT and performance scores are slower than on a quiet machine (bytes, counts and the other Lighthouse categories are unaffected).'
        : 'During the browser measurements the machine was otherwise quiet.'),
  );

  const require = createRequire(import.meta.url);
  const lighthouseVersion = (require('lighthouse/package.json') as { version: string }).version;
  report = {
    date: new Date().toISOString(),
    command: `node scripts/bench.ts ${process.argv.slice(2).join(' ')}`.trim(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGiB: os.totalmem() / 1024 ** 3,
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      chromium: chromiumVersion,
    },
    options: {
      sizes: SIZES,
      lighthouse: lighthouseMode,
      lighthouseRuns,
      lighthouseVersion,
      loadRuns,
      searchRuns,
      noBuild: args['no-build'],
      peer: args.peer ?? null,
    },
    builds,
    buildFit,
    peers,
    incremental,
    critical: { budgetBytes: CRITICAL_BYTES_BUDGET, pages: survey.length, overBudget, byFamily, all: survey },
    loads,
    lighthouse,
    search: { index: search.languages, shared: search.shared, queries },
    firstSearch,
    notes,
    durationSeconds: (Date.now() - started) / 1000,
  };
} finally {
  await server.close();
}

fs.mkdirSync(RESULTS, { recursive: true });
fs.writeFileSync(path.join(RESULTS, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
fs.writeFileSync(path.join(RESULTS, 'report.md'), renderMarkdown(report));
log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(
  `\nReport: ${path.relative(process.cwd(), path.join(RESULTS, 'report.md'))} (data: ${path.relative(process.cwd(), path.join(RESULTS, 'report.json'))})`,
);

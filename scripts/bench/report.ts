// Renders the benchmark's results as Markdown tables.
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import type { BuildResult, IncrementalResult, LinearFit } from './build.ts';
import type { PeerResult } from './peer.ts';
import { CATEGORIES, type LighthouseResult } from './lighthouse.ts';
import { type CriticalBytes, type PageLoad, type SurveyFamily } from './pages.ts';
import type { IndexSize, QueryResult } from './search.ts';
import type { FirstSearchResult } from './first-search.ts';
import { kb, median, ms } from './util.ts';

export interface Report {
  date: string;
  command: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; os: string; node: string; chromium: string };
  options: Record<string, unknown>;
  builds: BuildResult[];
  buildFit?: {
    time?: LinearFit;
    cpu?: LinearFit;
    treeMemory?: LinearFit;
    largestProcessMemory?: LinearFit;
    marginal: { from: string; to: string; msPerPage: number; cpuMsPerPage?: number; treeKiBPerPage: number }[];
  };
  /** The Starlight peer at the same sizes, when `--peer` was given. */
  peers?: PeerResult[];
  incremental?: IncrementalResult;
  critical: {
    budgetBytes: number;
    pages: number;
    overBudget: string[];
    byFamily: { family: SurveyFamily; locale: string; pages: number; maxBytes: number; maxPage: string; blockingRequests: number }[];
    all: CriticalBytes[];
  };
  loads: PageLoad[];
  lighthouse?: { settings: string; results: LighthouseResult[] };
  search?: { index: IndexSize[]; shared: Record<string, number>; queries: QueryResult[] };
  /** A first search on a strategy page, the project beside the peer, when `--peer` was given. */
  firstSearch?: { pauseMs: number; results: FirstSearchResult[] };
  notes: string[];
  durationSeconds: number;
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const header = (cells: string[], align?: string[]) => [row(cells), row(align ?? cells.map(() => '---'))].join('\n');
const mib = (kib: number | undefined) => (kib === undefined || !Number.isFinite(kib) ? '–' : `${Math.round(kib / 1024)} MiB`);

function buildSection(r: Report): string[] {
  const out = ['## Build', ''];
  if (!r.builds.length) return [...out, 'Not run.', ''];
  out.push(
    header(
      [
        'content',
        'strategies / directions (per locale)',
        'pages',
        'runs',
        'wall time (median)',
        'time per page',
        'CPU time (user+sys)',
        'CPU per page',
        'peak RSS, largest process (GNU time %M)',
        'peak RSS, whole process tree (/proc)',
        'tree RSS per page',
        'load average (max)',
      ],
      ['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
    ),
  );
  for (const b of r.builds) {
    out.push(
      row([
        b.size,
        `${b.strategies} / ${b.directions}`,
        b.pages,
        b.runs.length,
        `${b.medianWallSeconds.toFixed(1)} s`,
        `${b.msPerPage.toFixed(1)} ms`,
        b.medianCpuSeconds === undefined ? '–' : `${b.medianCpuSeconds.toFixed(1)} s`,
        b.medianCpuSeconds === undefined ? '–' : `${((b.medianCpuSeconds * 1000) / b.pages).toFixed(1)} ms`,
        mib(b.medianLargestProcessMaxRssKiB),
        mib(b.medianTreePeakRssKiB),
        `${(b.medianTreePeakRssKiB / b.pages).toFixed(0)} KiB`,
        Math.max(...b.runs.map((x) => x.loadAverage)).toFixed(1),
      ]),
    );
  }
  out.push('');
  const fit = r.buildFit;
  if (fit?.marginal.length) {
    out.push('Cost of each additional page between sizes (Δ median / Δ pages):', '');
    out.push(
      header(
        ['from → to', 'wall time per added page', 'CPU time per added page', 'tree memory per added page'],
        ['---', '---:', '---:', '---:'],
      ),
    );
    for (const m of fit.marginal) {
      out.push(
        row([
          `${m.from} → ${m.to}`,
          `${m.msPerPage.toFixed(1)} ms`,
          m.cpuMsPerPage === undefined ? '–' : `${m.cpuMsPerPage.toFixed(1)} ms`,
          `${m.treeKiBPerPage.toFixed(0)} KiB`,
        ]),
      );
    }
    out.push('');
  }
  if (fit?.time) {
    out.push(
      `Straight-line fit over the sizes: time ≈ ${fit.time.intercept.toFixed(1)} s + ${(fit.time.slope * 1000).toFixed(1)} ms × pages (R² ${fit.time.r2.toFixed(4)})` +
        (fit.cpu
          ? `; CPU ≈ ${fit.cpu.intercept.toFixed(1)} s + ${(fit.cpu.slope * 1000).toFixed(1)} ms × pages (R² ${fit.cpu.r2.toFixed(4)})`
          : '') +
        (fit.treeMemory
          ? `; tree memory ≈ ${mib(fit.treeMemory.intercept)} + ${fit.treeMemory.slope.toFixed(0)} KiB × pages (R² ${fit.treeMemory.r2.toFixed(4)})`
          : '') +
        (fit.largestProcessMemory
          ? `; largest process ≈ ${mib(fit.largestProcessMemory.intercept)} + ${fit.largestProcessMemory.slope.toFixed(0)} KiB × pages (R² ${fit.largestProcessMemory.r2.toFixed(4)})`
          : '') +
        '.',
      '',
    );
  }
  out.push(
    'CPU time is GNU time\u2019s %U + %S (the build and every process it waited for): other work on the machine stretches wall time far more than CPU time, so linearity is judged on CPU time when the machine was busy. ' +
      'Each run is a cold build (its output folder and Astro cache removed first) of `node scripts/build.mjs`: content check, Astro build, Pagefind index, search bundle, headers, verification. ' +
      'Memory is measured two ways: GNU `/usr/bin/time -f %M` gives the maximum RSS of the largest single process of the tree (the Astro build); ' +
      'the benchmark also samples `/proc` every 100 ms and sums the RSS of every process in the tree (shared pages are counted once per process, so this over-counts a little, and a peak shorter than 100 ms can be missed).',
    '',
  );
  return out;
}

const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || !Number.isFinite(a / b) ? '–' : `**${(a / b).toFixed(2)}×**`;

function peerSection(r: Report): string[] {
  if (!r.peers?.length) return [];
  const out = ['## Against the peer (Starlight)', ''];
  out.push(
    `The same Blueprint as a plain Starlight site (\`${r.options.peer}\`, copied to \`.bench/peer\`), generated from the project's open data at the same sizes and built cold after the project's builds of each size, on the same machine in the same run. ` +
      'Ratios are project / peer: below 1 the project is faster or leaner.',
    '',
    header(
      [
        'content',
        'pages (project / peer)',
        'wall time (project / peer)',
        'wall ratio',
        'CPU time (project / peer)',
        'CPU ratio',
        'peak tree RSS (project / peer)',
        'memory ratio',
      ],
      ['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
    ),
  );
  for (const p of r.peers) {
    const b = r.builds.find((x) => x.size === p.size);
    if (!b) continue;
    const s = (v: number | undefined) => (v === undefined ? '–' : `${v.toFixed(1)} s`);
    out.push(
      row([
        p.size,
        `${b.pages} / ${p.pages}`,
        `${s(b.medianWallSeconds)} / ${s(p.medianWallSeconds)}`,
        ratio(b.medianWallSeconds, p.medianWallSeconds),
        `${s(b.medianCpuSeconds)} / ${s(p.medianCpuSeconds)}`,
        ratio(b.medianCpuSeconds, p.medianCpuSeconds),
        `${mib(b.medianTreePeakRssKiB)} / ${mib(p.medianTreePeakRssKiB)}`,
        ratio(b.medianTreePeakRssKiB, p.medianTreePeakRssKiB),
      ]),
    );
  }
  out.push(
    '',
    "The project's build does more than the peer's: the content check, a share image per direction and strategy in every locale, the Simplified conversion, open data, the security headers and the check that the site is complete.",
    '',
  );
  return out;
}

function incrementalSection(r: Report): string[] {
  const i = r.incremental;
  if (!i) return [];
  return [
    '## Rebuilding after an edit',
    '',
    `At ${i.size}, after the cold builds, \`node scripts/build.mjs\` again with dist/ and the build cache kept, as an editor's preview would run it.`,
    '',
    header(['build', 'wall time', 'CPU time', 'against the cold build'], ['---', '---:', '---:', '---:']),
    row(['cold (median)', `${i.coldWallSeconds.toFixed(1)} s`, '', '1.00×']),
    row([
      `nothing changed (dist/ ${i.unchangedIdentical ? 'byte-identical' : '**changed**'})`,
      `${i.unchanged.wallSeconds.toFixed(1)} s`,
      i.unchanged.cpuSeconds === undefined ? '–' : `${i.unchanged.cpuSeconds.toFixed(1)} s`,
      ratio(i.unchanged.wallSeconds, i.coldWallSeconds),
    ]),
    row([
      `one strategy's summary changed (\`${i.editedFile}\`)`,
      `${i.edited.wallSeconds.toFixed(1)} s`,
      i.edited.cpuSeconds === undefined ? '–' : `${i.edited.cpuSeconds.toFixed(1)} s`,
      ratio(i.edited.wallSeconds, i.coldWallSeconds),
    ]),
    '',
  ];
}

function criticalSection(r: Report): string[] {
  const out = ['## Critical bytes (every page)', ''];
  const c = r.critical;
  out.push(
    `HTML as served (gzip) plus every render-blocking stylesheet and script in \`<head>\`, for all ${c.pages} pages of the 1× build. Budget ${kb(c.budgetBytes)} (${c.budgetBytes} bytes). ` +
      (c.overBudget.length ? `**Over budget: ${c.overBudget.join(', ')}.**` : 'Every page is within the budget.'),
    '',
  );
  out.push(
    header(
      ['family', ...LOCALE_CODES.map((l) => `max ${l}`), 'pages', 'blocking requests', 'heaviest page (any locale)'],
      ['---', ...LOCALE_CODES.map(() => '---:'), '---:', '---:', '---'],
    ),
  );
  const families = [...new Set(c.byFamily.map((f) => f.family))];
  for (const family of families) {
    const rows = c.byFamily.filter((f) => f.family === family);
    const cell = (l: string) => {
      const f = rows.find((x) => x.locale === l);
      return f ? `${f.maxBytes} B (${kb(f.maxBytes)})${f.maxBytes > c.budgetBytes ? ' ⚠' : ''}` : '';
    };
    const unlocalised = rows.find((x) => x.locale === '–');
    const heaviest = [...rows].sort((a, b) => b.maxBytes - a.maxBytes)[0]!;
    out.push(
      row([
        family,
        ...LOCALE_CODES.map((l, i) => (unlocalised && i === 0 ? `${unlocalised.maxBytes} B (${kb(unlocalised.maxBytes)})` : cell(l))),
        rows.reduce((s, x) => s + x.pages, 0),
        Math.max(...rows.map((x) => x.blockingRequests)),
        `\`${heaviest.maxPage}\``,
      ]),
    );
  }
  out.push('', '(Pages without a locale, `/` and `404.html`, are shown in the first column.)', '');
  return out;
}

function loadSection(r: Report): string[] {
  const out = ['## Page loads (one page per family and locale)', ''];
  out.push(
    'Fresh browser context each load (empty cache), phone viewport, until the network is idle, no interaction; median of ' +
      `${r.options.loadRuns} load(s). "JS on load" counts scripts fetched over the network (inline scripts are in the HTML, shown apart). Transferred = response bodies as sent (gzip) plus response headers.`,
    '',
  );
  out.push(
    header(
      ['family', 'locale', 'page', 'critical bytes', 'blocking requests', 'JS on load', 'inline JS', 'transferred', 'requests'],
      ['---', '---', '---', '---:', '---:', '---:', '---:', '---:', '---:'],
    ),
  );
  for (const l of r.loads) {
    out.push(
      row([
        l.family,
        l.locale,
        `\`${l.path}\``,
        `${l.critical.criticalBytes} B`,
        l.critical.blocking.length,
        l.medianJsRequests ? `${kb(l.medianJsBytes)} in ${l.medianJsRequests} (${l.jsUrls.join(', ')})` : '0',
        kb(l.critical.inlineScriptBytes),
        kb(l.medianTransferBytes),
        l.medianRequests,
      ]),
    );
  }
  out.push('');
  return out;
}

function lighthouseSection(r: Report): string[] {
  const out = ['## Lighthouse', ''];
  if (!r.lighthouse) return [...out, 'Not run (`--lighthouse=none`).', ''];
  out.push(
    `lighthouse ${r.options.lighthouseVersion}, default configuration (${r.lighthouse.settings}), against the system Chromium, ${r.options.lighthouseRuns} run(s) per page (median when more than one).`,
    '',
  );
  out.push(
    header(
      ['family', 'locale', ...CATEGORIES, 'LCP', 'CLS', 'TBT'],
      ['---', '---', ...CATEGORIES.map(() => '---:'), '---:', '---:', '---:'],
    ),
  );
  const mark = (v: number) => (Number.isFinite(v) ? (v < 100 ? `**${v}**` : String(v)) : 'error');
  for (const l of r.lighthouse.results) {
    out.push(
      row([
        l.family,
        l.locale,
        ...CATEGORIES.map((c) => mark(l.scores[c])),
        ms(l.lcpMs),
        Number.isFinite(l.cls) ? l.cls.toFixed(3) : '–',
        ms(l.tbtMs),
      ]),
    );
  }
  out.push('');
  const below = r.lighthouse.results.filter((l) => l.failing.length || l.error);
  if (below.length) {
    out.push('### Audits below a full score', '');
    const byAudit = new Map<string, { note: LighthouseResult['failing'][number]; pages: string[] }>();
    for (const l of below) {
      for (const note of l.failing) {
        const key = `${note.category}/${note.id}`;
        const entry = byAudit.get(key) ?? { note, pages: [] };
        entry.pages.push(`${l.path}${note.displayValue ? ` (${note.displayValue})` : ''}`);
        byAudit.set(key, entry);
      }
    }
    for (const { note, pages } of byAudit.values()) {
      out.push(`- **${note.category} / \`${note.id}\`** (${note.title}) on ${pages.length} page(s): ${pages.join(', ')}`);
      for (const e of note.examples) out.push(`  - e.g. \`${e.replaceAll('`', "'").replaceAll('\n', ' ')}\``);
    }
    for (const l of below.filter((x) => x.error)) out.push(`- ${l.path}: Lighthouse retries or errors: ${l.error}`);
    out.push('');
  } else {
    out.push('Every audit with a weight scored in full on every page measured.', '');
  }
  return out;
}

function searchSection(r: Report): string[] {
  const out = ['## Search', ''];
  if (!r.search) return [...out, 'Not run.', ''];
  out.push('### Index size per locale', '');
  out.push(
    header(
      ['locale', 'Pagefind language', 'pages', 'meta', 'index chunks', 'fragments', 'filters', 'total', 'WebAssembly (shared)'],
      ['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
    ),
  );
  for (const i of r.search.index) {
    out.push(
      row([
        i.locale,
        i.language,
        i.pages,
        kb(i.bytes.meta),
        `${kb(i.bytes.index)} (${i.files.index})`,
        `${kb(i.bytes.fragment)} (${i.files.fragment})`,
        `${kb(i.bytes.filter)} (${i.files.filter})`,
        `**${kb(i.totalBytes)}**`,
        `${i.wasmFile} ${kb(i.bytes.wasm)}`,
      ]),
    );
  }
  out.push(
    '',
    'Sizes on disk; Pagefind compresses its files itself, so these are the bytes sent. Fragments are attributed by the language prefix of their file names. Shared files: ' +
      Object.entries(r.search.shared)
        .map(([n, b]) => `\`${n}\` ${kb(b)}`)
        .join(', ') +
      '.',
    '',
  );
  out.push('### From keystroke to first results', '');
  out.push(
    `Medians of ${r.options.searchRuns} runs. Each run opens the search page in a fresh browser context, waits for the search form, then types the cold query into \`#search-q\` (one input event with the whole query) and times, inside the page, until \`#search-status\` has text and \`#search-results > li\` exists; then clears the box and does the same with the warm query. ` +
      'The search box has no debounce: every keystroke searches, and a newer search replaces one still running. Bytes: every `/pagefind/`, `/search/` and `/client/` request from the keystroke until the results (bodies as sent plus headers).',
    '',
  );
  out.push(
    header(
      ['locale', 'search', 'query', 'time (median)', 'runs', 'bytes fetched (median)', 'requests', 'search code on page load'],
      ['---', '---', '---', '---:', '---', '---:', '---:', '---:'],
    ),
  );
  for (const q of r.search.queries) {
    out.push(
      row([
        q.locale,
        q.kind,
        `\`${q.query}\``,
        `**${ms(q.medianMs)}**`,
        q.runs.map((s) => Math.round(s.ms)).join(', '),
        kb(q.medianBytes),
        q.medianRequests,
        q.medianPageLoadSearchBytes === undefined ? '' : kb(q.medianPageLoadSearchBytes),
      ]),
    );
  }
  out.push('');
  return out;
}

export function renderMarkdown(r: Report): string {
  const m = r.machine;
  const lines = [
    '# Performance benchmark',
    '',
    `${r.date} · \`${r.command}\` · ${r.durationSeconds.toFixed(0)} s`,
    '',
    `Machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB.toFixed(1)} GiB memory, ${m.os}, Node ${m.node}, ${m.chromium}.`,
    '',
    ...buildSection(r),
    ...peerSection(r),
    ...incrementalSection(r),
    ...criticalSection(r),
    ...loadSection(r),
    ...lighthouseSection(r),
    ...searchSection(r),
    ...firstSearchSection(r),
  ];
  if (r.notes.length) lines.push('## Notes', '', ...r.notes.map((n) => `- ${n}`), '');
  return `${lines.join('\n')}\n`;
}

function firstSearchSection(r: Report): string[] {
  const out = ['## First search against the peer', ''];
  if (!r.firstSearch) return [...out, 'Not run (give `--peer`).', ''];
  const { pauseMs, results } = r.firstSearch;
  out.push(
    `A reader on a strategy page (375 px, an empty cache) opens search — focuses the header box on the project, clicks Search on the peer — waits ${pauseMs} ms, types the query (one input event) and sees the first results. ` +
      'Bytes: everything search brings, the search code a page fetches on load for it included (Starlight fetches its search component and Pagefind’s UI on every page; the project fetches nothing before the reader starts). ' +
      'Time: from the keystroke to the first result on screen. ' +
      `Medians of ${r.options.searchRuns} runs per query; the two sites are measured in turn, query by query. Body bytes are shown apart: this server speaks HTTP/1.1, so every response repeats its headers, which a host using HTTP/2 compresses across responses.`,
    '',
    header(
      [
        'query',
        'project: time',
        'peer: time',
        'time ratio',
        'project: bytes (bodies)',
        'peer: bytes (bodies)',
        'bytes ratio',
        'body ratio',
        'requests',
      ],
      ['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
    ),
  );
  const pairs: { project: FirstSearchResult; peer: FirstSearchResult }[] = [];
  for (const p of results.filter((x) => x.site === 'project')) {
    const peer = results.find((x) => x.site === 'peer' && x.locale === p.locale && x.query === p.query);
    if (peer) pairs.push({ project: p, peer });
  }
  for (const { project, peer } of pairs)
    out.push(
      row([
        `${project.locale} “${project.query}”`,
        ms(project.medianMs),
        ms(peer.medianMs),
        `${(project.medianMs / peer.medianMs).toFixed(2)}×`,
        `${kb(project.medianBytes)} (${kb(project.medianBodyBytes)})`,
        `${kb(peer.medianBytes)} (${kb(peer.medianBodyBytes)})`,
        `${(project.medianBytes / peer.medianBytes).toFixed(2)}×`,
        `${(project.medianBodyBytes / peer.medianBodyBytes).toFixed(2)}×`,
        `${project.medianRequests} / ${peer.medianRequests}`,
      ]),
    );
  const med = (f: (x: FirstSearchResult) => number, site: 'project' | 'peer') => median(pairs.map((p) => f(p[site])));
  const timeRatio = med((x) => x.medianMs, 'project') / med((x) => x.medianMs, 'peer');
  const byteRatio = med((x) => x.medianBytes, 'project') / med((x) => x.medianBytes, 'peer');
  const bodyRatio = med((x) => x.medianBodyBytes, 'project') / med((x) => x.medianBodyBytes, 'peer');
  out.push(
    row([
      '**median of the queries**',
      ms(med((x) => x.medianMs, 'project')),
      ms(med((x) => x.medianMs, 'peer')),
      `**${timeRatio.toFixed(2)}×**`,
      `${kb(med((x) => x.medianBytes, 'project'))} (${kb(med((x) => x.medianBodyBytes, 'project'))})`,
      `${kb(med((x) => x.medianBytes, 'peer'))} (${kb(med((x) => x.medianBodyBytes, 'peer'))})`,
      `**${byteRatio.toFixed(2)}×**`,
      `**${bodyRatio.toFixed(2)}×**`,
      '',
    ]),
    '',
  );
  return out;
}

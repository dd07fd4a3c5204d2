// The Lighthouse part of the benchmark: the lighthouse npm package, default
// (mobile) configuration, against the system Chromium started with a debugging port.
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import type { SelectedPage } from './pages.ts';
import { CHROMIUM_ARGS, chromiumPath, freePort, median } from './util.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface AuditNote {
  category: Category;
  id: string;
  title: string;
  score: number;
  displayValue?: string;
  /** Up to three HTML snippets or URLs the audit points at. */
  examples: string[];
}

export interface LighthouseRun {
  scores: Record<Category, number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  failing: AuditNote[];
  warnings: string[];
  /** Why a category or metric has no value (Lighthouse's runtime error, or the metric audit's error). */
  errors: string[];
}

/** One page's Lighthouse figures: medians over the runs (scores 0–100), and audits below a full score in at least one run. */
export interface LighthouseResult extends SelectedPage, Pick<LighthouseRun, 'scores' | 'lcpMs' | 'cls' | 'tbtMs' | 'fcpMs' | 'failing'> {
  runs: LighthouseRun[];
  /** Failed or repeated attempts, and errors Lighthouse reported. */
  error?: string;
}

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      id: string;
      title: string;
      score: number | null;
      numericValue?: number;
      displayValue?: string;
      errorMessage?: string;
      details?: { items?: unknown[] };
    }
  >;
  runWarnings: string[];
  runtimeError?: { code: string; message: string };
  configSettings: { formFactor: string; throttlingMethod: string };
}

function examplesOf(details: { items?: unknown[] } | undefined): string[] {
  const out: string[] = [];
  // Items may be nested (a list of tables): walk them for nodes and URLs.
  const walk = (items: unknown[] | undefined) => {
    for (const item of items ?? []) {
      if (out.length >= 3) return;
      const it = item as { node?: { snippet?: string; selector?: string }; url?: string; source?: { url?: string }; items?: unknown[] };
      const text = it.node?.snippet ?? it.node?.selector ?? it.url ?? it.source?.url;
      if (text) out.push(text.length > 160 ? `${text.slice(0, 160)}…` : text);
      else walk(it.items);
    }
  };
  walk(details?.items);
  return out;
}

/** Where to find examples for a metric audit. */
const EXAMPLES_FROM: Record<string, string> = {
  'cumulative-layout-shift': 'layout-shifts',
  'total-blocking-time': 'long-tasks',
  'largest-contentful-paint': 'largest-contentful-paint-element',
};

function readRun(lhr: Lhr): LighthouseRun {
  const scores = {} as Record<Category, number>;
  const failing: AuditNote[] = [];
  for (const category of CATEGORIES) {
    const c = lhr.categories[category];
    scores[category] = c?.score === null || c === undefined ? Number.NaN : Math.round(c.score * 100);
    for (const ref of c?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight <= 0 || audit.score === null || audit.score >= 1) continue;
      // A metric has no items of its own: show what caused it (the shifted elements, the long tasks).
      const cause = EXAMPLES_FROM[audit.id];
      const examples = examplesOf((cause ? lhr.audits[cause] : audit)?.details);
      failing.push({ category, id: audit.id, title: audit.title, score: audit.score, displayValue: audit.displayValue, examples });
    }
  }
  const num = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const errors: string[] = [];
  if (lhr.runtimeError) errors.push(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'cumulative-layout-shift', 'total-blocking-time']) {
    const message = lhr.audits[id]?.errorMessage;
    if (message) errors.push(`${id}: ${message}`);
  }
  return {
    scores,
    lcpMs: num('largest-contentful-paint'),
    cls: num('cumulative-layout-shift'),
    tbtMs: num('total-blocking-time'),
    fcpMs: num('first-contentful-paint'),
    failing,
    warnings: lhr.runWarnings,
    errors: [...new Set(errors)],
  };
}

/** Attempts per run: a run whose performance score is missing (a metric failed to compute) is tried again. */
const ATTEMPTS = 3;

/** Runs Lighthouse `runs` times on each page, one page at a time, in one Chromium. */
export async function runLighthouse(
  base: string,
  pages: readonly SelectedPage[],
  runs: number,
  progress: (m: string) => void,
): Promise<{ results: LighthouseResult[]; settings: string }> {
  const port = await freePort();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] });
  const results: LighthouseResult[] = [];
  let settings = '';
  try {
    for (const page of pages) {
      const url = new URL(page.path.replace(/^\//, ''), base).href;
      const done: LighthouseRun[] = [];
      const problems: string[] = [];
      for (let i = 0; i < runs; i++) {
        for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
          try {
            const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
            if (!result) throw new Error('Lighthouse returned nothing');
            const lhr = result.lhr as unknown as Lhr;
            settings ||= `${lhr.configSettings.formFactor}, throttling: ${lhr.configSettings.throttlingMethod}`;
            const run = readRun(lhr);
            if (Number.isFinite(run.scores.performance) || attempt === ATTEMPTS) {
              done.push(run);
              break;
            }
            problems.push(`attempt ${attempt} had no performance score (${run.errors.join('; ') || 'no reason given'}), tried again`);
          } catch (e) {
            problems.push(`attempt ${attempt}: ${e instanceof Error ? e.message : String(e)}`);
          }
        }
      }
      for (const run of done) problems.push(...run.errors);
      const error = problems.length ? [...new Set(problems)].join('; ') : undefined;
      const pick = (f: (r: LighthouseRun) => number) => median(done.map(f));
      const failing = new Map<string, AuditNote>();
      for (const run of done)
        for (const note of run.failing) if (!failing.has(`${note.category}/${note.id}`)) failing.set(`${note.category}/${note.id}`, note);
      const result: LighthouseResult = {
        ...page,
        runs: done,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, pick((r) => r.scores[c])])) as Record<Category, number>,
        lcpMs: pick((r) => r.lcpMs),
        cls: pick((r) => r.cls),
        tbtMs: pick((r) => r.tbtMs),
        fcpMs: pick((r) => r.fcpMs),
        failing: [...failing.values()],
        error,
      };
      results.push(result);
      progress(
        `${page.path}: ${CATEGORIES.map((c) => result.scores[c]).join('/')}, LCP ${Math.round(result.lcpMs)} ms, CLS ${result.cls.toFixed(3)}, TBT ${Math.round(result.tbtMs)} ms` +
          (error ? ` (${error})` : ''),
      );
    }
  } finally {
    await browser.close();
  }
  return { results, settings };
}

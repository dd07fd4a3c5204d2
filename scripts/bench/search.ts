// The search part of the benchmark: the size of each language's Pagefind index,
// and what a first (cold) and a following (warm) search cost on the search page.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { LOCALES, type LocaleCode } from '../../src/i18n/locales.ts';
import { median, PHONE, transferred } from './util.ts';

export interface IndexSize {
  locale: LocaleCode | string;
  /** Pagefind's name for the language: "en", "zh-hk". */
  language: string;
  pages: number;
  files: { meta: number; index: number; fragment: number; filter: number };
  bytes: { meta: number; index: number; fragment: number; filter: number; wasm: number };
  /** Meta, index, fragment and filter files of this language (the WebAssembly file is reported apart: it is shared). */
  totalBytes: number;
  wasmFile: string;
}

function sizeOf(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).size : 0;
}

/**
 * Sizes of each language's Pagefind files, from pagefind-entry.json. Every
 * meta, index, fragment and filter file name starts with its language's code
 * (`zh-hk_…`), so fragments are attributed to their language exactly.
 */
export function indexSizes(dist: string): { languages: IndexSize[]; shared: Record<string, number> } {
  const dir = path.join(dist, 'pagefind');
  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  };
  const list = (sub: string) => (fs.existsSync(path.join(dir, sub)) ? fs.readdirSync(path.join(dir, sub)) : []);
  const languages: IndexSize[] = [];
  for (const [language, info] of Object.entries(entry.languages)) {
    const locale = LOCALES.find((l) => l.lang.toLowerCase() === language)?.code ?? language;
    const mine = (name: string) => name.startsWith(`${language}_`);
    const meta = fs.readdirSync(dir).filter((f) => f.startsWith(`pagefind.${language}_`) && f.endsWith('.pf_meta'));
    const index = list('index').filter(mine);
    const fragment = list('fragment').filter(mine);
    const filter = list('filter').filter(mine);
    const sum = (sub: string, names: string[]) => names.reduce((s, n) => s + sizeOf(path.join(dir, sub, n)), 0);
    const wasmFile = `wasm.${info.wasm ?? 'unknown'}.pagefind`;
    const bytes = {
      meta: sum('', meta),
      index: sum('index', index),
      fragment: sum('fragment', fragment),
      filter: sum('filter', filter),
      wasm: sizeOf(path.join(dir, wasmFile)),
    };
    languages.push({
      locale,
      language,
      pages: info.page_count,
      files: { meta: meta.length, index: index.length, fragment: fragment.length, filter: filter.length },
      bytes,
      totalBytes: bytes.meta + bytes.index + bytes.fragment + bytes.filter,
      wasmFile,
    });
  }
  const order = (l: IndexSize) => LOCALES.findIndex((x) => x.code === l.locale);
  languages.sort((a, b) => order(a) - order(b));
  const shared: Record<string, number> = {};
  for (const name of fs.readdirSync(dir))
    if (/^(pagefind\.js|pagefind-worker\.js|wasm\..*\.pagefind)$/.test(name)) shared[name] = sizeOf(path.join(dir, name));
  for (const folder of ['search', 'client']) {
    for (const name of fs.existsSync(path.join(dist, folder)) ? fs.readdirSync(path.join(dist, folder)) : [])
      shared[`${folder}/${name}`] = sizeOf(path.join(dist, folder, name));
  }
  return { languages, shared };
}

export interface QuerySample {
  ms: number;
  /** Bytes (bodies and headers as transferred) of /pagefind/, /search/ and /client/ requests from the keystroke to the results. */
  bytes: number;
  requests: number;
  urls: string[];
  results: number;
}

export interface QueryResult {
  locale: LocaleCode;
  kind: 'cold' | 'warm';
  query: string;
  runs: QuerySample[];
  medianMs: number;
  medianBytes: number;
  medianRequests: number;
  /** Bytes of search code fetched when the search page loads, before any keystroke. */
  medianPageLoadSearchBytes?: number;
}

const SEARCH_PATH = /\/(pagefind|search|client)\//;

/**
 * Types a query into #search-q (one input event with the whole query, as a paste
 * or the last keystroke would send) and times, inside the page, from that event
 * until #search-status has text and #search-results has an item.
 */
async function timedQuery(page: Page, query: string): Promise<QuerySample> {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { t0: number; t1: number } };
    w.__bench = { t0: 0, t1: 0 };
    const input = document.getElementById('search-q')!;
    const status = document.getElementById('search-status')!;
    const list = document.getElementById('search-results')!;
    input.addEventListener('input', () => (w.__bench.t0 ||= performance.now()), { capture: true, once: true });
    const check = () => {
      if (w.__bench.t0 && !w.__bench.t1 && status.textContent?.trim() && list.querySelector(':scope > li')) {
        w.__bench.t1 = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    observer.observe(list, { childList: true });
  });
  const requests: Request[] = [];
  const onRequest = (r: Request) => requests.push(r);
  const context = page.context();
  context.on('request', onRequest);
  await page.fill('#search-q', query);
  await page.waitForFunction(() => (window as unknown as { __bench: { t1: number } }).__bench.t1 > 0, null, { timeout: 30_000 });
  context.off('request', onRequest);
  const { t0, t1, results } = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { t0: number; t1: number } }).__bench;
    return { ...b, results: document.querySelectorAll('#search-results > li').length };
  });
  const { bytes, urls } = await transferred(requests.filter((r) => SEARCH_PATH.test(new URL(r.url()).pathname)));
  return { ms: t1 - t0, bytes, requests: urls.length, urls, results };
}

/**
 * `runs` times: a fresh context loads the search page, waits until the search
 * form is ready, runs the cold query, clears the box and runs the warm query.
 */
export async function measureSearch(
  browser: Browser,
  base: string,
  locale: LocaleCode,
  queries: { cold: string; warm: string },
  runs: number,
): Promise<QueryResult[]> {
  const cold: QuerySample[] = [];
  const warm: QuerySample[] = [];
  const onLoad: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(PHONE);
    const loaded: Request[] = [];
    context.on('requestfinished', (r) => loaded.push(r));
    const page = await context.newPage();
    await page.goto(new URL(`${locale}/search/`, base).href, { waitUntil: 'load' });
    await page.waitForSelector('#search-app:not([hidden]) #search-q');
    await page.waitForLoadState('networkidle');
    const searchOnLoad = loaded.splice(0).filter((r) => r.resourceType() !== 'document' && SEARCH_PATH.test(new URL(r.url()).pathname));
    onLoad.push((await transferred(searchOnLoad)).bytes);
    cold.push(await timedQuery(page, queries.cold));
    await page.fill('#search-q', '');
    await page.waitForFunction(() => !document.querySelector('#search-results > li'));
    await page.waitForLoadState('networkidle');
    warm.push(await timedQuery(page, queries.warm));
    await context.close();
  }
  const summary = (kind: 'cold' | 'warm', query: string, samples: QuerySample[]): QueryResult => ({
    locale,
    kind,
    query,
    runs: samples,
    medianMs: median(samples.map((s) => s.ms)),
    medianBytes: median(samples.map((s) => s.bytes)),
    medianRequests: median(samples.map((s) => s.requests)),
  });
  return [{ ...summary('cold', queries.cold, cold), medianPageLoadSearchBytes: median(onLoad) }, summary('warm', queries.warm, warm)];
}

// The page part of the benchmark: what each page costs before first render (read
// from the served HTML), and what a fresh browser fetches when it loads it.
import http from 'node:http';
import zlib from 'node:zlib';
import type { Browser, Request } from 'playwright-core';
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '../../src/i18n/locales.ts';
import { builtPages } from '../../src/lib/verify-build.ts';
import { CRITICAL_BYTES_BUDGET, blockingResources, inlineBytes } from '../../src/lib/budgets.ts';
import { median, PHONE } from './util.ts';

export { CRITICAL_BYTES_BUDGET };

/** The page families of the site, in the order of the report. */
export const FAMILIES = [
  'home',
  'directions index',
  'direction',
  'strategies index',
  'strategy',
  'measures',
  'indicators',
  'updates index',
  'update',
  'about',
  'search',
  'data',
] as const;
export type Family = (typeof FAMILIES)[number];
/** Families of the critical-bytes survey beyond the twelve above. */
export type SurveyFamily = Family | 'other pages' | 'root /' | '404';

/** The family and locale of a site path, e.g. `/tc/strategies/3-venture-financing/` → strategy, tc. */
function classify(sitePath: string): { family: SurveyFamily; locale?: LocaleCode } {
  if (sitePath === '/') return { family: 'root /' };
  if (sitePath === '/404.html') return { family: '404' };
  const [locale, section, item, ...rest] = sitePath.split('/').filter(Boolean);
  if (!locale || !(LOCALE_CODES as readonly string[]).includes(locale)) return { family: 'other pages' };
  const l = locale as LocaleCode;
  if (!section) return { family: 'home', locale: l };
  if (rest.length) return { family: 'other pages', locale: l };
  const lists: Record<string, [Family, Family]> = {
    directions: ['directions index', 'direction'],
    strategies: ['strategies index', 'strategy'],
    updates: ['updates index', 'update'],
  };
  const pair = lists[section];
  if (pair) return { family: item ? pair[1] : pair[0], locale: l };
  if (item) return { family: 'other pages', locale: l };
  const single: Record<string, Family> = { measures: 'measures', indicators: 'indicators', about: 'about', search: 'search', data: 'data' };
  return { family: single[section] ?? 'other pages', locale: l };
}

interface Fetched {
  status: number;
  /** Bytes on the wire (the body as served, gzip when the server compressed it). */
  wireBytes: number;
  body: Buffer;
}

/** Fetches a URL asking for gzip, as a browser does, and keeps both the wire size and the body. */
function fetchGzip(url: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const body = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, wireBytes: raw.length, body });
        });
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

export interface BlockingResource {
  url: string;
  kind: 'stylesheet' | 'script';
  wireBytes: number;
}

export interface CriticalBytes {
  path: string;
  family: SurveyFamily;
  locale?: LocaleCode;
  /** Gzip size of the HTML as served. */
  htmlWireBytes: number;
  htmlBytes: number;
  blocking: BlockingResource[];
  /** HTML plus every blocking resource, as served. */
  criticalBytes: number;
  inlineScriptBytes: number;
  inlineStyleBytes: number;
}

/** Critical bytes of one served page. */
export async function criticalBytes(base: string, sitePath: string): Promise<CriticalBytes> {
  const url = new URL(sitePath.replace(/^\//, ''), base).href;
  const page = await fetchGzip(url);
  if (page.status !== 200 && sitePath !== '/404.html') throw new Error(`${sitePath}: HTTP ${page.status}`);
  const html = page.body.toString('utf8');
  const blocking: BlockingResource[] = [];
  for (const resource of blockingResources(html)) {
    const target = new URL(resource.href, url);
    // Another host would be a bug of its own; count it at 0 bytes but keep it listed.
    const wireBytes = target.origin === new URL(base).origin ? (await fetchGzip(target.href)).wireBytes : 0;
    blocking.push({ url: target.pathname, kind: resource.kind, wireBytes });
  }
  const inline = inlineBytes(html);
  const { family, locale } = classify(sitePath);
  return {
    path: sitePath,
    family,
    locale,
    htmlWireBytes: page.wireBytes,
    htmlBytes: page.body.length,
    blocking,
    criticalBytes: page.wireBytes + blocking.reduce((s, b) => s + b.wireBytes, 0),
    inlineScriptBytes: inline.script,
    inlineStyleBytes: inline.style,
  };
}

/** Critical bytes of every page of a built site. */
export async function surveyCriticalBytes(dist: string, base: string): Promise<CriticalBytes[]> {
  const paths = [...builtPages(dist), '/404.html'];
  const out: CriticalBytes[] = [];
  for (const p of paths) out.push(await criticalBytes(base, p));
  return out;
}

export interface SelectedPage {
  family: Family;
  locale: LocaleCode;
  path: string;
}

/**
 * One page per family and locale. Where a family has many pages (a direction, a
 * strategy, an update), the one with the heaviest English HTML, so the report
 * shows the worst case; the same slug in every locale.
 */
export function selectPages(survey: readonly CriticalBytes[]): SelectedPage[] {
  const out: SelectedPage[] = [];
  for (const family of FAMILIES) {
    const english = survey.filter((p) => p.family === family && p.locale === DEFAULT_LOCALE);
    const chosen =
      family === 'about'
        ? english.find((p) => p.path === `/${DEFAULT_LOCALE}/about/`)
        : [...english].sort((a, b) => b.htmlWireBytes - a.htmlWireBytes)[0];
    if (!chosen) continue;
    for (const locale of LOCALE_CODES) out.push({ family, locale, path: chosen.path.replace(/^\/en\//, `/${locale}/`) });
  }
  return out;
}

export interface LoadSample {
  requests: number;
  /** Response bodies as transferred (compressed) plus response headers. */
  transferBytes: number;
  /** Response bodies only, as transferred. */
  bodyBytes: number;
  jsRequests: number;
  /** Scripts fetched during load (bodies and headers as transferred); inline scripts are not requests. */
  jsBytes: number;
  jsUrls: string[];
  byType: Record<string, number>;
}

async function sizesOf(requests: Request[]): Promise<LoadSample> {
  const sample: LoadSample = { requests: 0, transferBytes: 0, bodyBytes: 0, jsRequests: 0, jsBytes: 0, jsUrls: [], byType: {} };
  for (const request of requests) {
    const sizes = await request.sizes().catch(() => undefined);
    if (!sizes) continue;
    const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
    const type = request.resourceType();
    sample.requests += 1;
    sample.transferBytes += bytes;
    sample.bodyBytes += sizes.responseBodySize;
    sample.byType[type] = (sample.byType[type] ?? 0) + bytes;
    if (type === 'script') {
      sample.jsRequests += 1;
      sample.jsBytes += bytes;
      sample.jsUrls.push(new URL(request.url()).pathname);
    }
  }
  return sample;
}

/** Loads a page in a fresh context (empty cache) on a phone viewport, until the network is idle, without touching it. */
async function loadOnce(browser: Browser, url: string): Promise<LoadSample> {
  const context = await browser.newContext(PHONE);
  const finished: Request[] = [];
  context.on('requestfinished', (r) => finished.push(r));
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const sample = await sizesOf(finished);
  await context.close();
  return sample;
}

export interface PageLoad extends SelectedPage {
  critical: CriticalBytes;
  runs: LoadSample[];
  medianTransferBytes: number;
  medianBodyBytes: number;
  medianRequests: number;
  medianJsBytes: number;
  medianJsRequests: number;
  jsUrls: string[];
}

export async function measureLoads(
  browser: Browser,
  base: string,
  pages: readonly SelectedPage[],
  survey: readonly CriticalBytes[],
  runs: number,
  progress: (m: string) => void,
): Promise<PageLoad[]> {
  const out: PageLoad[] = [];
  for (const p of pages) {
    const samples: LoadSample[] = [];
    for (let i = 0; i < runs; i++) samples.push(await loadOnce(browser, new URL(p.path.replace(/^\//, ''), base).href));
    const critical = survey.find((s) => s.path === p.path) ?? (await criticalBytes(base, p.path));
    const load: PageLoad = {
      ...p,
      critical,
      runs: samples,
      medianTransferBytes: median(samples.map((s) => s.transferBytes)),
      medianBodyBytes: median(samples.map((s) => s.bodyBytes)),
      medianRequests: median(samples.map((s) => s.requests)),
      medianJsBytes: median(samples.map((s) => s.jsBytes)),
      medianJsRequests: median(samples.map((s) => s.jsRequests)),
      jsUrls: [...new Set(samples.flatMap((s) => s.jsUrls))],
    };
    out.push(load);
    progress(
      `${p.path}: ${load.critical.criticalBytes} critical B, ${load.medianJsBytes} JS B, ${load.medianTransferBytes} B in ${load.medianRequests} requests`,
    );
  }
  return out;
}

/** The largest critical bytes of each family in each locale. */
export function criticalByFamily(
  survey: readonly CriticalBytes[],
): { family: SurveyFamily; locale: string; pages: number; max: CriticalBytes }[] {
  const groups = new Map<string, CriticalBytes[]>();
  for (const s of survey) {
    const key = `${s.family}\u0000${s.locale ?? '–'}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const order: SurveyFamily[] = [...FAMILIES, 'other pages', 'root /', '404'];
  return [...groups.entries()]
    .map(([key, list]) => {
      const [family, locale] = key.split('\u0000') as [SurveyFamily, string];
      return { family, locale, pages: list.length, max: [...list].sort((a, b) => b.criticalBytes - a.criticalBytes)[0]! };
    })
    .sort((a, b) => order.indexOf(a.family) - order.indexOf(b.family) || localeOrder(a.locale) - localeOrder(b.locale));
}

const localeOrder = (l: string) => {
  const i = (LOCALE_CODES as readonly string[]).indexOf(l);
  return i < 0 ? LOCALE_CODES.length : i;
};

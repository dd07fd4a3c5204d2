// A reader's first search on a content page, on the project and on the Starlight peer, measured the
// same way: the page loaded and idle, the reader opens search (focuses the header box; clicks the
// peer's Search button), pauses, types a query, and the first results appear. Counted: every byte
// search brings, the search code a page fetches on load for it included (the peer loads Pagefind's
// UI on every page; the project loads nothing until the reader starts), and the time from the
// keystroke to the first results.
import type { Browser, Request } from 'playwright-core';
import { median, PHONE, transferred } from './util.ts';

export type Site = 'project' | 'peer';

/** How each site's search is opened, typed into, and shows results. */
const UI: Record<Site, { open: string; input: string; results: string; openBy: 'focus' | 'click' }> = {
  project: { open: '#header-search-input', input: '#header-search-input', results: '#header-search-panel ol > li', openBy: 'focus' },
  peer: {
    open: 'site-search button[data-open-modal]:not([disabled])',
    input: '.pagefind-ui__search-input',
    results: '.pagefind-ui__result',
    openBy: 'click',
  },
};

/**
 * Requests a page makes on load only for search: the peer's search component and Pagefind's UI,
 * which Starlight fetches on every page. The project's pages fetch no script on load.
 */
const SEARCH_ON_LOAD = /\/_astro\/(?:ui-core|Search\.astro[^/]*)\.[\w-]+\.js$/;

export interface FirstSearchSample {
  /** From the keystroke (one input event with the whole query) to the first result on screen. */
  ms: number;
  /** Bodies as sent and response headers. */
  bytes: number;
  /** Bodies alone: over HTTP/2 a host sends a repeated header once, so headers weigh less than here. */
  bodyBytes: number;
  requests: number;
  urls: string[];
}

export interface FirstSearchResult {
  site: Site;
  locale: string;
  query: string;
  runs: FirstSearchSample[];
  medianMs: number;
  medianBytes: number;
  medianBodyBytes: number;
  medianRequests: number;
}

/**
 * One cold first search, `runs` times, each in a fresh browser context (an empty cache).
 * `pauseMs` is the time between opening search and the keystroke: a reader's hand moving.
 */
export async function measureFirstSearch(
  browser: Browser,
  site: Site,
  pageUrl: string,
  locale: string,
  query: string,
  runs: number,
  pauseMs: number,
): Promise<FirstSearchResult> {
  const ui = UI[site];
  const samples: FirstSearchSample[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(PHONE);
    const onLoad: Request[] = [];
    const afterOpen: Request[] = [];
    let opened = false;
    context.on('requestfinished', (r) => {
      if (opened) afterOpen.push(r);
      else if (SEARCH_ON_LOAD.test(new URL(r.url()).pathname)) onLoad.push(r);
    });
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    opened = true;
    if (ui.openBy === 'focus') await page.focus(ui.open);
    else await page.click(ui.open);
    await page.waitForSelector(ui.input, { state: 'visible' });
    await page.waitForTimeout(pauseMs);
    await page.evaluate(
      ({ input, results }) => {
        const w = window as unknown as { __first: { t0: number; t1: number } };
        w.__first = { t0: 0, t1: 0 };
        document.querySelector(input)!.addEventListener('input', () => (w.__first.t0 ||= performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (w.__first.t0 && document.querySelector(results)) {
            w.__first.t1 = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
      },
      { input: ui.input, results: ui.results },
    );
    await page.fill(ui.input, query);
    await page.waitForFunction(() => (window as unknown as { __first: { t1: number } }).__first.t1 > 0, null, { timeout: 30_000 });
    const { t0, t1 } = await page.evaluate(() => (window as unknown as { __first: { t0: number; t1: number } }).__first);
    // Fragments for the results on screen may still be arriving: they are part of the first results.
    await page.waitForLoadState('networkidle');
    const { bytes, bodyBytes, urls } = await transferred([...onLoad, ...afterOpen]);
    samples.push({ ms: t1 - t0, bytes, bodyBytes, requests: urls.length, urls });
    await context.close();
  }
  return {
    site,
    locale,
    query,
    runs: samples,
    medianMs: median(samples.map((s) => s.ms)),
    medianBytes: median(samples.map((s) => s.bytes)),
    medianBodyBytes: median(samples.map((s) => s.bodyBytes)),
    medianRequests: median(samples.map((s) => s.requests)),
  };
}

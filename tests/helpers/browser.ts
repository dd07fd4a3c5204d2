import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { startServer } from '../../scripts/lib/static-server.mjs';
import { DIST } from './site.ts';
import { chromiumPath, CHROMIUM_ARGS, PHONE } from '../../scripts/lib/chromium.ts';

export { chromiumPath, CHROMIUM_ARGS, PHONE };

export interface TestSite {
  browser: Browser;
  /** Base address of the served `dist/`, with a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Serves `dist/` on a free localhost port and starts Chromium. */
export async function openSite(): Promise<TestSite> {
  const server = await startServer({ dir: DIST, port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  return {
    browser,
    url: server.url,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

/**
 * Open pages of one context, each lent to one test at a time and navigated from page to page: as many
 * pages as tests run at once (the browser lane's `maxConcurrency`). Opening a page starts a renderer
 * process, which on two cores took longer than loading the page and running axe on it; a page already
 * open navigates within its process and keeps the scripts it has compiled.
 */
export class PagePool {
  private readonly idle: Page[] = [];

  constructor(private readonly context: BrowserContext) {}

  /** Runs `fn` on a page that no other test holds meanwhile; the page loads whatever `fn` asks. */
  async use<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    const page = this.idle.pop() ?? (await this.context.newPage());
    let ok = false;
    try {
      const result = await fn(page);
      ok = true;
      return result;
    } finally {
      // A failed test may leave a route, a listener or a load in flight behind: its page is not lent again.
      if (ok) this.idle.push(page);
      else await page.close().catch(() => {});
    }
  }
}

/**
 * A context for each set of options a file asks for, each with its pool of pages. Tests that need a
 * phone, a touch screen or no JavaScript borrow a page of the matching context instead of opening
 * a context each: a new context cost about a second of CPU on two cores, more than the test itself.
 * A test leaves its page as it found it (media emulation included); a failed test's page is dropped.
 */
export class ContextPools {
  private readonly pools = new Map<string, Promise<{ context: BrowserContext; pages: PagePool }>>();

  constructor(private readonly browser: Browser) {}

  /** Runs `fn` on a page of the context with these options, opened the first time they are asked for. */
  async use<T>(options: BrowserContextOptions, fn: (page: Page) => Promise<T>): Promise<T> {
    const key = JSON.stringify(options);
    let pool = this.pools.get(key);
    if (!pool) {
      pool = this.browser.newContext(options).then((context) => ({ context, pages: new PagePool(context) }));
      this.pools.set(key, pool);
    }
    return (await pool).pages.use(fn);
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map(async (pool) => (await pool).context.close()));
  }
}

/**
 * Goes to `url` and resolves once the page and whatever its scripts fetch have loaded: the load event,
 * then no request in flight and the page idle, twice running with nothing new in between, so that a
 * script loaded at load time and the requests it makes are waited for, and a redirect by script is
 * followed to its page. Playwright's `networkidle` instead waits out 500 ms of silence after every
 * page, which on a page that fetches nothing is all waiting.
 */
export async function visit(page: Page, url: string): Promise<void> {
  const inFlight = new Set<unknown>();
  let events = 0;
  let wake = () => {};
  const started = (r: unknown) => {
    inFlight.add(r);
    events++;
  };
  const ended = (r: unknown) => {
    inFlight.delete(r);
    wake();
  };
  const navigated = (frame: unknown) => frame === page.mainFrame() && events++;
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  page.on('framenavigated', navigated);
  try {
    await page.goto(url);
    for (let quietRounds = 0; quietRounds < 2;) {
      const before = events;
      await page.waitForLoadState('load');
      while (inFlight.size) await new Promise<void>((resolve) => (wake = resolve));
      try {
        // The tasks a page queues at load, and the scripts they import, have run by the time it is idle.
        await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
      } catch (error) {
        // The document went away under the script: a navigation, so the next page is settled instead.
        if (events === before) throw error;
      }
      quietRounds = !inFlight.size && events === before ? quietRounds + 1 : 0;
    }
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
    page.off('framenavigated', navigated);
  }
}

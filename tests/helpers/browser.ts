import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
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

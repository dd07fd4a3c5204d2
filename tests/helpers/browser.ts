import fs from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
import { startServer } from '../../scripts/lib/static-server.mjs';
import { DIST } from './site.ts';

/** The system Chromium: `$CHROME_PATH`, else Debian's. Never a downloaded browser. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    // Browser tests are part of every run, in CI and on a laptop: a missing browser fails them.
    throw new Error(`No Chromium found (tried ${candidates.join(', ')}). Install it ("apt-get install chromium") or set CHROME_PATH.`);
  }
  return found;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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

export const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 740 }, deviceScaleFactor: 1 };
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

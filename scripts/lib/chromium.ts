import fs from 'node:fs';

/** The system Chromium: `$CHROME_PATH`, else Debian's. Never a downloaded browser. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    // Browser tests and the benchmark need it, in CI and on a laptop: a missing browser is an error, never a skip.
    throw new Error(`No Chromium found (tried ${candidates.join(', ')}). Install it ("apt-get install chromium") or set CHROME_PATH.`);
  }
  return found;
}

/** Headless, and quiet: no background connections to hosts this machine cannot reach. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The phone viewport of the browser tests and the benchmark. */
export const PHONE = { viewport: { width: 375, height: 740 }, deviceScaleFactor: 1 };

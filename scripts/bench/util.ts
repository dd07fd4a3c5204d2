// Small helpers shared by the benchmark's parts.
import fs from 'node:fs';
import net from 'node:net';

/** The median of some numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A port nobody listens on right now, for Chromium's remote debugging. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The system Chromium: `$CHROME_PATH`, else Debian's (as in tests/helpers/browser.ts). Never a downloaded browser. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`No Chromium found (tried ${candidates.join(', ')}). Install it ("apt-get install chromium") or set CHROME_PATH.`);
  return found;
}

/**
 * The flags the browser tests use (tests/helpers/browser.ts). Copied, not
 * imported: that module insists on a built dist/, which the benchmark never reads.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The phone viewport of the browser tests. */
export const PHONE = { viewport: { width: 375, height: 740 }, deviceScaleFactor: 1 };

/** "1.2 KB" style sizes with 1 KB = 1024 bytes, as the 14 KB budget counts them. */
export function kb(bytes: number): string {
  if (!Number.isFinite(bytes)) return '–';
  return bytes < 1024 ? `${Math.round(bytes)} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

export function ms(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value)} ms` : '–';
}

/** Logs a step of the benchmark with the time since it started. */
const started = Date.now();
export function log(message: string): void {
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
}

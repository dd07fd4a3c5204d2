// Small helpers shared by the benchmark's parts.
import net from 'node:net';
import type { Request } from 'playwright-core';

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

export { chromiumPath, CHROMIUM_ARGS, PHONE } from '../lib/chromium.ts';

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

/**
 * What some finished requests transferred: bodies as sent plus response headers (`bytes`), bodies
 * alone, and each request's path. A request whose sizes the browser no longer has is left out.
 */
export async function transferred(requests: readonly Request[]): Promise<{ bytes: number; bodyBytes: number; urls: string[] }> {
  let bytes = 0;
  let bodyBytes = 0;
  const urls: string[] = [];
  for (const r of requests) {
    const sizes = await r.sizes().catch(() => undefined);
    if (!sizes) continue;
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    bodyBytes += sizes.responseBodySize;
    urls.push(new URL(r.url()).pathname);
  }
  return { bytes, bodyBytes, urls };
}

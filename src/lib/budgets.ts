import { gzipSync } from 'node:zlib';

/** One TCP round trip on a new connection: 10 segments of about 1.4 KB. The budget is 14 KiB. */
export const CRITICAL_BYTES_BUDGET = 14 * 1024;
/** Inline script a page may carry (all of it, minified or not). */
export const INLINE_SCRIPT_BUDGET = 3 * 1024;

export interface PageWeight {
  /** Gzip size of the HTML, which carries the page's CSS inline. */
  htmlGzip: number;
  /** Stylesheets and scripts the browser must fetch before it can render. */
  blocking: string[];
  /** Scripts fetched when the page loads, before any interaction. */
  scriptsOnLoad: string[];
  /** Bytes of inline JavaScript (JSON data blocks excluded). */
  inlineScriptBytes: number;
}

/** What a built page costs before first render, read from its HTML. */
export function pageWeight(html: string): PageWeight {
  const head = /<head>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const blocking = [
    ...[...head.matchAll(/<link\b[^>]*rel="?stylesheet"?[^>]*>/gi)]
      .filter((m) => !/media="?print/i.test(m[0]))
      .map((m) => /href="([^"]+)"/.exec(m[0])?.[1] ?? m[0]),
    ...[...head.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"[^>]*>/gi)]
      .filter((m) => !/\b(async|defer)\b|type="?module/i.test(m[1] ?? ''))
      .map((m) => m[2]!),
  ];
  const scriptsOnLoad = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi)].map((m) => m[1]!);
  const inlineScriptBytes = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc=/.test(m[1] ?? '') && !/type="application\/(ld\+)?json"/.test(m[1] ?? ''))
    .reduce((sum, m) => sum + Buffer.byteLength(m[2] ?? ''), 0);
  return { htmlGzip: gzipSync(html, { level: 9 }).length, blocking, scriptsOnLoad, inlineScriptBytes };
}

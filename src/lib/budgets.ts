import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** One TCP round trip on a new connection: 10 segments of about 1.4 KB. The budget is 14 KiB. */
export const CRITICAL_BYTES_BUDGET = 14 * 1024;
/**
 * Inline script a page may carry (all of it, minified or not). 3.25 KiB since the language links keep
 * the reader's place and the Display panel closes when left: both must act on the first tap, so they
 * cannot wait for a module fetched on focus. The page as a whole stays within the budget above.
 */
export const INLINE_SCRIPT_BUDGET = 3.25 * 1024;

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

/**
 * Stylesheets and scripts in <head> that block the first render: `<link rel=stylesheet>`
 * not for print, and `<script src>` without async, defer or type=module.
 */
export function blockingResources(html: string): { kind: 'stylesheet' | 'script'; href: string }[] {
  const head = parse(html).querySelector('head');
  if (!head) return [];
  const found: { kind: 'stylesheet' | 'script'; href: string }[] = [];
  for (const link of head.querySelectorAll('link')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const media = (link.getAttribute('media') ?? '').trim().toLowerCase();
    const href = link.getAttribute('href');
    if (rel.includes('stylesheet') && !rel.includes('alternate') && media !== 'print' && href) found.push({ kind: 'stylesheet', href });
  }
  for (const script of head.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (!src || script.hasAttribute('async') || script.hasAttribute('defer') || type === 'module') continue;
    found.push({ kind: 'script', href: src });
  }
  return found;
}

/** Bytes of inline JavaScript in a page (JSON data blocks excepted), and of inline CSS. */
export function inlineBytes(html: string): { script: number; style: number } {
  const root = parse(html);
  let script = 0;
  for (const s of root.querySelectorAll('script')) {
    const type = (s.getAttribute('type') ?? '').toLowerCase();
    if (s.getAttribute('src') || type.includes('json')) continue;
    script += Buffer.byteLength(s.rawText);
  }
  const style = root.querySelectorAll('style').reduce((sum, s) => sum + Buffer.byteLength(s.rawText), 0);
  return { script, style };
}

/** What a built page costs before first render, read from its HTML. */
export function pageWeight(html: string): PageWeight {
  const scriptsOnLoad = parse(html)
    .querySelectorAll('script[src]')
    .map((s) => s.getAttribute('src')!);
  return {
    htmlGzip: gzipSync(html, { level: 9 }).length,
    blocking: blockingResources(html).map((r) => r.href),
    scriptsOnLoad,
    inlineScriptBytes: inlineBytes(html).script,
  };
}

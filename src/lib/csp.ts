/**
 * The site's Content-Security-Policy, written once. Astro writes it into each
 * page's meta tag with that page's script and style hashes (astro.config.mjs);
 * `_headers` sends it as a header with the hashes of every page, plus what only
 * a header can carry (lib/headers.ts). Both read the lists below, so the two
 * policies cannot drift apart.
 */
import { createHash } from 'node:crypto';

/**
 * Every directive except script-src and style-src, whose hashes differ page by
 * page. `as const` keeps the literals, which Astro's config type checks by name.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Search runs on the page's own thread (Pagefind's noWorker): no page starts a worker.
  "worker-src 'none'",
] as const;

/** script-src before its hashes: Pagefind's search runs as WebAssembly; nothing else is evaluated. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** style-src before its hashes: no inline style runs unless its hash is listed. */
export const STYLE_SOURCES = ["'self'"] as const;

/** Directives browsers ignore in a meta tag, so only the header can enforce them. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The CSP hash source of an inline script or style, unquoted: what the policy lists to let exactly that text run. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** A policy as directive name → sources, in the order written; a repeated directive keeps its first (as browsers do). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The CSP hash sources ('sha256-…' and the like) of one directive's list, unquoted. */
export function hashSources(sources: readonly string[]): string[] {
  return sources.flatMap((s) => /^'(sha(?:256|384|512)-[^']+)'$/.exec(s)?.[1] ?? []);
}

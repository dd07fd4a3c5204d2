import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { IMMUTABLE_PATHS, contentSecurityPolicy, cspHashes, headersFile, ownHashesOnly } from '../../../src/lib/headers.ts';
import { parseCsp } from '../../../src/lib/csp.ts';
import { parseHeaders } from '../../../scripts/lib/static-server.mjs';

const sha = (algorithm: 'sha256' | 'sha384' | 'sha512', text: string) =>
  `${algorithm}-${createHash(algorithm).update(text).digest('base64')}`;
/** Hashes as real inline scripts and styles give them: base64 with `+`, `/` and `=` in them. */
const scripts = Array.from({ length: 12 }, (_, i) => sha('sha256', `script ${i}`));
const styles = [sha('sha256', 'p{}'), sha('sha384', 'a{}'), sha('sha512', 'b{}')];

/** A page's CSP meta tag as Astro writes it: directives joined by `;` with or without a space. */
const page = (policy: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"></head><body></body></html>`;
const astroPolicy = (script: string[], style: string[]) =>
  `default-src 'self';img-src 'self' data:;worker-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${script.map((h) => `'${h}'`).join(' ')}; style-src 'self' ${style.map((h) => `'${h}'`).join(' ')};`;
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]),
  );

describe('cspHashes', () => {
  it('finds every script and style hash of a page, of every algorithm, by directive', () => {
    expect(cspHashes(page(astroPolicy(scripts, styles)))).toEqual({ script: scripts, style: styles });
  });

  it('reads the meta tag whatever the case of its name', () => {
    const html = page(astroPolicy(scripts, [])).replace('content-security-policy', 'Content-Security-Policy');
    expect(cspHashes(html).script).toEqual(scripts);
  });

  it('finds nothing in a page without a policy, or with a policy without hashes', () => {
    expect(cspHashes('<html><head></head></html>')).toEqual({ script: [], style: [] });
    expect(cspHashes(page("default-src 'self'; script-src 'self'"))).toEqual({ script: [], style: [] });
  });

  it('does not take the hashes of one directive for another', () => {
    expect(cspHashes(page(astroPolicy(scripts.slice(0, 1), [])))).toEqual({ script: scripts.slice(0, 1), style: [] });
    expect(cspHashes(page(astroPolicy([], styles.slice(0, 1))))).toEqual({ script: [], style: styles.slice(0, 1) });
  });
});

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy({ script: scripts, style: styles });

  it('admits exactly the hashes it is given, once each, whichever page they came from', () => {
    const twice = contentSecurityPolicy({ script: [...scripts, ...[...scripts].reverse()], style: new Set(styles) });
    expect(twice).toBe(policy);
    expect(cspHashes(page(policy))).toEqual({ script: [...scripts].sort(), style: [...styles].sort() });
  });

  it('is the same for the same hashes in any order, so the built _headers is reproducible', () => {
    expect(contentSecurityPolicy({ script: [...scripts].reverse(), style: [...styles].reverse() })).toBe(policy);
  });

  it('never allows inline code or eval without a hash', () => {
    for (const p of [policy, contentSecurityPolicy({ script: [], style: [] })]) {
      expect(p).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|https?:/);
      // data: is for pictures only: a script or style from a data: address would be inline code by another name.
      for (const name of ['script-src', 'style-src', 'default-src']) expect(directives(p).get(name)).not.toContain('data:');
    }
  });

  it('allows what a page of the site needs (its own files, the search index and its WebAssembly), from its own origin only', () => {
    const d = directives(contentSecurityPolicy({ script: [], style: [] }));
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    for (const name of ['style-src', 'font-src', 'connect-src', 'base-uri', 'form-action']) expect(d.get(name), name).toEqual(["'self'"]);
    // Search runs on the page's thread: no worker may start.
    expect(d.get('worker-src')).toEqual(["'none'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('forbids plugins and framing, which a meta tag cannot', () => {
    const d = directives(policy);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('keeps every directive a page’s own policy has, with no fewer restrictions', () => {
    const own = directives(astroPolicy(scripts, styles));
    const built = directives(policy);
    for (const [name, sources] of own) expect(new Set(built.get(name)), name).toEqual(new Set(sources));
  });
});

describe('headersFile', () => {
  const csp = contentSecurityPolicy({ script: scripts, style: styles });
  // The server's parser is plain JavaScript: its rules are typed here.
  const rules: { pattern: string; headers: Record<string, string> }[] = parseHeaders(headersFile(csp));
  const all = rules.find((r) => r.pattern === '/*')!;

  it('gives every path the policy it is given, as one header line a static host can read', () => {
    expect(all.headers['Content-Security-Policy']).toBe(csp);
  });

  it('gives every path the other security headers', () => {
    expect(all.headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    expect(all.headers['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(all.headers['Referrer-Policy']).toMatch(/^(no-referrer|strict-origin|strict-origin-when-cross-origin|same-origin)$/);
    expect(all.headers['Permissions-Policy']).toMatch(/camera=\(\)/);
  });

  it('makes browsers check pages again on every visit, and caches hashed files for a year', () => {
    expect(all.headers['Cache-Control']).toMatch(/max-age=0, must-revalidate/);
    const cached = rules.filter((r) => r !== all);
    expect(cached.map((r) => r.pattern)).toEqual([...IMMUTABLE_PATHS]);
    for (const rule of cached) expect(rule.headers, rule.pattern).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' });
  });

  it('caches for long only files whose names carry a hash or live in a hashed folder', () => {
    // A page or an unhashed file (the search script, the feed) cached for a year would go stale.
    for (const pattern of IMMUTABLE_PATHS) expect(pattern, pattern).toMatch(/\*/);
    expect(IMMUTABLE_PATHS).not.toContain('/*');
  });

  it('says it is generated, so nobody edits the copy in dist/', () => {
    expect(headersFile(csp).split('\n')[0]).toMatch(/^# Generated .*do not edit/);
  });
});

describe('ownHashesOnly', () => {
  const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
  const html = (policy: string, body: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>a{}</style></head><body>${body}</body></html>`;
  const unused = `'sha256-${'A'.repeat(43)}='`;

  it("lists the page's own inline scripts and styles, and drops hashes of scripts the page does not have", () => {
    const page = html(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${unused}; style-src 'self' ${unused}`,
      '<script>run()</script><script type="application/ld+json">{}</script><script src="/x.js"></script>',
    );
    const policy = parseCsp(/content="([^"]*)"/.exec(ownHashesOnly(page))![1]!);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", `'${sha('run()')}'`]);
    expect(policy.get('style-src')).toEqual(["'self'", `'${sha('a{}')}'`]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('leaves a page without a policy as it is', () => {
    expect(ownHashesOnly('<html><script>x()</script></html>')).toBe('<html><script>x()</script></html>');
  });
});

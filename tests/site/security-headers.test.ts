import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeaders } from '../../scripts/lib/static-server.mjs';
import { HEADER_ONLY_DIRECTIVES, hashSources, parseCsp } from '../../src/lib/csp.ts';
import { DIST, PAGES, readPage } from '../helpers/site.ts';

// The 404 page is served for every missing path, so its policy must agree too.
const ALL_PAGES = [...PAGES, '404.html'];

const rules: { pattern: string; headers: Record<string, string> }[] = parseHeaders(fs.readFileSync(path.join(DIST, '_headers'), 'utf8'));
const header = parseCsp(rules.find((r) => r.pattern === '/*')?.headers['Content-Security-Policy'] ?? '');
const headerOnly = HEADER_ONLY_DIRECTIVES.map((d) => d.split(' ')[0]!);

function metaPolicy(page: string): Map<string, string[]> {
  return parseCsp(/<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readPage(page))?.[1] ?? '');
}

const withoutHashes = (sources: string[]) => sources.filter((s) => hashSources([s]).length === 0);

describe('the Content-Security-Policy header and the pages’ meta tags', () => {
  it('the header carries a policy for every path', () => {
    expect(header.size).toBeGreaterThan(0);
  });

  it.each(ALL_PAGES)('%s has the same directives as the header, which only adds what a meta tag cannot carry', (page) => {
    const meta = metaPolicy(page);
    expect(meta.size).toBeGreaterThan(0);
    expect([...header.keys()].filter((d) => !headerOnly.includes(d)).sort()).toEqual([...meta.keys()].sort());
  });

  it.each(ALL_PAGES)('%s allows the same sources as the header in every directive, and each of its hashes is in the header', (page) => {
    for (const [directive, sources] of metaPolicy(page)) {
      const sent = header.get(directive) ?? [];
      expect(withoutHashes(sent), directive).toEqual(withoutHashes(sources));
      expect(hashSources(sent), directive).toEqual(expect.arrayContaining(hashSources(sources)));
    }
  });

  it('the header admits no hash that no page uses', () => {
    for (const directive of ['script-src', 'style-src']) {
      const used = new Set(ALL_PAGES.flatMap((page) => hashSources(metaPolicy(page).get(directive) ?? [])));
      expect(
        hashSources(header.get(directive) ?? []).filter((h) => !used.has(h)),
        directive,
      ).toEqual([]);
    }
  });

  it('the header forbids framing, which only a header can', () => {
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

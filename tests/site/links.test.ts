import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { DIST, PAGES, readPage } from '../helpers/site.ts';

/** Ids of every page, read once. */
const idsByPage = new Map<string, Set<string>>();
function idsOf(page: string): Set<string> {
  let ids = idsByPage.get(page);
  if (!ids) {
    ids = new Set(
      parse(readPage(page))
        .querySelectorAll('[id]')
        .map((e) => e.getAttribute('id')!),
    );
    idsByPage.set(page, ids);
  }
  return ids;
}

function targetExists(pathname: string): boolean {
  const file = path.join(DIST, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) return fs.existsSync(path.join(file, 'index.html'));
  return fs.existsSync(file);
}

describe('internal links', () => {
  it.each([...PAGES, '404.html'])('every internal link and anchor on %s resolves', (page) => {
    const doc = parse(readPage(page));
    const broken: string[] = [];
    const base = new URL(page === '404.html' ? '/404/' : page, 'https://site.invalid');
    for (const el of doc.querySelectorAll('a[href], link[href]')) {
      const href = el.getAttribute('href')!;
      const rel = el.getAttribute('rel') ?? '';
      if (/^(mailto:|tel:)/.test(href) || rel.includes('canonical') || rel.includes('alternate')) continue;
      const url = new URL(href, base);
      if (url.origin !== base.origin) continue;
      const samePage = url.pathname === base.pathname;
      if (!samePage && !targetExists(url.pathname)) {
        broken.push(`${href} (no page)`);
        continue;
      }
      if (url.hash && url.pathname.endsWith('/')) {
        const id = decodeURIComponent(url.hash.slice(1));
        const target = samePage ? page : url.pathname;
        if (!idsOf(target).has(id)) broken.push(`${href} (no #${id})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the alternates of every page point to pages that exist', () => {
    const missing: string[] = [];
    for (const page of PAGES) {
      for (const el of parse(readPage(page)).querySelectorAll('link[rel="alternate"][hreflang]')) {
        const url = new URL(el.getAttribute('href')!);
        if (!targetExists(url.pathname)) missing.push(`${page} → ${url.pathname}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

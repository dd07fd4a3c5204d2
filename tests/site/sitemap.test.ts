import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, PAGES } from '../helpers/site.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const index = parser.parse(fs.readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8'));
const files = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => new URL(s.loc).pathname);
const urls = files.flatMap((f: string) => [parser.parse(fs.readFileSync(path.join(DIST, f), 'utf8')).urlset.url].flat()) as {
  loc: string;
  'xhtml:link': { hreflang: string; href: string }[];
}[];

describe('the sitemap', () => {
  it('lists every page except search pages, cite pages and the 404 page', () => {
    const listed = urls.map((u) => new URL(u.loc).pathname).sort();
    expect(listed).toEqual(PAGES.filter((p) => !p.endsWith('/search/') && !/^\/\w+\/cite\//.test(p)).sort());
  });

  it.each(urls.map((u) => [new URL(u.loc).pathname, u] as const))(
    '%s carries its three language alternates and x-default',
    (pathname, u) => {
      const links = Object.fromEntries([u['xhtml:link']].flat().map((l) => [l.hreflang, new URL(l.href).pathname]));
      const slug = pathname === '/' ? '/' : pathname.replace(/^\/(en|tc|sc)\//, '/');
      expect(links).toEqual({
        en: `/en${slug}`,
        'zh-HK': `/tc${slug}`,
        'zh-CN': `/sc${slug}`,
        'x-default': pathname === '/' ? '/' : `/en${slug}`,
      });
    },
  );

  it('is announced in robots.txt', () => {
    expect(fs.readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });
});

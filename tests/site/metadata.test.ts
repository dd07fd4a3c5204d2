import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { LOCALES } from '../../src/i18n/locales.ts';
import { DIST, PAGES, readPage } from '../helpers/site.ts';

const LOCALE_PAGES = PAGES.filter((p) => p !== '/');

/** schema.org types this site uses, and the properties each may carry. */
const ALLOWED: Record<string, string[]> = {
  WebSite: ['@type', '@id', 'name', 'url', 'inLanguage'],
  WebPage: ['@type', '@id', 'name', 'description', 'url', 'inLanguage', 'isPartOf', 'breadcrumb', 'dateModified', 'image'],
  BreadcrumbList: ['@type', 'itemListElement'],
  ListItem: ['@type', 'position', 'name', 'item'],
  DataDownload: ['@type', 'contentUrl', 'encodingFormat'],
  Organization: ['@type', 'name', 'url'],
};
for (const t of ['CollectionPage', 'AboutPage', 'SearchResultsPage']) ALLOWED[t] = ALLOWED.WebPage!;
ALLOWED.Article = [...ALLOWED.WebPage!, 'headline', 'datePublished'];
ALLOWED.Dataset = [...ALLOWED.WebPage!, 'distribution', 'creator'];

function checkNode(node: unknown, problems: string[], where: string): void {
  if (Array.isArray(node)) return node.forEach((n, i) => checkNode(n, problems, `${where}[${i}]`));
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type === 'string') {
    const allowed = ALLOWED[type];
    if (!allowed) problems.push(`${where}: unexpected @type ${type}`);
    else for (const key of Object.keys(record)) if (!allowed.includes(key)) problems.push(`${where}: ${type} has no property "${key}"`);
  }
  for (const [key, value] of Object.entries(record)) if (typeof value === 'object') checkNode(value, problems, `${where}.${key}`);
}

describe('structured data', () => {
  it.each(LOCALE_PAGES)('%s has JSON-LD that parses: the WebSite, the page and its breadcrumbs', (page) => {
    const scripts = parse(readPage(page)).querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]!.text);
    expect(data['@context']).toBe('https://schema.org');
    const types = data['@graph'].map((n: { '@type': string }) => n['@type']);
    expect(types[0]).toBe('WebSite');
    const node = data['@graph'][1];
    expect(new URL(node.url).pathname).toBe(page);
    const crumbs = node.breadcrumb.itemListElement;
    expect(crumbs.map((c: { position: number }) => c.position)).toEqual(crumbs.map((_: unknown, i: number) => i + 1));
    expect(new URL(crumbs.at(-1).item).pathname).toBe(page);
    const problems: string[] = [];
    checkNode(data['@graph'], problems, page);
    expect(problems).toEqual([]);
  });

  it('types pages by what they are: an update is an Article with its date, the data page a Dataset with its files', () => {
    const update = JSON.parse(
      parse(readPage('/en/updates/2023-03-01-committee-established/')).querySelector('script[type="application/ld+json"]')!.text,
    )['@graph'][1];
    expect(update['@type']).toBe('Article');
    expect(update.datePublished).toBe('2023-03-01');
    const data = JSON.parse(parse(readPage('/tc/data/')).querySelector('script[type="application/ld+json"]')!.text)['@graph'][1];
    expect(data['@type']).toBe('Dataset');
    expect(data.distribution.map((d: { contentUrl: string }) => new URL(d.contentUrl).pathname)).toContain('/data/blueprint.json');
  });
});

describe('share tags', () => {
  it.each(LOCALE_PAGES)('%s has OpenGraph and Twitter card tags, with an image that exists', (page) => {
    const doc = parse(readPage(page));
    const prop = (p: string) => doc.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
    const name = (n: string) => doc.querySelector(`meta[name="${n}"]`)?.getAttribute('content');
    const locale = LOCALES.find((l) => page.startsWith(`/${l.code}/`))!;
    expect(prop('og:title')).toBe(doc.querySelector('h1')?.text.trim());
    expect(prop('og:description')).toBe(name('description'));
    expect(new URL(prop('og:url')!).pathname).toBe(page);
    expect(prop('og:locale')).toBe(locale.ogLocale);
    expect(
      doc
        .querySelectorAll('meta[property="og:locale:alternate"]')
        .map((m) => m.getAttribute('content'))
        .sort(),
    ).toEqual(
      LOCALES.filter((l) => l !== locale)
        .map((l) => l.ogLocale)
        .sort(),
    );
    expect(name('twitter:card')).toBe('summary_large_image');
    const image = new URL(prop('og:image')!).pathname;
    expect(name('twitter:image')).toBe(prop('og:image'));
    expect(fs.existsSync(path.join(DIST, image)), image).toBe(true);
    expect(fs.readFileSync(path.join(DIST, image)).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  });
});

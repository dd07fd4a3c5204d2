import { describe, expect, it } from 'vitest';
import { sitemapAlternates } from '../../../src/lib/sitemap.ts';

const links = [
  { lang: 'en', url: 'https://example.org/en/about/' },
  { lang: 'zh-HK', url: 'https://example.org/tc/about/' },
  { lang: 'zh-CN', url: 'https://example.org/sc/about/' },
];

describe('sitemapAlternates', () => {
  it('adds an x-default alternate pointing at the English page', () => {
    const item = { url: 'https://example.org/tc/about/', changefreq: 'weekly', links };
    expect(sitemapAlternates(item)).toEqual({
      url: 'https://example.org/tc/about/',
      changefreq: 'weekly',
      links: [...links, { lang: 'x-default', url: 'https://example.org/en/about/' }],
    });
  });

  it('does not change the item it is given', () => {
    const item = { url: 'https://example.org/en/about/', links: [...links] };
    sitemapAlternates(item);
    expect(item.links).toEqual(links);
  });

  it('leaves an item without alternates as it is', () => {
    const bare = { url: 'https://example.org/' };
    expect(sitemapAlternates(bare)).toBe(bare);
    const empty = { url: 'https://example.org/', links: [] };
    expect(sitemapAlternates(empty)).toBe(empty);
  });

  it('adds nothing when there is no English alternate', () => {
    const item = { url: 'https://example.org/tc/x/', links: links.slice(1) };
    expect(sitemapAlternates(item)).toBe(item);
  });

  it('adds no second x-default', () => {
    const item = { url: 'https://example.org/en/x/', links: [...links, { lang: 'x-default', url: 'https://example.org/en/x/' }] };
    expect(sitemapAlternates(item)).toBe(item);
  });
});

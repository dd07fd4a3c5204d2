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

  it('lists the three home pages for /, with / itself as x-default: it is the language chooser', () => {
    const root = sitemapAlternates({ url: 'https://example.org/', links: [{ lang: 'en', url: 'https://example.org/' }] });
    expect(root.links).toEqual([
      { lang: 'en', url: 'https://example.org/en/' },
      { lang: 'zh-HK', url: 'https://example.org/tc/' },
      { lang: 'zh-CN', url: 'https://example.org/sc/' },
      { lang: 'x-default', url: 'https://example.org/' },
    ]);
  });

  it('drops the root page the integration wrongly lists as an English alternate of the home page', () => {
    const item = {
      url: 'https://example.org/en/',
      links: [
        { lang: 'en', url: 'https://example.org/' },
        { lang: 'en', url: 'https://example.org/en/' },
        { lang: 'zh-HK', url: 'https://example.org/tc/' },
      ],
    };
    expect(sitemapAlternates(item).links).toEqual([
      { lang: 'en', url: 'https://example.org/en/' },
      { lang: 'zh-HK', url: 'https://example.org/tc/' },
      { lang: 'x-default', url: 'https://example.org/en/' },
    ]);
  });

  it('leaves an item without alternates as it is', () => {
    const bare = { url: 'https://example.org/en/x/' };
    expect(sitemapAlternates(bare)).toBe(bare);
    const empty = { url: 'https://example.org/en/x/', links: [] };
    expect(sitemapAlternates(empty)).toBe(empty);
  });

  it('adds no x-default when there is no English alternate', () => {
    const item = { url: 'https://example.org/tc/x/', links: links.slice(1) };
    expect(sitemapAlternates(item).links).toEqual(links.slice(1));
  });

  it('keeps exactly one x-default, the English alternate', () => {
    const item = { url: 'https://example.org/en/about/', links: [...links, { lang: 'x-default', url: 'https://example.org/old/' }] };
    expect(sitemapAlternates(item).links!.filter((l) => l.lang === 'x-default')).toEqual([
      { lang: 'x-default', url: 'https://example.org/en/about/' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { LOCALES } from '../../src/i18n/locales.ts';
import { PAGES, readPage } from '../helpers/site.ts';
import { contentModels } from '../helpers/content-models.ts';

const LOCALE_PAGES = PAGES.filter((p) => p !== '/');

describe('every built page', () => {
  it('the site has the page families of the guide in every locale', () => {
    for (const l of LOCALES) {
      for (const family of [
        '',
        'directions/',
        'strategies/',
        'measures/',
        'indicators/',
        'updates/',
        'about/',
        'accessibility/',
        'search/',
      ]) {
        expect(PAGES, `/${l.code}/${family}`).toContain(`/${l.code}/${family}`);
      }
    }
    // One page per direction and strategy of the content, and no other.
    const models = contentModels();
    for (const l of LOCALES) {
      const under = (folder: string) => PAGES.filter((p) => p.startsWith(`/${l.code}/${folder}/`) && p !== `/${l.code}/${folder}/`).sort();
      expect(under('directions')).toEqual(models[l.code].directions.map((d) => d.href).sort());
      expect(under('strategies')).toEqual(models[l.code].strategies.map((s) => s.href).sort());
    }
  });

  it.each(LOCALE_PAGES)('%s has one h1, a title, a meta description and a canonical URL', (page) => {
    const doc = parse(readPage(page));
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('title')?.text.trim()).toBeTruthy();
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()).toBeTruthy();
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toBeTruthy();
    expect(new URL(canonical!).pathname).toBe(page);
  });

  it.each(LOCALE_PAGES)('%s has a skip link to the main landmark, a header, a footer and a language switcher', (page) => {
    const doc = parse(readPage(page));
    expect(doc.querySelector('a[href="#main"]')).toBeTruthy();
    expect(doc.querySelectorAll('main#main')).toHaveLength(1);
    expect(doc.querySelector('header')).toBeTruthy();
    expect(doc.querySelector('footer')).toBeTruthy();
    const switcher = doc.querySelectorAll('nav a[lang]');
    expect(switcher.length).toBeGreaterThanOrEqual(3);
  });
});

describe('the 404 page', () => {
  it('exists, speaks all three languages and is not indexed', () => {
    const doc = parse(readPage('404.html'));
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    expect(doc.querySelector('[lang="zh-HK"]')).toBeTruthy();
    expect(doc.querySelector('[lang="zh-CN"]')).toBeTruthy();
  });
});

describe('the root page', () => {
  it('links the three languages, each link in its own language', () => {
    const doc = parse(readPage('/'));
    for (const l of LOCALES) {
      const link = doc.querySelector(`a[href="/${l.code}/"]`);
      expect(link?.getAttribute('lang')).toBe(l.lang);
      expect(link?.text.trim()).toBe(l.label);
    }
  });
});

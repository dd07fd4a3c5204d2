import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { LOCALES } from '../../src/i18n/locales.ts';
import { traditionalCharacters } from '../../src/lib/chinese.ts';
import { PAGES, readPage } from '../helpers/site.ts';

const LOCALE_PAGES = PAGES.filter((p) => p !== '/');
const ENGLISH = PAGES.filter((p) => p.startsWith('/en/'));

describe('three languages', () => {
  it.each(ENGLISH)('%s has its twins at /tc/ and /sc/ with the same slug', (page) => {
    expect(PAGES).toContain(page.replace('/en/', '/tc/'));
    expect(PAGES).toContain(page.replace('/en/', '/sc/'));
  });

  it('every locale has the same number of pages', () => {
    const counts = LOCALES.map((l) => PAGES.filter((p) => p.startsWith(`/${l.code}/`)).length);
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBe(ENGLISH.length);
  });

  it.each(LOCALE_PAGES)('%s declares its language and links its twins with hreflang and x-default', (page) => {
    const locale = LOCALES.find((l) => page.startsWith(`/${l.code}/`))!;
    const doc = parse(readPage(page));
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale.lang);
    const alternates = Object.fromEntries(
      doc
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
    );
    const slug = page.slice(locale.code.length + 1);
    expect(alternates).toEqual({ en: `/en${slug}`, 'zh-HK': `/tc${slug}`, 'zh-CN': `/sc${slug}`, 'x-default': `/en${slug}` });
  });

  it.each(LOCALE_PAGES)('the language switcher on %s keeps the reader on the same page', (page) => {
    const locale = LOCALES.find((l) => page.startsWith(`/${l.code}/`))!;
    const slug = page.slice(locale.code.length + 1);
    const doc = parse(readPage(page));
    const nav = doc.querySelectorAll('nav').find((n) => n.querySelectorAll('a[lang]').length === LOCALES.length)!;
    expect(nav).toBeTruthy();
    const links = nav
      .querySelectorAll('a[lang]')
      .map((a) => ({ lang: a.getAttribute('lang'), href: a.getAttribute('href'), text: a.text.trim() }));
    expect(links).toEqual(LOCALES.map((l) => ({ lang: l.lang, href: `/${l.code}${slug}`, text: l.label })));
    expect(nav.querySelector('[aria-current]')?.getAttribute('lang')).toBe(locale.lang);
  });

  it.each(PAGES.filter((p) => p.startsWith('/sc/')))('%s has no character that OpenCC would still convert to Simplified', (page) => {
    const doc = parse(readPage(page));
    // Text in another language says so (English fallbacks, the switcher's "繁體中文"); the rest must be Simplified.
    for (const el of doc.querySelectorAll('body [lang]')) if (el.getAttribute('lang') !== 'zh-CN') el.remove();
    expect(traditionalCharacters(doc.querySelector('body')!.text)).toEqual([]);
    expect(traditionalCharacters(doc.querySelector('title')!.text)).toEqual([]);
  });

  it.each(PAGES.filter((p) => !p.startsWith('/en/') && p !== '/'))(
    'links within %s stay in its language (converted and fallback text included)',
    (page) => {
      const locale = page.split('/')[1];
      const main = parse(readPage(page)).querySelector('main')!;
      const elsewhere = main
        .querySelectorAll('a[href^="/"]:not([hreflang])')
        .map((a) => a.getAttribute('href')!)
        .filter((href) => /^\/(en|tc|sc)\//.test(href) && !href.startsWith(`/${locale}/`));
      expect(elsewhere).toEqual([]);
    },
  );

  it('marks converted Simplified pages as converted, with Traditional prevailing', () => {
    const doc = parse(readPage('/sc/strategies/3-venture-financing/'));
    expect(doc.querySelector('[data-notice="converted"]')?.text).toContain('以繁体中文版本为准');
    expect(parse(readPage('/tc/strategies/3-venture-financing/')).querySelector('[data-notice="converted"]')).toBeNull();
  });

  it('marks Chinese titles as reported or as the site\u2019s own translation', () => {
    const direction = parse(readPage('/tc/directions/2-talent/'));
    expect(direction.querySelector('[data-notice="reported-translation"] a')?.text).toBe('HK01↗ （外部網站）');
    const sc = parse(readPage('/sc/directions/2-talent/'));
    expect(sc.querySelector('h1')?.text).toBe('壮大创科人才库，增强发展动能');
    expect(sc.querySelector('[data-notice="reported-translation"] a')?.text).toBe('新华社↗ （外部网站）');
    const strategy = parse(readPage('/tc/strategies/5-talent-hub/'));
    expect(strategy.querySelector('[data-notice="site-translation"]')).toBeTruthy();
    expect(parse(readPage('/en/strategies/5-talent-hub/')).querySelector('[data-notice]')).toBeNull();
  });
});

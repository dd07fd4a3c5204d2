import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { LOCALES, LOCALE_CODES, getLocale } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/t.ts';
import { chineseLocale, parallelLocale } from '../../src/lib/parallel.ts';
import { emphasisToHtml } from '../../src/lib/markup.ts';
import { measureRecords } from '../../src/lib/search/records.ts';
import { pathTo } from '../../src/lib/urls.ts';
import { contentModels } from '../helpers/content-models.ts';
import { PAGES, readPage } from '../helpers/site.ts';

const models = contentModels();
const text = (el: HTMLElement | null | undefined) => el?.text.replace(/\s+/g, ' ').trim() ?? '';
const main = (path: string) => parse(readPage(path)).querySelector('main')!;
const strategyPages = LOCALE_CODES.flatMap((locale) => models[locale].strategies.map((s) => ({ locale, s, path: s.href })));

describe.each(strategyPages)('the strategy page $path', ({ locale, s, path }) => {
  const page = main(path);
  const other = models[parallelLocale(locale)].strategy(s.number)!;
  const otherLang = getLocale(parallelLocale(locale)).lang;

  it('offers its text in the other language beneath each focus area and each measure, marked with that language', () => {
    expect(text(page.querySelector('label[for="show-parallel"]'))).toBe(t(locale, 'original.show'));
    expect(page.querySelector('input#show-parallel[type="checkbox"]')).not.toBeNull();
    for (const area of s.focusAreas) {
      const section = page.querySelector(`section[aria-labelledby="focus-area-${area.number}"]`)!;
      const parallel = section.querySelector(':scope > p.parallel')!;
      expect(parallel.getAttribute('lang')).toBe(otherLang);
      expect(parallel.innerHTML).toBe(emphasisToHtml(other.focusAreas[area.number - 1]!.text));
      for (const m of area.measures) {
        const item = section.querySelector(`#${m.anchor} .parallel`)!;
        expect(item.getAttribute('lang'), m.id).toBe(otherLang);
        expect(text(item), m.id).toBe(other.measures.find((o) => o.id === m.id)!.text);
      }
    }
    expect(page.querySelectorAll('.parallel')).toHaveLength(s.focusAreas.length + s.measures.length);
  });

  it('keeps the parallel text out of the search index: ignored on the page, and not in the measures\u2019 own records', () => {
    for (const p of page.querySelectorAll('.parallel')) expect(p.closest('[data-pagefind-ignore]'), p.text).not.toBeNull();
    const records = measureRecords(readPage(path), path);
    expect(records).toHaveLength(s.measures.length);
    for (const r of records) {
      const otherText = other.measures.find((o) => r.url.endsWith(`#${o.anchor}`))!.text;
      expect(r.content).not.toContain(otherText);
    }
  });

  it('names each focus area by its topic, with no hidden "Measures" headings', () => {
    const headings = page.querySelectorAll('h3[id^="focus-area-"]').map(text);
    expect(headings).toEqual(
      s.focusAreas.map((a) =>
        t(locale, 'strategy.focusAreaTitled', {
          n: a.number,
          phrases: [...a.text.matchAll(/\*\*(.+?)\*\*/g)].map((m) => m[1]).join(t(locale, 'punct.listSeparator')),
        }),
      ),
    );
    expect(page.querySelectorAll('h4')).toHaveLength(0);
  });

  it('names its direction once: the line does not say "Direction" before "Direction 1"', () => {
    const direction = models[locale].direction(s.directionNumber)!;
    const line = text(page.querySelector(`a[href="${direction.href}"]`)?.parentNode as HTMLElement);
    const label = t(locale, 'direction.label', { n: direction.number }).replace(/\s*\d+$/, '');
    expect(line.split(label)).toHaveLength(2);
    expect(line).toContain(t(locale, 'direction.numberedTitle', { n: direction.number, title: direction.item.data.title }));
  });
});

describe.each(LOCALES)('the bilingual measures view in $label', ({ code: locale }) => {
  const path = pathTo(locale, { kind: 'bilingual' });
  const html = readPage(path);
  const page = main(path);
  const zh = models[chineseLocale(locale)];
  const zhLang = getLocale(chineseLocale(locale)).lang;

  it('puts every measure\u2019s official English beside its Chinese, each in its own language, two columns wide and on paper', () => {
    const rows = page.querySelectorAll('section ol > li');
    const pageLang = parse(html).querySelector('html')!.getAttribute('lang');
    const langOf = (el: HTMLElement) => el.closest('[lang]')?.getAttribute('lang') ?? pageLang;
    expect(rows).toHaveLength(models.en.strategies.flatMap((s) => s.measures).length);
    const english = models.en.strategies.flatMap((s) => s.measures);
    rows.forEach((row, i) => {
      const [en, cn] = row.querySelectorAll(':scope > p');
      const m = english[i]!;
      expect(text(en)).toBe(`${m.id} ${m.text}`);
      expect(text(cn)).toBe(zh.strategy(m.strategyNumber)!.measures.find((z) => z.id === m.id)!.text);
      expect(langOf(en!)).toBe('en');
      expect(langOf(cn!)).toBe(zhLang);
      expect(row.getAttribute('class')).toMatch(/(^| )md:grid-cols-2( |$)/);
      expect(row.getAttribute('class')).toMatch(/(^| )print:grid-cols-2( |$)/);
    });
  });

  it('is linked from the measures page, and is not searched', () => {
    expect(main(pathTo(locale, { kind: 'measures' })).querySelector(`a[href="${path}"]`)).not.toBeNull();
    expect(html).not.toContain('data-pagefind-body');
  });
});

describe('reading on a phone, and with a screen reader', () => {
  it.each(LOCALE_CODES)('the %s measures page names no region but its filter', (locale) => {
    const page = main(pathTo(locale, { kind: 'measures' }));
    const named = page.querySelectorAll('section[aria-label], section[aria-labelledby], [role="region"], [role="search"]');
    expect(named.map((n) => n.getAttribute('role') ?? n.tagName)).toEqual(['search']);
  });

  it.each(PAGES.filter((p) => /^\/\w\w\/cite\//.test(p)))('the cite page %s names no region of its own', (path) => {
    expect(main(path).querySelectorAll('section[aria-label], section[aria-labelledby], [role="region"]')).toHaveLength(0);
  });

  it.each(PAGES.filter((p) => p.startsWith('/sc/')))('%s says once, at most, that it was converted from Traditional Chinese', (path) => {
    expect(readPage(path).split('data-notice="converted"').length - 1).toBeLessThanOrEqual(1);
  });

  it('says on the Simplified indicators page, once, that its text was converted', () => {
    expect(readPage('/sc/indicators/').split('data-notice="converted"')).toHaveLength(2);
  });

  const single = LOCALE_CODES.flatMap((locale) =>
    models[locale].directions.filter((d) => d.strategies.length === 1).map((d) => ({ locale, d })),
  );
  it('has directions with a single strategy to test', () => expect(single.length).toBeGreaterThan(0));
  it.each(single)('the direction page $d.href, with one strategy, lists its focus areas and every measure', ({ locale, d }) => {
    const page = main(d.href);
    expect(text(page.querySelector('#strategies'))).toBe(t(locale, 'direction.strategyOne'));
    for (const m of d.strategies[0]!.measures) expect(page.querySelector(`a[href="${m.href}"]`), m.id).not.toBeNull();
  });

  it.each(LOCALE_CODES)('the %s search page keeps the "/" tip in a part that touch screens hide', (locale) => {
    const tip = main(pathTo(locale, { kind: 'search' })).querySelector('#search-hint .keyboard-tip');
    expect(text(tip)).toBe(t(locale, 'search.hintKey').trim());
  });
});

describe.each(LOCALES)('the accessibility statement in $label', ({ code: locale }) => {
  const page = main(pathTo(locale, { kind: 'page', slug: 'accessibility' }));
  it('gives the conformance status, the date of the last audit, the known limits and how to report a problem', () => {
    const headings = page.querySelectorAll('h2').map(text);
    expect(headings.length).toBeGreaterThanOrEqual(5);
    const body = text(page);
    expect(body).toMatch(locale === 'en' ? /1 December 2026/ : /2026年12月1日/);
    expect(body).toMatch(
      locale === 'en' ? /fully conforming to WCAG 2\.2 at level AA/ : /完全符合WCAG 2\.2 AA級別|完全符合WCAG 2\.2 AA级别/,
    );
  });
  it('sends reports to the repository when no contact email is configured', () => {
    const contact = page.querySelector('[data-contact]')!;
    expect(contact.getAttribute('data-contact')).toBe(process.env.SITE_CONTACT_EMAIL ? 'email' : 'repository');
    if (!process.env.SITE_CONTACT_EMAIL) expect(contact.querySelector('a')!.getAttribute('href')).toMatch(/\/issues\/new$/);
    // After the statement's last heading, "Report a problem", where a reader looks for it.
    const last = page.querySelectorAll('h2').at(-1)!;
    expect(page.innerHTML.indexOf(last.outerHTML)).toBeLessThan(page.innerHTML.indexOf('data-contact'));
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/t.ts';
import { currentYear } from '../../src/lib/build-date.ts';
import { formatValue, isoDay } from '../../src/lib/format.ts';
import { pathTo } from '../../src/lib/urls.ts';
import type { OpenData } from '../../src/schemas/open-data.ts';
import { contentModels } from '../helpers/content-models.ts';
import { DIST, PAGES, readPage } from '../helpers/site.ts';

const models = contentModels();
const links = (el: HTMLElement) => el.querySelectorAll('a[href]').map((a) => a.getAttribute('href'));
const section = (locale: string, slug: string) =>
  parse(readPage(pathTo(locale as never, { kind: 'indicators' }))).getElementById(`indicator-${slug}`)!.parentNode!;
const tableValues = (el: HTMLElement) => el.querySelectorAll('tbody td.text-end').map((td) => td.text.trim());

describe('every fact is shown with its source', () => {
  const updates = LOCALE_CODES.flatMap((locale) => models[locale].updates.map((u) => [u.href, u] as const));
  it.each(updates)('%s links every source it rests on', (href, u) => {
    const main = parse(readPage(href)).querySelector('main')!;
    for (const s of u.item.data.sources) if (s.url) expect(links(main), s.url).toContain(s.url);
  });

  const indicators = LOCALE_CODES.flatMap((locale) => models[locale].indicators.map((i) => [locale, i.slug, i] as const));
  it.each(indicators)('[%s] the %s indicator links its source, and each later reading and other series its own', (locale, slug, i) => {
    const found = links(section(locale, slug));
    const d = i.data;
    for (const url of [d.source.url, ...d.readings.map((r) => r.source.url), ...d.otherSeries.map((o) => o.source.url)])
      if (url) expect(found, url).toContain(url);
  });
});

describe('the indicators', () => {
  it.each(LOCALE_CODES)('[%s] start-ups show their three later readings against the 7,000 target, in the chart and the table', (locale) => {
    const el = section(locale, 'start-ups');
    const values = [3985, 4257, 4694, 5221, 7000].map((v) => formatValue(v, 'count', locale));
    expect(tableValues(el)).toEqual(values);
    expect(el.querySelectorAll('[aria-hidden="true"] svg rect')).toHaveLength(5);
    for (const v of values) expect(el.querySelector('[aria-hidden="true"]')!.text).toContain(v);
  });

  it.each(LOCALE_CODES)('[%s] research staff are a series of their own, never a reading of I&T practitioners', (locale) => {
    const el = section(locale, 'i-and-t-practitioners');
    const staff = formatValue(55000, 'count', locale);
    expect(tableValues(el).join(' ')).not.toContain(staff);
    expect(el.querySelector('[aria-hidden="true"]')!.text).not.toContain(staff);
    const other = el.querySelector('[data-other-series]')!;
    expect(other.text).toContain(staff);
    expect(other.text).toContain(models[locale].indicators.find((i) => i.slug === 'i-and-t-practitioners')!.data.otherSeries[0]!.name);
    expect(links(other)).toContain('https://news.rthk.hk/rthk/en/component/k2/1809556-20250618.htm');
  });

  const year = currentYear();
  const targets = LOCALE_CODES.flatMap((locale) =>
    models[locale].indicators.flatMap((i) => i.data.targets.map((target) => [locale, i.slug, target.year, i, target] as const)),
  );
  it.each(targets)('[%s] %s: the %s target is said to have passed exactly when its year is over', (locale, slug, targetYear, i, target) => {
    const passed = section(locale, slug).querySelector('[data-passed-targets]')?.text ?? '';
    const value = `${target.qualifier ? `${target.qualifier} ` : ''}${formatValue(target.value, i.data.unit, locale)}`;
    const [line] = t(locale, 'indicators.passedNoReading', { year: targetYear, value }).split(/[.。]/);
    if (targetYear < year) expect(passed).toContain(line);
    else expect(passed).not.toContain(line);
  });

  it('has targets whose year has passed, so the passed lines are tried', () => {
    expect(targets.filter(([, , y]) => y < year).length).toBeGreaterThan(0);
  });
});

describe('the development targets for 2027 and 2032', () => {
  it.each(LOCALE_CODES)('[%s] have a page of their own, linked from the home page and the vision page', (locale) => {
    const target = pathTo(locale, { kind: 'page', slug: 'development-targets' });
    expect(PAGES).toContain(target);
    for (const from of [pathTo(locale, { kind: 'home' }), pathTo(locale, { kind: 'page', slug: 'vision-and-mission' })])
      expect(links(parse(readPage(from)).querySelector('main')!), from).toContain(target);
  });

  it.each(LOCALE_CODES)('[%s] give both years, the 42 recommendations and 16 targets, each with its reports', (locale) => {
    const main = parse(readPage(pathTo(locale, { kind: 'page', slug: 'development-targets' }))).querySelector('main')!;
    for (const figure of ['2027', '2032', '42', '16']) expect(main.text).toContain(figure);
    expect(main.text).toContain('针对16个目标，提出42项建议');
    for (const url of [
      'https://www.chinaminutes.com/News/News-Article/hong-kong-unveils-blueprint-for-becoming-intl-innovation-technology-center',
      'http://diandongche.yzbytv.com/jd/2022/1222/10297.html',
    ])
      expect(links(main)).toContain(url);
  });
});

describe('the new facts from the sources', () => {
  const PRESS_RELEASE = 'https://www.info.gov.hk/gia/general/202303/28/P2023032800563.htm';
  it.each(LOCALE_CODES)(
    '[%s] the Committee was set up on 3 March 2023 and first met on 28 March 2023, as the Government said',
    (locale) => {
      for (const page of [
        pathTo(locale, { kind: 'page', slug: 'committee' }),
        pathTo(locale, { kind: 'update', slug: '2023-03-28-committee-first-meeting' }),
      ]) {
        const main = parse(readPage(page)).querySelector('main')!;
        expect(links(main), page).toContain(PRESS_RELEASE);
        expect(main.text).toMatch(/3 March 2023|2023年3月3日|二○二三年三月三日/);
        expect(main.text).toMatch(/28 March 2023|2023年3月28日/);
      }
    },
  );

  it.each(LOCALE_CODES)('[%s] the 2022 Policy Address promised the Blueprint in its paragraph 38', (locale) => {
    for (const page of [
      pathTo(locale, { kind: 'page', slug: 'background' }),
      pathTo(locale, { kind: 'update', slug: '2022-10-19-policy-address-2022' }),
    ])
      expect(links(parse(readPage(page)).querySelector('main')!), page).toContain('https://www.policyaddress.gov.hk/2022/en/p38.html');
  });

  it.each(LOCALE_CODES)('[%s] the later references to the Blueprint are updates with their sources', (locale) => {
    const cases: [string, string][] = [
      ['2023-05-20-chief-executive-key-strategy', 'https://sc.isd.gov.hk/TuniS/www.info.gov.hk/gia/general/202305/20/P2023051900257.htm'],
      ['2023-10-01-policy-address-2023', 'https://www.policyaddress.gov.hk/2023/en/p1.html'],
      ['2024-02-27-secretary-speech', 'https://www.info.gov.hk/gia/general/202402/27/P2024022700230.htm'],
    ];
    for (const [slug, url] of cases)
      expect(links(parse(readPage(pathTo(locale, { kind: 'update', slug }))).querySelector('main')!), slug).toContain(url);
  });
});

describe('the independent-guide statement', () => {
  it.each([...PAGES, '/404.html'])('%s says, in its own language and before the main content, that it is not an official site', (page) => {
    const html = readPage(page);
    const locale = /<html[^>]*data-locale="(\w+)"/.exec(html)?.[1] as (typeof LOCALE_CODES)[number] | undefined;
    // The language chooser at / is in all three languages, and says it in each.
    for (const code of locale ? [locale] : LOCALE_CODES) {
      const notice = t(code, 'header.independent');
      expect(html.indexOf(notice), `${page} ${code}`).toBeGreaterThan(-1);
      expect(html.indexOf(notice)).toBeLessThan(html.indexOf('<main'));
    }
  });
});

describe('the open data', () => {
  const data = JSON.parse(fs.readFileSync(path.join(DIST, 'data/blueprint.json'), 'utf8')) as OpenData;
  it('gives every direction, strategy and measure its published and updated day in each language, as its page does', () => {
    for (const locale of LOCALE_CODES) {
      const m = models[locale];
      const day = (d?: Date) => (d ? isoDay(d) : null);
      for (const d of data.directions) {
        const dates = m.direction(d.number)!.item.source.dates!;
        expect([d.published[locale], d.updated[locale]]).toEqual([day(dates.published), day(dates.updated)]);
      }
      for (const s of data.strategies) {
        const dates = m.strategy(s.number)!.item.source.dates!;
        expect([s.published[locale], s.updated[locale]]).toEqual([day(dates.published), day(dates.updated)]);
      }
      for (const x of data.measures) {
        const dates = m.strategy(x.strategy)!.item.source.dates!;
        expect([x.published[locale], x.updated[locale]]).toEqual([day(dates.published), day(dates.updated)]);
      }
    }
  });
});

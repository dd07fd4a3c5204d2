import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { openSite, PagePool, PHONE, visit, type TestSite } from '../helpers/browser.ts';
import { contentModels } from '../helpers/content-models.ts';
import { LOCALES, LOCALE_CODES, type LocaleCode } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/t.ts';
import { SITE } from '../../src/site.config.ts';

const models = contentModels();
const intl = (locale: LocaleCode) => LOCALES.find((l) => l.code === locale)!.intl;
const translated = { tc: '本網站譯文', sc: '本网站译文' } as const;
// The reader's "today" where the clock is the test's: years from the build day, so the two cannot coincide.
const READER_NOW = new Date('2031-03-15T10:00:00Z');

let site: TestSite;
let context: BrowserContext;
let noScript: BrowserContext;
let pages: PagePool;
let pagesWithoutJs: PagePool;
/** A phone's context whose pages may write and read the clipboard. */
async function withClipboard(): Promise<BrowserContext> {
  const c = await site.browser.newContext(PHONE);
  await c.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
  return c;
}
beforeAll(async () => {
  site = await openSite();
  context = await withClipboard();
  noScript = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
  pages = new PagePool(context);
  pagesWithoutJs = new PagePool(noScript);
});
afterAll(async () => {
  await context?.close();
  await noScript?.close();
  await site?.close();
});

// The browser has one clipboard for all its pages: one test at a time copies to it and reads it back.
let clipboard = Promise.resolve();
function copying<T>(fn: () => Promise<T>): Promise<T> {
  const run = clipboard.then(fn);
  clipboard = run.then(
    () => {},
    () => {},
  );
  return run;
}

/** Presses `button` (its label `label`) and returns what landed on the clipboard, once the button says it is copied. */
function copy(page: Page, button: Locator, label: string, copied: string): Promise<string> {
  return copying(async () => {
    expect(await button.textContent()).toBe(label);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await button.click();
    await expect.poll(() => button.textContent()).toBe(copied);
    return page.evaluate(() => navigator.clipboard.readText());
  });
}

/** The text a reader sees, its runs of white space made one space. */
const seen = (p: Locator) => p.evaluate((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
/** Today in the page, written the way `style` writes a day. */
const today = (page: Page, style: string) => page.evaluate((s) => new Date().toLocaleDateString(s, { dateStyle: 'long' }), style);

function measureCitationChecks(locale: LocaleCode, copied: string, id: string, strategy: string, day: string) {
  const measure = models[locale].measure(id)!;
  expect(copied).toContain(measure.text);
  expect(copied).toContain(id);
  expect(copied).toContain(`${SITE.url}/${locale}/strategies/${strategy}/#measure-${id.replace('.', '-')}`);
  expect(copied).toContain(day);
  if (locale !== 'en') {
    expect(copied).toContain(`“${models.en.measure(id)!.text}”`);
    expect(copied).toContain(translated[locale]);
  }
}

describe.concurrent('citing a measure on its strategy page', () => {
  it.for(LOCALE_CODES)(
    '[%s] "Copy citation" copies the citation as shown, dated the reader\u2019s today, then says "copied" on the button and aloud for three seconds',
    async (locale) => {
      // A context of its own: its clock is every one of its pages' clock.
      const own = await withClipboard();
      try {
        const page = await own.newPage();
        const url = `${site.url}${locale}/strategies/3-venture-financing/`;
        await page.clock.install({ time: READER_NOW });
        await visit(page, url);
        const measure = page.locator('#measure-3-2');
        await measure.locator('summary').click();
        const citation = page.locator('#cite-measure-3-2-plain');
        expect(await citation.isVisible()).toBe(true);
        expect(await citation.locator('time').getAttribute('data-date-style')).toBe(intl(locale));
        const day = await today(page, intl(locale));
        expect(day).toContain('2031');
        const html = await (await page.request.get(url)).text();
        const builtDay = html.match(/id="cite-measure-3-2-plain"[^]*?<time[^>]*>([^<]+)<\/time>/)![1]!;
        // From here on, time moves only when the test moves it.
        await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
        // Held by its place, not its name: its name changes when it is pressed.
        const button = measure.locator('details').getByRole('button');
        const copied = await copy(page, button, t(locale, 'copy.citation'), t(locale, 'copy.copied'));
        expect(copied).toBe(await seen(citation));
        measureCitationChecks(locale, copied, '3.2', '3-venture-financing', day);
        expect(copied).not.toContain(builtDay);
        expect(await button.isVisible()).toBe(true);
        await page.clock.runFor(100);
        expect(await page.locator('#announcer').textContent()).toBe(t(locale, 'copy.done'));
        await page.clock.runFor(2700);
        expect(await button.textContent()).toBe(t(locale, 'copy.copied'));
        await page.clock.runFor(300);
        expect(await button.textContent()).toBe(t(locale, 'copy.citation'));
      } finally {
        await own.close();
      }
    },
  );

  it.for(LOCALE_CODES)('[%s] on another strategy page too, the copied citation of a measure is its own, dated today', (locale) =>
    pages.use(async (page) => {
      await visit(page, `${site.url}${locale}/strategies/5-talent-hub/`);
      const measure = page.locator('#measure-5-1');
      await measure.locator('summary').click();
      // Held by its place, not its name: its name changes when it is pressed.
      const button = measure.locator('details').getByRole('button');
      const copied = await copy(page, button, t(locale, 'copy.citation'), t(locale, 'copy.copied'));
      expect(copied).toBe(await seen(page.locator('#cite-measure-5-1-plain')));
      measureCitationChecks(locale, copied, '5.1', '5-talent-hub', await today(page, intl(locale)));
      await expect.poll(() => page.locator('#announcer').textContent()).toBe(t(locale, 'copy.done'));
    }),
  );

  it.for(LOCALE_CODES)('[%s] without JavaScript, the citations are there, dated the build day, and no Copy button shows', (locale) =>
    pagesWithoutJs.use(async (page) => {
      for (const path of ['strategies/3-venture-financing/', 'cite/strategies/3-venture-financing/']) {
        await page.goto(`${site.url}${locale}/${path}`);
        if (path.startsWith('strategies')) await page.locator('#measure-3-2 summary').click();
        const citation = page.locator(path.startsWith('cite') ? '#cite-page-plain' : '#cite-measure-3-2-plain');
        expect(await citation.isVisible(), path).toBe(true);
        expect(await seen(citation), path).toContain(`${SITE.url}/${locale}/strategies/3-venture-financing/`);
        const time = citation.locator('time');
        const built = (await time.getAttribute('datetime'))!;
        expect(built, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const builtDay = new Date(`${built}T00:00:00Z`).toLocaleDateString(intl(locale), { dateStyle: 'long', timeZone: 'UTC' });
        expect(await time.textContent(), path).toBe(builtDay);
        const buttons = page.locator('[data-module="copy-button"]');
        expect(await buttons.count(), path).toBeGreaterThan(0);
        expect(await page.locator('[data-module="copy-button"]:visible').count(), path).toBe(0);
      }
    }),
  );
});

describe.concurrent('a page\u2019s cite page', () => {
  it.for(LOCALE_CODES)('[%s] copies each style\u2019s own citation of the page, and serves its BibTeX and RIS files', (locale) =>
    pages.use(async (page) => {
      await visit(page, `${site.url}${locale}/cite/strategies/3-venture-financing/`);
      const section = page.locator('#page');
      const styles = [
        { key: 'plain' as const, word: locale === 'en' ? 'accessed' : locale === 'tc' ? '瀏覽日期' : '浏览日期', dateStyle: intl(locale) },
        { key: 'apa' as const, word: 'Retrieved', dateStyle: 'en-US' },
        { key: 'chicago' as const, word: 'Accessed', dateStyle: 'en-US' },
      ];
      const texts = new Set<string>();
      for (const { key, word, dateStyle } of styles) {
        const style = t(locale, `cite.${key}`);
        const block = section.locator('div').filter({ has: page.getByRole('heading', { name: style, exact: true }) });
        // The plain one reads as on the page it cites; the other two say their style.
        const label = key === 'plain' ? t(locale, 'copy.citation') : t(locale, 'copy.citationStyle', { style });
        const copied = await copy(page, block.getByRole('button'), label, t(locale, 'copy.copied'));
        expect(copied, key).toBe(await seen(block.locator('p')));
        expect(copied, key).toContain(word);
        expect(copied, key).toContain(await today(page, dateStyle));
        expect(copied, key).toContain(`${SITE.url}/${locale}/strategies/3-venture-financing/`);
        texts.add(copied);
      }
      expect(texts.size).toBe(3);
      for (const [format, type, start] of [
        ['bib', 'application/x-bibtex', /^@\w+\{/],
        ['ris', 'application/x-research-info-systems', /^TY {2}- /],
      ] as const) {
        const href = (await section.getByRole('link', { name: t(locale, `cite.${format}`) }).getAttribute('href'))!;
        const response = await page.request.get(new URL(href, page.url()).href);
        expect(response.status(), format).toBe(200);
        expect(response.headers()['content-type'], format).toMatch(new RegExp(`^${type}\\b`));
        const body = await response.text();
        expect(body, format).toMatch(start);
        expect(body, format).toContain(`${SITE.url}/${locale}/strategies/3-venture-financing/`);
      }
    }),
  );
});

describe.concurrent('"Cite this page"', () => {
  const paths = ['strategies/3-venture-financing/', 'directions/2-talent/', 'updates/2022-12-22-blueprint-released/', 'indicators/'];
  it.for(LOCALE_CODES.flatMap((locale) => paths.map((path) => ({ locale, path }))))(
    '[$locale] at the foot of /$path leads to the citations of that page, by its title',
    ({ locale, path }) =>
      pages.use(async (page) => {
        await visit(page, `${site.url}${locale}/${path}`);
        const title = (await page.locator('h1').innerText()).trim();
        expect(title.length).toBeGreaterThan(0);
        const about = page.getByRole('complementary', { name: t(locale, 'page.about') });
        await about.getByRole('link', { name: t(locale, 'cite.pageSummary'), exact: true }).click();
        await page.waitForURL(`${site.url}${locale}/cite/${path}`);
        expect(await page.locator('h1').innerText()).toContain(title);
      }),
  );
});

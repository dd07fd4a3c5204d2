import { afterAll, beforeAll, describe, it } from 'vitest';
import { openSite, DESKTOP, type TestSite } from '../helpers/browser.ts';

let site: TestSite;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe.concurrent('choosing a language', () => {
  it.for([
    ['zh-HK', '/tc/'],
    ['zh-TW', '/tc/'],
    ['zh-CN', '/sc/'],
    ['en-GB', '/en/'],
    ['fr-FR', '/en/'],
  ])('a browser preferring %s is sent from / to %s', async ([locale, expected]) => {
    const context = await site.browser.newContext({ ...DESKTOP, locale });
    const page = await context.newPage();
    await page.goto(site.url);
    await page.waitForURL(new RegExp(`${expected}$`));
    await context.close();
  });

  it('remembers the language a reader picks with the switcher, for their next visit to /', async () => {
    const context = await site.browser.newContext({ ...DESKTOP, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${site.url}en/strategies/5-talent-hub/`);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' }).click();
    await page.waitForURL(/\/sc\/strategies\/5-talent-hub\/$/);
    await page.goto(site.url);
    await page.waitForURL(/\/sc\/$/);
    await context.close();
  });

  it('without JavaScript, / lists the three languages as links', async ({ expect }) => {
    const context = await site.browser.newContext({ ...DESKTOP, javaScriptEnabled: false, locale: 'zh-HK' });
    const page = await context.newPage();
    await page.goto(site.url);
    expect(new URL(page.url()).pathname).toBe('/');
    for (const name of ['English', '繁體中文', '简体中文']) expect(await page.getByRole('link', { name }).isVisible()).toBe(true);
    await context.close();
  });
});

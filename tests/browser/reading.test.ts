import { afterAll, beforeAll, describe, it } from 'vitest';
import { openSite, DESKTOP, PHONE, type TestSite } from '../helpers/browser.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/t.ts';

let site: TestSite;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe.concurrent('citing', () => {
  it('"Copy link" puts the measure\u2019s own address on the clipboard and says so', async ({ expect }) => {
    const context = await site.browser.newContext(DESKTOP);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    await page.goto(`${site.url}en/strategies/3-venture-financing/`);
    await page.getByRole('button', { name: 'Copy link to measure 3.2' }).click();
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('Copied to the clipboard');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname + new URL(copied).hash).toBe('/en/strategies/3-venture-financing/#measure-3-2');
    await context.close();
  });

  it('offers a ready citation of a measure: the Blueprint as the work, the official English quoted, this guide as the way to it', async ({
    expect,
  }) => {
    const page = await site.browser.newPage(DESKTOP);
    await page.goto(`${site.url}tc/strategies/3-venture-financing/`);
    const measure = page.locator('#measure-3-2');
    await measure.getByText('引用').click();
    const citation = await measure.locator('#cite-measure-3-2-plain').textContent();
    expect(citation?.replace(/\s+/g, ' ').trim()).toMatch(
      /^Innovation, Technology and Industry Bureau：《香港創新科技發展藍圖》，2022年12月22日。措施 3\.2（本網站譯文）：優化現行上市制度；英文原文：“To optimise the existing listing regime”。經《香港創新科技發展藍圖》導覽：https?:\/\/\S+\/tc\/strategies\/3-venture-financing\/#measure-3-2（瀏覽日期：\d{4}年\d{1,2}月\d{1,2}日）。$/,
    );
    await page.close();
  });

  it('keeps the permalink working without JavaScript, and hides the buttons that need it', async ({ expect }) => {
    const context = await site.browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}en/strategies/3-venture-financing/`);
    expect(await page.getByRole('button', { name: 'Copy link to measure 3.2' }).isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Link to measure 3.2' }).click();
    await page.waitForURL(/#measure-3-2$/);
    await context.close();
  });
});

describe.concurrent('reading comfortably', () => {
  it('remembers the text size across pages, without shifting the layout when a page loads', async ({ expect }) => {
    const context = await site.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${site.url}en/`);
    const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await size()).toBe('16px');
    await page.getByText('Display', { exact: true }).click();
    await page.getByRole('group', { name: 'Text size' }).getByRole('button', { name: 'Larger' }).click();
    expect(await size()).toBe('20px');
    expect(await page.getByRole('button', { name: 'A++ Larger' }).getAttribute('aria-pressed')).toBe('true');
    await page.goto(`${site.url}tc/strategies/`);
    expect(await size()).toBe('20px');
    // Applied in <head> before paint: no layout shift on load.
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) total += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBe(0);
    await page.getByText('顯示', { exact: true }).click();
    await page.getByRole('button', { name: '標準' }).click();
    expect(await size()).toBe('16px');
    await context.close();
  });

  it.for(LOCALES.flatMap((l) => [320, 375].map((width) => ({ locale: l.code, width }))))(
    '[$locale] at $width px, the display control stays on screen at every text size, so a reader can always choose again',
    async ({ locale, width }, { expect }) => {
      const context = await site.browser.newContext({ ...PHONE, viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${site.url}${locale}/strategies/`);
      const display = page.getByText(t(locale, 'prefs.label'), { exact: true });
      const sizes = page.getByRole('group', { name: t(locale, 'prefs.textSize') }).getByRole('button');
      for (let n = 0; n < 3; n++) {
        if (!(await sizes.first().isVisible())) await display.click({ timeout: 5000 });
        await sizes.nth(n).click({ timeout: 5000 });
        for (const button of await page.locator('[data-module="preferences"] button').all()) {
          const box = (await button.boundingBox())!;
          expect(box.x, await button.innerText()).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, await button.innerText()).toBeLessThanOrEqual(width);
        }
      }
      await context.close();
    },
  );

  it('follows the system theme, and remembers a theme the reader sets', async ({ expect }) => {
    const context = await site.browser.newContext({ ...DESKTOP, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.url}en/`);
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await background()).toBe('rgb(20, 23, 26)');
    await page.getByText('Display', { exact: true }).click();
    await page.getByRole('button', { name: 'Light' }).click();
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.goto(`${site.url}sc/measures/`);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.getByText('显示', { exact: true }).click();
    await page.getByRole('button', { name: '自动' }).click();
    expect(await background()).toBe('rgb(20, 23, 26)');
    await context.close();
  });

  it('prints without the site chrome, with the measure IDs and link addresses', async ({ expect }) => {
    const page = await site.browser.newPage(DESKTOP);
    await page.goto(`${site.url}en/strategies/3-venture-financing/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print this page' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Link to measure 3.2' }).isVisible()).toBe(true);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.goto(`${site.url}en/committee/`);
    const after = await page
      .locator('.prose a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
    await page.close();
  });

  it('has a "print this page" control that opens the print dialog', async ({ expect }) => {
    const page = await site.browser.newPage(DESKTOP);
    await page.goto(`${site.url}en/background/`);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.getByRole('button', { name: 'Print this page' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.close();
  });
});

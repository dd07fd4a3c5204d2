import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, ConsoleMessage, Page, Request } from 'playwright-core';
import { PAGES } from '../helpers/site.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { openSite, DESKTOP, PagePool, visit, type TestSite } from '../helpers/browser.ts';
import { contentModels } from '../helpers/content-models.ts';

let site: TestSite;
let context: BrowserContext;
let noScript: BrowserContext;
let pages: PagePool;
let noScriptPages: PagePool;
beforeAll(async () => {
  site = await openSite();
  context = await site.browser.newContext(DESKTOP);
  // Every CSP violation, whether from the header or the meta tag, is recorded where the test can read it.
  await context.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  noScript = await site.browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
  pages = new PagePool(context);
  noScriptPages = new PagePool(noScript);
});
afterAll(async () => {
  await context?.close();
  await noScript?.close();
  await site?.close();
});

interface Watch {
  errors: string[];
  offOrigin: string[];
}
/** Records the page's errors and requests to other hosts while `fn` runs; the page is reused after. */
async function watching(page: Page, fn: (w: Watch) => Promise<void>): Promise<void> {
  const w: Watch = { errors: [], offOrigin: [] };
  const consoled = (m: ConsoleMessage) => m.type() === 'error' && w.errors.push(m.text());
  const thrown = (e: Error) => w.errors.push(e.message);
  const requested = (r: Request) => {
    if (!r.url().startsWith(site.url) && !r.url().startsWith('data:')) w.offOrigin.push(r.url());
  };
  page.on('console', consoled);
  page.on('pageerror', thrown);
  page.on('request', requested);
  try {
    await fn(w);
  } finally {
    page.off('console', consoled);
    page.off('pageerror', thrown);
    page.off('request', requested);
  }
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

// Concurrent: each test holds its own page of a pool while it runs.
describe.concurrent('security and privacy in the browser', () => {
  it.for([...PAGES, '404.html'])(
    '%s loads with no CSP violation, no console error, no request to another host and no cookie',
    async (path, { expect }) => {
      await pages.use((page) =>
        watching(page, async (w) => {
          await visit(page, site.url + path.replace(/^\//, ''));
          expect(await violations(page)).toEqual([]);
          expect(w.errors.filter((e) => !/404 \(Not Found\)/.test(e) || path !== '404.html')).toEqual([]);
          expect(w.offOrigin).toEqual([]);
          expect(await context.cookies()).toEqual([]);
        }),
      );
    },
  );

  it.for(['en', 'tc', 'sc'])(
    'a search in /%s/ runs under the CSP with no violation or error and stays on the site',
    async (locale, { expect }) => {
      await pages.use((page) =>
        watching(page, async (w) => {
          await page.goto(`${site.url}${locale}/strategies/`);
          await page.keyboard.press('/');
          await page.keyboard.type(locale === 'en' ? 'talent' : '人才');
          await page.locator('#header-search-panel [role=status]').filter({ hasText: /\d/ }).waitFor();
          await page.goto(`${site.url}${locale}/search/?q=${encodeURIComponent(locale === 'en' ? 'fintech' : '金融科技')}&kind=measure`);
          await page.locator('#search-results > li').first().waitFor();
          expect(await violations(page)).toEqual([]);
          expect(w.errors).toEqual([]);
          expect(w.offOrigin).toEqual([]);
        }),
      );
    },
  );

  it('serves the security headers on every response', async () => {
    const response = await fetch(`${site.url}en/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const chunk = await fetch(`${site.url}pagefind/pagefind-entry.json`);
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });
});

describe.concurrent('without JavaScript', () => {
  it.for(PAGES.filter((p) => p !== '/'))('%s is readable and navigable: content, menu, language switcher', async (path, { expect }) => {
    await noScriptPages.use(async (page) => {
      await page.goto(site.url + path.replace(/^\//, ''));
      expect(await page.locator('main h1').isVisible()).toBe(true);
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(40);
      const menu = page.getByRole('navigation', { name: /^(Main|主選單|主菜单)$/ });
      expect(await menu.getByRole('link').count()).toBeGreaterThanOrEqual(6);
      for (const link of await menu.getByRole('link').all()) expect(await link.isVisible()).toBe(true);
      const switcher = page.getByRole('navigation', { name: /^(Language|語言|语言)$/ });
      // Without this count, a page that lost its switcher would pass the loop below with nothing to check.
      expect(await switcher.getByRole('link').count()).toBeGreaterThanOrEqual(LOCALES.length - 1);
      for (const link of await switcher.getByRole('link').all()) expect(await link.isVisible()).toBe(true);
    });
  });

  it('the measures list works without JavaScript: every measure, each linking to its anchor', async ({ expect }) => {
    const { measures } = contentModels().tc;
    await noScriptPages.use(async (page) => {
      await page.goto(`${site.url}tc/measures/`);
      const links = page.getByRole('link', { name: /^連結至措施 \d+\.\d+$/ });
      expect(await links.count()).toBe(measures.length);
      await links.last().click();
      await page.waitForURL((url) => url.pathname + url.hash === measures.at(-1)!.href);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { PAGES } from '../helpers/site.ts';
import { openSite, PagePool, PHONE, type TestSite } from '../helpers/browser.ts';
import { violations, withAxe } from '../helpers/axe.ts';

let site: TestSite;
let context: BrowserContext;
let pages: PagePool;

beforeAll(async () => {
  site = await openSite();
  context = await site.browser.newContext(PHONE);
  await withAxe(context);
  pages = new PagePool(context);
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

function violationsOf(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<string[]> {
  return pages.use(async (page) => {
    await page.emulateMedia({ colorScheme });
    // `/` sends readers with JavaScript to their language; test the page itself.
    if (path === '/') await page.route('**/*.js', (r) => r.abort());
    const response = await page.goto(site.url + path.replace(/^\//, ''));
    expect(response?.status(), path).toBeLessThan(400);
    // axe runs in the top document only: a frame would go untested, so a page with one fails here.
    expect(page.frames().map((f) => f.url())).toEqual([page.url()]);
    const found = [...(await violations(page)), ...(await linksToldByColourAlone(page))];
    if (path === '/') await page.unroute('**/*.js');
    return found;
  });
}

/**
 * Links in running text (a paragraph, a table cell, a definition) that are not underlined: told
 * apart from the words around them by colour alone (WCAG 1.4.1), which axe checks only by contrast.
 */
function linksToldByColourAlone(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('p a[href], td a[href], dd a[href], figcaption a[href]')]
      .filter((a) => a.getClientRects().length > 0 && !getComputedStyle(a).textDecorationLine.includes('underline'))
      .map((a) => `link-not-underlined: “${(a.textContent ?? '').trim().slice(0, 40)}”`),
  );
}

// Concurrent: each test holds its own page of the pool while it runs.
describe.concurrent('axe (WCAG 2.2 A and AA)', () => {
  it.for([...PAGES, '404.html'])('%s has no violations', async (path, { expect }) => {
    expect(await violationsOf(path)).toEqual([]);
  });

  it.for(['/en/', '/tc/strategies/3-venture-financing/', '/sc/indicators/', '/en/measures/'])(
    '%s has no violations in the dark theme',
    async (path, { expect }) => {
      expect(await violationsOf(path, 'dark')).toEqual([]);
    },
  );
});

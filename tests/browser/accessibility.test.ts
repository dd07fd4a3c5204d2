import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { PAGES } from '../helpers/site.ts';
import { openSite, PHONE, type TestSite } from '../helpers/browser.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
let site: TestSite;
let context: BrowserContext;

beforeAll(async () => {
  site = await openSite();
  context = await site.browser.newContext(PHONE);
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

async function violations(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<string[]> {
  const page = await context.newPage();
  try {
    await page.emulateMedia({ colorScheme });
    // `/` sends readers with JavaScript to their language; test the page itself.
    if (path === '/') await page.route('**/*.js', (r) => r.abort());
    const response = await page.goto(site.url + path.replace(/^\//, ''));
    expect(response?.status(), path).toBeLessThan(400);
    const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
  } finally {
    await page.close();
  }
}

describe('axe (WCAG 2.2 A and AA)', () => {
  it.each([...PAGES, '404.html'])('%s has no violations', async (path) => {
    expect(await violations(path)).toEqual([]);
  });

  it.each(['/en/', '/tc/strategies/3-venture-financing/', '/sc/indicators/', '/en/measures/'])(
    '%s has no violations in the dark theme',
    async (path) => {
      expect(await violations(path, 'dark')).toEqual([]);
    },
  );
});

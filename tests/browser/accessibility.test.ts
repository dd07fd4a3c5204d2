import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { PAGES } from '../helpers/site.ts';
import { openSite, PagePool, PHONE, type TestSite } from '../helpers/browser.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// The axe-core that @axe-core/playwright depends on, run here directly: its AxeBuilder evaluates the
// 650 kB script twice in every page and, unless in legacy mode, merges the results in a page it opens
// for the purpose, a new renderer process each time. Together that was half the time of this file.
const AXE_SOURCE: string = createRequire(import.meta.resolve('@axe-core/playwright'))('axe-core').source;
interface Violation {
  id: string;
  impact?: string | null;
  nodes: { target: unknown[] }[];
}
declare const axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> };
let site: TestSite;
let context: BrowserContext;
let pages: PagePool;

beforeAll(async () => {
  site = await openSite();
  context = await site.browser.newContext(PHONE);
  pages = new PagePool(context);
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

async function violations(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<string[]> {
  return pages.use(async (page) => {
    await page.emulateMedia({ colorScheme });
    // `/` sends readers with JavaScript to their language; test the page itself.
    if (path === '/') await page.route('**/*.js', (r) => r.abort());
    const response = await page.goto(site.url + path.replace(/^\//, ''));
    expect(response?.status(), path).toBeLessThan(400);
    // axe runs in the top document only: a frame would go untested, so a page with one fails here.
    expect(page.frames().map((f) => f.url())).toEqual([page.url()]);
    await page.evaluate(AXE_SOURCE);
    // Only violations come back in full: the passes, several hundred kB a page, are checked all the same
    // but described by one node each, since the test reads no further.
    const result = await page.evaluate(
      (tags) => axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
      WCAG_TAGS,
    );
    if (path === '/') await page.unroute('**/*.js');
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
  });
}

// Concurrent: each test holds its own page of the pool while it runs.
describe.concurrent('axe (WCAG 2.2 A and AA)', () => {
  it.for([...PAGES, '404.html'])('%s has no violations', async (path, { expect }) => {
    expect(await violations(path)).toEqual([]);
  });

  it.for(['/en/', '/tc/strategies/3-venture-financing/', '/sc/indicators/', '/en/measures/'])(
    '%s has no violations in the dark theme',
    async (path, { expect }) => {
      expect(await violations(path, 'dark')).toEqual([]);
    },
  );
});

import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** The WCAG 2.2 A and AA rules, by axe's tags. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// The axe-core that @axe-core/playwright depends on, run here directly: its AxeBuilder evaluates the
// 650 kB script twice in every page and, unless in legacy mode, merges the results in a page it opens
// for the purpose, a new renderer process each time. Together that was half the time of the axe tests.
const AXE_SOURCE: string = createRequire(import.meta.resolve('@axe-core/playwright'))('axe-core').source;

interface Violation {
  id: string;
  impact?: string | null;
  nodes: { target: unknown[] }[];
}
declare const axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> };

/**
 * Puts axe into every document of the context, before the page's own scripts: the 650 kB source
 * crosses to the browser once, not once a page. A page of another context has no axe, and
 * `violations` then fails rather than finding nothing.
 */
export async function withAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

/** Puts axe into this page's current document only: for a test that runs it on a page or two. */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(AXE_SOURCE);
}

/** axe's WCAG 2.2 A and AA violations on the page as it is now, each with up to three of its elements. */
export async function violations(page: Page): Promise<string[]> {
  // Only violations come back in full: the passes, several hundred kB a page, are checked all the same
  // but described by one node each, since the test reads no further.
  const result = await page.evaluate(
    (tags) => axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_TAGS,
  );
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

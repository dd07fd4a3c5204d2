import { afterAll, beforeAll, describe, it } from 'vitest';
import { openSite, DESKTOP, type TestSite } from '../helpers/browser.ts';
import { contentModels } from '../helpers/content-models.ts';

// Counts come from the content, so a new measure changes the expectation with it.
const { en } = contentModels();
const total = en.measures.length;

let site: TestSite;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe.concurrent('a strategy page', () => {
  it('brings a reader to a measure by its anchor and highlights it', async ({ expect }) => {
    const page = await site.browser.newPage(DESKTOP);
    await page.goto(`${site.url}en/strategies/3-venture-financing/#measure-3-2`);
    const measure = page.locator('#measure-3-2');
    await expect.poll(() => measure.isVisible()).toBe(true);
    expect(await measure.textContent()).toContain('To optimise the existing listing regime');
    const box = await measure.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    const background = await measure.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('lists every measure of every strategy by its anchor on the all-measures page', async ({ expect }) => {
    const page = await site.browser.newPage(DESKTOP);
    await page.goto(`${site.url}en/measures/`);
    const links = await page.getByRole('link', { name: /^Link to measure \d+\.\d+$/ }).all();
    expect(links).toHaveLength(total);
    const first = links[0]!;
    await first.click();
    await page.waitForURL(/\/en\/strategies\/1-ecosystem\/#measure-1-1$/);
    expect(await page.locator('#measure-1-1').isVisible()).toBe(true);
    await page.close();
  });

  it('is fully navigable by keyboard: the first Tab reaches the skip link, which moves focus to the main content', async ({ expect }) => {
    const page = await site.browser.newPage(DESKTOP);
    await page.goto(`${site.url}tc/strategies/5-talent-hub/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳至主要內容' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});

describe.concurrent('the all-measures page filter', () => {
  it('narrows the measures by words and by strategy, and says how many are shown', async ({ expect }) => {
    const page = await site.browser.newPage(DESKTOP);
    await page.goto(`${site.url}en/measures/`);
    const words = page.getByRole('searchbox', { name: 'Filter by words' });
    await words.fill('talent');
    const status = page.locator('#measure-filter [role=status]');
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`^\\d+ of ${total} measures shown$`));
    const visible = await page
      .locator('li[data-measure]:visible')
      .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.measure));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((id) => id!.startsWith('5.'))).toBe(true);
    // A word the measures do not use: nothing here, and search is offered instead.
    await words.fill('fintech');
    await expect.poll(() => status.textContent()).toBe(`0 of ${total} measures shown`);
    expect(await page.getByRole('link', { name: 'All results, with filters' }).getAttribute('href')).toBe('/en/search/?q=fintech');
    await words.fill('');
    await page.getByRole('combobox', { name: 'Show measures of' }).selectOption('3');
    await expect.poll(() => status.textContent()).toBe(`${en.strategy(3)!.measures.length} of ${total} measures shown`);
    expect(await page.locator('section[data-strategy="5"]').isHidden()).toBe(true);
    await page.close();
  });
});

import { afterAll, beforeAll, describe, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { openSite, ContextPools, DESKTOP, PHONE, type TestSite } from '../helpers/browser.ts';
import { injectAxe, violations } from '../helpers/axe.ts';
import { LOCALES, LOCALE_CODES } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/t.ts';

let site: TestSite;
let contexts: ContextPools;
beforeAll(async () => {
  site = await openSite();
  contexts = new ContextPools(site.browser);
});
afterAll(async () => {
  await contexts?.close();
  await site?.close();
});

const WIDTHS = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const;
const STRATEGY = 'strategies/3-venture-financing/';
const cases = LOCALE_CODES.flatMap((locale) => WIDTHS.map(([width, options]) => ({ locale, width, options })));

/** Runs `fn` on `path`, loaded in a page of a context with these options. */
function on<T>(options: BrowserContextOptions, path: string, fn: (page: Page) => Promise<T>): Promise<T> {
  return contexts.use(options, async (page) => {
    await page.goto(site.url + path);
    return fn(page);
  });
}
const withoutScripts = (options: BrowserContextOptions) => ({ ...options, javaScriptEnabled: false });

describe.concurrent('parallel text', () => {
  it.for(cases)(
    'shows the other language beneath each measure when asked, without JavaScript ($locale, $width)',
    async ({ locale, options }, { expect }) => {
      await on(withoutScripts(options), `${locale}/${STRATEGY}`, async (page) => {
        const parallel = page.locator('#measure-3-2 .parallel');
        await expect.poll(() => parallel.isVisible()).toBe(false);
        await page.getByLabel(t(locale, 'original.show')).check();
        expect(await parallel.isVisible()).toBe(true);
        expect(await parallel.getAttribute('lang')).toBe(locale === 'en' ? 'zh-HK' : 'en');
        expect(await page.locator('.parallel:visible').count()).toBe(3 + 7);
        // On paper as on screen: the tick carries to print, the checkbox itself does not.
        await page.emulateMedia({ media: 'print' });
        expect(await parallel.isVisible()).toBe(true);
        expect(await page.getByLabel(t(locale, 'original.show')).isVisible()).toBe(false);
        await page.emulateMedia({ media: null });
      });
    },
  );

  it.for(LOCALE_CODES)('leaves no accessibility violation with the parallel text shown (%s)', async (locale, { expect }) => {
    await on(PHONE, `${locale}/${STRATEGY}`, async (page) => {
      await page.getByLabel(t(locale, 'original.show')).check();
      await injectAxe(page);
      expect(await violations(page)).toEqual([]);
    });
  });

  it.for(cases)(
    'sets the bilingual measures view in two columns on a desktop and one on a phone ($locale, $width)',
    async ({ locale, width, options }, { expect }) => {
      await on(withoutScripts(options), `${locale}/measures/bilingual/`, async (page) => {
        const [en, zh] = await page
          .locator('main section ol > li')
          .first()
          .locator('p')
          .evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect().toJSON()));
        if (width === 'desktop') expect(zh.left).toBeGreaterThan(en.right - 1);
        else expect(zh.top).toBeGreaterThan(en.bottom - 1);
      });
    },
  );
});

describe.concurrent('the language links keep the reader\u2019s place', () => {
  const pairs = LOCALES.map((l, i) => [l, LOCALES[(i + 1) % LOCALES.length]!] as const);
  it.for(pairs)('from %s to the same measure and the same search in %s', async ([from, to], { expect }) => {
    await on(DESKTOP, `${from.code}/${STRATEGY}#measure-3-2`, async (page) => {
      const links = page.getByRole('navigation', { name: t(from.code, 'lang.label') });
      await links.getByRole('link', { name: to.label }).click();
      await page.waitForURL(`**/${to.code}/${STRATEGY}#measure-3-2`);
      await page.goto(`${site.url}${from.code}/search/?q=fintech`);
      await links.getByRole('link', { name: to.label }).click();
      await page.waitForURL(`**/${to.code}/search/?q=fintech`);
      // The search page's script puts the query back into the box after the page has loaded.
      await expect.poll(() => page.locator('#search-q').inputValue()).toBe('fintech');
    });
  });
});

describe.concurrent('the Display panel', () => {
  const display = (page: Page) => page.locator('details[data-module="preferences"]');
  it.for(LOCALE_CODES)(
    'closes with Escape, a tap outside and focus moving away, and covers nothing at 375 px (%s)',
    async (locale, { expect }) => {
      await on({ ...PHONE, hasTouch: true }, `${locale}/`, async (page) => {
        const panel = display(page);
        const summary = panel.locator('summary');
        const isOpen = () => panel.evaluate((d) => (d as HTMLDetailsElement).open);
        await summary.click();
        expect(await isOpen()).toBe(true);
        const box = (await panel.locator('div').first().boundingBox())!;
        for (const other of [page.getByRole('navigation', { name: t(locale, 'nav.label') }), page.locator('#header-search-input')]) {
          const b = (await other.boundingBox())!;
          const overlaps = box.x < b.x + b.width && b.x < box.x + box.width && box.y < b.y + b.height && b.y < box.y + box.height;
          expect(overlaps).toBe(false);
        }
        await page.keyboard.press('Escape');
        expect(await isOpen()).toBe(false);
        expect(await summary.evaluate((s) => s === document.activeElement)).toBe(true);
        await summary.click();
        await page.locator('h1').tap();
        expect(await isOpen()).toBe(false);
        await summary.click();
        await page.locator('#header-search-input').focus();
        expect(await isOpen()).toBe(false);
      });
    },
  );
});

describe.concurrent('tap targets on a phone', () => {
  const TOUCH_PHONE = { ...PHONE, hasTouch: true, isMobile: true };
  const PATHS = [
    '',
    STRATEGY,
    'measures/',
    'measures/bilingual/',
    'indicators/',
    'search/',
    'directions/2-talent/',
    'cite/strategies/3-venture-financing/',
    'updates/',
  ];
  it.for(LOCALE_CODES.flatMap((locale) => PATHS.map((p) => `${locale}/${p}`)))(
    'are 24 px at least, and 44 px tall for the main controls, on /%s',
    async (path, { expect }) => {
      const small = await on(TOUCH_PHONE, path, (page) =>
        page.evaluate(() => {
          const found: string[] = [];
          const size = (el: Element) => el.getBoundingClientRect();
          const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
          // The header's language links, Display and search; the footer's links; every Cite: a thumb's 44 px.
          const tall = document.querySelectorAll(
            'header nav[data-module="language-choice"] a, header details summary, #header-search-input, header form button, footer a, details.cite > summary, main aside a, main aside button',
          );
          for (const el of tall) if (size(el).height < 44 - 0.5) found.push(`${name(el)} is ${Math.round(size(el).height)} px tall`);
          for (const el of document.querySelectorAll('a[href], button, summary, input, select')) {
            const r = size(el);
            const style = getComputedStyle(el);
            if (!r.width || style.visibility === 'hidden' || el.closest('.sr-only, .prose')) continue;
            // WCAG's inline exception: a link inside a sentence is sized by the sentence's text.
            const block = el.parentElement!;
            const inSentence =
              style.display === 'inline' && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 1;
            if (!inSentence && (r.width < 24 - 0.5 || r.height < 24 - 0.5))
              found.push(`${name(el)} is ${Math.round(r.width)}×${Math.round(r.height)}`);
          }
          return found;
        }),
      );
      expect(small).toEqual([]);
    },
  );

  it.for(LOCALE_CODES)('hide the "press /" tip on a touch screen and show it with a mouse (%s)', async (locale, { expect }) => {
    await on(TOUCH_PHONE, `${locale}/search/`, async (touch) => {
      expect(await touch.locator('.keyboard-tip').isVisible()).toBe(false);
    });
    await on(DESKTOP, `${locale}/search/`, async (mouse) => {
      await expect.poll(() => mouse.locator('.keyboard-tip').isVisible()).toBe(true);
    });
  });
});

describe.concurrent('a strategy page read by its headings', () => {
  it.for(LOCALE_CODES)('outlines the page with each focus area named by its topic (%s)', async (locale, { expect }) => {
    const outline = await on(DESKTOP, `${locale}/${STRATEGY}`, (page) =>
      page.locator('main :is(h1, h2, h3, h4)').evaluateAll((hs) => hs.map((h) => `${h.tagName} ${h.textContent!.trim()}`)),
    );
    expect(outline[0]).toMatch(/^H1 /);
    expect(
      outline.filter((h) => h.startsWith('H3') && h.includes(t(locale, 'strategy.focusAreaTitled', { n: 1, phrases: '' }).trim())),
    ).toHaveLength(1);
    expect(outline.filter((h) => h.startsWith('H4'))).toEqual([]);
    const focus = outline.filter((h) => /^H3 /.test(h) && /[:：]/.test(h));
    expect(focus.length).toBeGreaterThanOrEqual(3);
  });
});

import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, DESKTOP, PHONE, type TestSite } from '../helpers/browser.ts';

let site: TestSite;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

async function withPage(fn: (page: Page, errors: string[]) => Promise<void>, options = DESKTOP) {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await fn(page, errors);
  } finally {
    await context.close();
  }
}

const status = (page: Page) => page.locator('#search-status');
async function settled(page: Page) {
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').length > 0);
}

describe.concurrent('the search page', () => {
  it('restores a shared search from the address, filters included', async ({ expect }) => {
    await withPage(async (page, errors) => {
      await page.goto(`${site.url}en/search/?q=Shenzhen&kind=measure&direction=4`);
      await settled(page);
      expect(await page.getByLabel('Search the Blueprint guide').inputValue()).toBe('Shenzhen');
      expect(await page.getByRole('checkbox', { name: 'Measures' }).isChecked()).toBe(true);
      expect(await page.getByRole('combobox', { name: 'Direction' }).inputValue()).toBe('4');
      const kinds = await page.locator('#search-results > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.kind));
      expect(kinds.length).toBeGreaterThan(0);
      expect(new Set(kinds)).toEqual(new Set(['measure']));
      const hrefs = await page.locator('#search-results > li > p > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of hrefs) expect(href).toMatch(/^\/en\/strategies\/[78]-/);
      expect(errors).toEqual([]);
    });
  });

  it('updates the address as the reader types and changes filters', async ({ expect }) => {
    await withPage(async (page) => {
      await page.goto(`${site.url}tc/search/`);
      await page.getByLabel('搜尋藍圖導覽').fill('人才');
      await settled(page);
      expect(new URL(page.url()).searchParams.get('q')).toBe('人才');
      // Filters are folded until the reader opens them.
      await page.getByText('篩選', { exact: true }).click();
      await page.getByRole('checkbox', { name: '措施' }).check();
      await page.getByRole('checkbox', { name: '策略' }).check();
      await page.waitForURL(/kind=/);
      expect(new URL(page.url()).searchParams.get('kind')).toBe('strategy,measure');
      await page.getByRole('combobox', { name: '策略' }).selectOption('5');
      await page.waitForURL(/strategy=5/);
      // Results follow the filters: only strategies and measures, all of Strategy 5.
      await page.waitForFunction(() => {
        const items = [...document.querySelectorAll<HTMLElement>('#search-results > li')];
        return items.length > 0 && items.every((li) => ['strategy', 'measure'].includes(li.dataset.kind ?? ''));
      });
      const hrefs = await page.locator('#search-results > li > p > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of hrefs) expect(href).toMatch(/^\/tc\/strategies\/5-talent-hub\//);
    });
  });

  it('announces the number of results and marks the matched words in excerpts', async ({ expect }) => {
    await withPage(async (page) => {
      await page.goto(`${site.url}en/search/?q=listing`);
      await settled(page);
      expect(await status(page).getAttribute('role')).toBe('status');
      expect(await status(page).textContent()).toMatch(/^\d+ results? for “listing”$/);
      expect(await page.locator('#search-results mark').first().textContent()).toMatch(/listing/i);
    });
  });

  it('shows nothing and no error for an empty query', async ({ expect }) => {
    await withPage(async (page, errors) => {
      await page.goto(`${site.url}en/search/?q=`);
      await page.waitForSelector('#search-app:not([hidden])');
      expect(await status(page).textContent()).toBe('');
      expect(await page.locator('#search-results > li').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  });

  it('says when nothing matches and offers the measures list and the strategies', async ({ expect }) => {
    await withPage(async (page) => {
      await page.goto(`${site.url}en/search/?q=zzqxjv`);
      await settled(page);
      expect(await status(page).textContent()).toBe('No results for “zzqxjv”.');
      expect(await page.locator('#search-help a[href="/en/measures/"]').count()).toBe(1);
      expect(await page.locator('#search-help a[href="/en/strategies/"]').count()).toBe(1);
    });
  });

  it.for([
    ['emoji', '🚀📈 香港 🇭🇰'],
    ['HTML', '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'],
    ['5,000 characters', 'fintech '.repeat(625)],
    ['punctuation only', '%%% *** ??? ///'],
  ])('handles %s without error or injection', async ([, q], { expect }) => {
    await withPage(async (page, errors) => {
      await page.goto(`${site.url}en/search/`);
      await page.getByLabel('Search the Blueprint guide').fill(q);
      await settled(page);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('#search-results img, #search-results script').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  });

  it('tells the reader when the index cannot load, and offers the same links', async ({ expect }) => {
    await withPage(async (page) => {
      await page.route('**/pagefind/**', (route) => route.abort());
      await page.goto(`${site.url}en/search/?q=fintech`);
      await settled(page);
      expect(await status(page).textContent()).toBe('Search could not be loaded. Check your connection and try again.');
      expect(await page.locator('#search-fallback').isVisible()).toBe(true);
      // JavaScript runs here: the page does not claim otherwise.
      expect(await page.locator('#search-noscript').isVisible()).toBe(false);
      expect(await page.locator('#search-fallback a[href="/en/measures/"]').isVisible()).toBe(true);
      expect(await page.locator('#search-fallback a[href="/en/strategies/"]').isVisible()).toBe(true);
    });
  });

  it('without JavaScript explains that search needs it and links the measures and the strategies', async ({ expect }) => {
    const context = await site.browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}sc/search/`);
    expect(await page.locator('#search-fallback').isVisible()).toBe(true);
    expect(await page.locator('#search-app').isVisible()).toBe(false);
    expect(await page.locator('#search-fallback a[href="/sc/measures/"]').count()).toBe(1);
    expect(await page.locator('#search-fallback a[href="/sc/strategies/"]').count()).toBe(1);
    await context.close();
  });
});

describe.concurrent('what the search page shows', () => {
  it('shows the rest of the results with “Show more results”, and moves focus to the first of them', async ({ expect }) => {
    await withPage(async (page) => {
      await page.goto(`${site.url}tc/search/?q=${encodeURIComponent('人才')}`);
      await settled(page);
      const items = page.locator('#search-results > li');
      expect(await items.count()).toBe(10);
      const total = Number((await status(page).textContent())!.match(/有 (\d+) 項/)![1]);
      expect(total).toBeGreaterThan(10);
      expect(await status(page).textContent()).toContain('現顯示首 10 項');
      const more = page.getByRole('button', { name: '顯示更多結果' });
      await more.click();
      await expect.poll(() => items.count()).toBe(Math.min(total, 20));
      expect(
        await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results > li')[10]),
      ).toBe(true);
      if (total <= 20) expect(await more.isHidden()).toBe(true);
      // Every address once.
      const hrefs = await page.locator('#search-results > li > p > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(new Set(hrefs).size).toBe(hrefs.length);
    });
  });

  it('names the filters that left nothing, and clears them in one step', async ({ expect }) => {
    await withPage(async (page) => {
      await page.goto(`${site.url}en/search/?q=fintech&kind=update&direction=1`);
      await settled(page);
      expect(await status(page).textContent()).toBe(
        'No results for “fintech” with these filters: Updates · Direction 1. I&T ecosystem and new industrialisation.',
      );
      await page.getByRole('button', { name: 'Clear the filters' }).click();
      await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0);
      expect(new URL(page.url()).search).toBe('?q=fintech');
      expect(await page.getByRole('checkbox', { name: 'Updates' }).isChecked()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    });
  });

  it('carries the query in the page title, and drops it when the box is cleared', async ({ expect }) => {
    await withPage(async (page) => {
      await page.goto(`${site.url}sc/search/?q=${encodeURIComponent('河套')}`);
      await settled(page);
      const title = await page.title();
      expect(title).toMatch(/^「河套」– 搜索/);
      await page.getByLabel('搜索蓝图导览').fill('');
      await expect.poll(() => page.title()).toBe(title.replace('「河套」– ', ''));
    });
  });

  it('offers the same search in the other languages when nothing is found, and they find it', async ({ expect }) => {
    await withPage(async (page) => {
      await page.goto(`${site.url}en/search/?q=${encodeURIComponent('上市制度')}`);
      await settled(page);
      expect(await status(page).textContent()).toBe('No results for “上市制度”.');
      const tc = page.locator(`#search-help a[lang="zh-HK"]`);
      expect(await tc.getAttribute('href')).toBe(`/tc/search/?q=${encodeURIComponent('上市制度')}`);
      expect(await page.locator(`#search-help a[lang="zh-CN"]`).getAttribute('href')).toBe(
        `/sc/search/?q=${encodeURIComponent('上市制度')}`,
      );
      await tc.click();
      await settled(page);
      expect(await page.locator('#search-results > li a').first().getAttribute('href')).toBe(
        '/tc/strategies/3-venture-financing/#measure-3-2',
      );
    });
  });

  it.for([
    ['tc', '河套', ['河套']],
    ['tc', '落馬洲', ['落馬洲']],
    ['tc', '人才', ['人才']],
    ['sc', '上市制度', ['上市制度']],
  ] as const)('[%s] marks exactly “%s”, never its neighbours', async ([locale, q, marks], { expect }) => {
    await withPage(async (page) => {
      await page.goto(`${site.url}${locale}/search/?q=${encodeURIComponent(q)}`);
      await settled(page);
      const all = await page.locator('#search-results mark').allTextContents();
      expect(all.length).toBeGreaterThan(0);
      expect(new Set(all)).toEqual(new Set(marks));
    });
  });

  it('cuts no excerpt in the middle of a word, and shows no heading the page hides', async ({ expect }) => {
    await withPage(async (page) => {
      await page.goto(`${site.url}tc/search/?q=${encodeURIComponent('上市')}`);
      await settled(page);
      const texts = await page.locator('#search-results > li').allTextContents();
      for (const text of texts) {
        expect(text).not.toMatch(/^…?行上市制度/);
        expect(text).not.toContain('措施。');
      }
    });
  });
});

describe.concurrent('misspelt and half-typed words', () => {
  const firstResult = (page: Page) => page.locator('#search-results > li a').first().getAttribute('href');

  it('offers the word meant for a misspelt one, and choosing it searches for it in place', async ({ expect }) => {
    await withPage(async (page, errors) => {
      await page.goto(`${site.url}en/search/?q=fntech&kind=measure`);
      await settled(page);
      expect(await status(page).textContent()).toMatch(/^No results for “fntech” with these filters/);
      const offer = page.locator('#search-suggestion');
      expect(await offer.textContent()).toBe('Did you mean “fintech”?');
      const link = offer.getByRole('link', { name: 'fintech' });
      // A link, so that it can be opened in a new tab or shared; it keeps the reader's filters.
      expect(await link.getAttribute('href')).toBe('?q=fintech&kind=measure');
      await link.click();
      await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === 'fintech');
      expect(new URL(page.url()).searchParams.get('q')).toBe('fintech');
      expect(await page.getByLabel('Search the Blueprint guide').inputValue()).toBe('fintech');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
      expect(await firstResult(page)).toBe('/en/strategies/6-digital-economy-and-smart-city/#measure-6-5');
      expect(await offer.textContent()).toBe('');
      expect(errors).toEqual([]);
    });
  });

  it('finds nothing for a word no page holds, rather than the pages of its first letters', async ({ expect }) => {
    await withPage(async (page) => {
      // Pagefind, given a word it does not hold, matches a shorter start: "in" would list 41 pages.
      await page.goto(`${site.url}en/search/?q=innnovation`);
      await settled(page);
      expect(await status(page).textContent()).toBe('No results for “innnovation”.');
      expect(await page.locator('#search-suggestion').textContent()).toBe('Did you mean “innovation”?');
    });
  });

  it('keeps the words a misspelt one stands beside, and mends it in the query it offers', async ({ expect }) => {
    await withPage(async (page) => {
      await page.goto(`${site.url}en/search/?q=${encodeURIComponent('Lok Ma Chau Lopp')}`);
      await settled(page);
      expect(await firstResult(page)).toBe('/en/strategies/7-mainland-co-operation/#measure-7-2');
      expect(await page.locator('#search-suggestion').textContent()).toBe('Did you mean “Lok Ma Chau Loop”?');
    });
  });

  it('finds, for a word half typed, the pages of the words it begins', async ({ expect }) => {
    await withPage(async (page) => {
      // Pagefind holds "innovation" by its stem "innov", which "innova" does not begin.
      await page.goto(`${site.url}en/search/?q=innova`);
      await settled(page);
      expect(await page.locator('#search-results > li').count()).toBe(10);
      expect(await page.locator('#search-results mark').first().textContent()).toMatch(/^innova$/i);
      expect(await page.locator('#search-suggestion').textContent()).toBe('');
    });
  });

  it('offers the word meant in the header too, in each language, and choosing it searches there', async ({ expect }) => {
    for (const [locale, label, offered] of [
      ['en', 'Search the Blueprint guide', 'Did you mean “fintech”?'],
      ['tc', '搜尋藍圖導覽', '你是否要搜尋「fintech」？'],
      ['sc', '搜索蓝图导览', '你是否要搜索「fintech」？'],
    ] as const)
      await withPage(async (page) => {
        await page.goto(`${site.url}${locale}/updates/`);
        const box = page.getByRole('searchbox', { name: label });
        await box.fill('fintehc');
        const panel = page.locator('#header-search-panel');
        const offer = panel.locator('[data-suggestion]');
        await offer.filter({ hasText: 'fintech' }).waitFor();
        expect(await offer.textContent()).toBe(offered);
        expect(await offer.getByRole('link').getAttribute('href')).toBe(`${site.url}${locale}/search/?q=fintech`);
        await offer.getByRole('link').click();
        await panel.locator('ol > li').first().waitFor();
        expect(await box.inputValue()).toBe('fintech');
        expect(await panel.locator('ol > li a').first().getAttribute('href')).toBe(
          `/${locale}/strategies/6-digital-economy-and-smart-city/#measure-6-5`,
        );
        expect(page.url()).toBe(`${site.url}${locale}/updates/`);
      });
  });
});

describe.concurrent('what a first search costs', () => {
  const searchRequests = (paths: string[]) => paths.filter((p) => /^\/(pagefind|search|client)\//.test(p));

  it('an English query fetches no worker and no character map, and fragments only for the pages it shows', async ({ expect }) => {
    await withPage(async (page) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`${site.url}en/strategies/3-venture-financing/`);
      await page.getByRole('searchbox', { name: 'Search the Blueprint guide' }).fill('new industrialisation');
      await page.locator('#header-search-panel [role=status]').filter({ hasText: 'new industrialisation' }).waitFor();
      const fetched = searchRequests(requests);
      expect(fetched.filter((p) => p.includes('worker'))).toEqual([]);
      expect(fetched).not.toContain('/search/script-map.json');
      // Its words are spelt as the site spells them: the list of words that mends misspellings stays unfetched.
      expect(fetched).not.toContain('/search/words.en.json');
      const pagesShown = await page.locator('#header-search-panel ol > li:not([data-kind=measure])').count();
      expect(fetched.filter((p) => p.startsWith('/pagefind/fragment/')).length).toBeLessThanOrEqual(pagesShown);
      expect(fetched).toContain('/search/results.en.json');
    });
  });

  it('a Chinese query fetches the character map, once', async ({ expect }) => {
    await withPage(async (page) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`${site.url}sc/search/?q=${encodeURIComponent('網絡安全')}`);
      await settled(page);
      await page.getByLabel('搜索蓝图导览').fill('河套');
      await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === '河套');
      expect(requests.filter((p) => p === '/search/script-map.json')).toHaveLength(1);
    });
  });
});

describe.concurrent('the header search box', () => {
  it('loads no search code or index until the reader starts a search', async ({ expect }) => {
    await withPage(async (page) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`${site.url}en/strategies/3-venture-financing/`);
      await page.waitForLoadState('networkidle');
      expect(requests.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/search/') || p.startsWith('/client/'))).toEqual([]);
      expect(requests.filter((p) => p.endsWith('.js'))).toEqual([]);
      await page.keyboard.press('/');
      await page.waitForResponse((r) => r.url().includes('/pagefind/pagefind.js'));
    });
  });

  it('is operated by keyboard alone: "/" focuses it, results appear, Tab reaches them, Enter follows', async ({ expect }) => {
    await withPage(async (page) => {
      await page.goto(`${site.url}en/updates/`);
      const box = page.getByRole('searchbox', { name: 'Search the Blueprint guide' });
      expect(await box.getAttribute('aria-keyshortcuts')).toBe('/');
      await page.keyboard.press('/');
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('fintech');
      const panel = page.locator('#header-search-panel');
      await panel.locator('[role=status]').filter({ hasText: 'fintech' }).waitFor();
      expect(await page.locator('#header-search-panel').isVisible()).toBe(true);
      // Tab passes the Search button, then reaches the first result.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      expect(focused).toBe('/en/strategies/6-digital-economy-and-smart-city/#measure-6-5');
      // The down arrow from the box does the same.
      await box.focus();
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(focused);
      await page.keyboard.press('Enter');
      await page.waitForURL(/#measure-6-5$/);
    });
  });

  it('moves through the results with the arrow keys, and closes them with Escape or a tap elsewhere', async ({ expect }) => {
    await withPage(async (page) => {
      await page.goto(`${site.url}tc/`);
      const box = page.getByRole('searchbox', { name: '搜尋藍圖導覽' });
      await box.fill('人才');
      const panel = page.locator('#header-search-panel');
      await panel.locator('[role=status]').filter({ hasText: '人才' }).waitFor();
      const hrefs = await panel.locator('ol a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(2);
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);
      await box.press('ArrowDown');
      expect(await focused()).toBe(hrefs[0]);
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe(hrefs[1]);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await focused()).toBe('header-search-input');
      await box.press('ArrowDown');
      await page.keyboard.press('Escape');
      expect(await panel.isHidden()).toBe(true);
      expect(await focused()).toBe('header-search-input');
      expect(await box.inputValue()).toBe('人才');
      await box.fill('人才 ');
      await panel.locator('ol > li').first().waitFor();
      await page.locator('main h1').click();
      expect(await panel.isHidden()).toBe(true);
    }, PHONE);
  });

  it('clears with Escape and sends Enter to the full search page', async ({ expect }) => {
    await withPage(async (page) => {
      await page.goto(`${site.url}sc/`);
      const box = page.getByRole('searchbox', { name: '搜索蓝图导览' });
      await box.fill('人才');
      await page.locator('#header-search-panel [role=status]').filter({ hasText: '人才' }).waitFor();
      await box.press('Escape');
      expect(await box.inputValue()).toBe('');
      expect(await page.locator('#header-search-panel').isHidden()).toBe(true);
      await box.fill('人才');
      await box.press('Enter');
      await page.waitForURL(/\/sc\/search\/\?q=/);
      await settled(page);
      expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    }, PHONE);
  });
});

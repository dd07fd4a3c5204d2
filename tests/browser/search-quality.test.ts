import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, DESKTOP, type TestSite } from '../helpers/browser.ts';

/**
 * Realistic queries a journalist or resident would type, in all three languages
 * and scripts, with the page (or measure) they should land on among the top 3.
 * `expect` matches the start of a result's path, so a strategy matches its page
 * and any of its measures unless an anchor is given.
 */
const QUERIES: { locale: 'en' | 'tc' | 'sc'; q: string; expect: string }[] = [
  // English: the text's own words
  { locale: 'en', q: 'listing regime', expect: '/en/strategies/3-venture-financing/#measure-3-2' },
  { locale: 'en', q: 'Co-Investment Fund', expect: '/en/strategies/3-venture-financing/#measure-3-4' },
  { locale: 'en', q: 'Lok Ma Chau Loop', expect: '/en/strategies/7-mainland-co-operation/#measure-7-2' },
  { locale: 'en', q: 'Nansha Qianhai', expect: '/en/strategies/7-mainland-co-operation/#measure-7-3' },
  { locale: 'en', q: 'smart government', expect: '/en/strategies/6-digital-economy-and-smart-city/#measure-6-1' },
  { locale: 'en', q: 'spatial data', expect: '/en/strategies/6-digital-economy-and-smart-city/#measure-6-2' },
  { locale: 'en', q: 'cyber security environment', expect: '/en/strategies/6-digital-economy-and-smart-city/#measure-6-6' },
  { locale: 'en', q: 'accommodation for talent', expect: '/en/strategies/5-talent-hub/#measure-5-7' },
  { locale: 'en', q: 'basic research universities', expect: '/en/strategies/1-ecosystem/#measure-1-1' },
  { locale: 'en', q: 'science education exhibition venues', expect: '/en/strategies/4-culture-for-all/#measure-4-5' },
  { locale: 'en', q: 'Committee on Innovation', expect: '/en/committee/' },
  { locale: 'en', q: 'vision mission', expect: '/en/vision-and-mission/' },
  { locale: 'en', q: 'manufacturing share of GDP', expect: '/en/indicators/' },
  { locale: 'en', q: '2023 Policy Address', expect: '/en/updates/2023-10-01-policy-address-2023/' },
  // English: words the text does not use (keywords)
  { locale: 'en', q: 'fintech', expect: '/en/strategies/6-digital-economy-and-smart-city/#measure-6-5' },
  { locale: 'en', q: 'the Loop', expect: '/en/strategies/7-mainland-co-operation/#measure-7-2' },
  { locale: 'en', q: 'GBA', expect: '/en/strategies/7-mainland-co-operation/' },
  { locale: 'en', q: 'HKIC', expect: '/en/strategies/3-venture-financing/#measure-3-5' },
  { locale: 'en', q: 'ITVF', expect: '/en/strategies/3-venture-financing/#measure-3-1' },
  { locale: 'en', q: 'STEM schools', expect: '/en/strategies/5-talent-hub/#measure-5-2' },
  { locale: 'en', q: 'IPO', expect: '/en/strategies/3-venture-financing/' },
  { locale: 'en', q: 'housing for researchers', expect: '/en/strategies/5-talent-hub/#measure-5-7' },
  { locale: 'en', q: 'unicorns', expect: '/en/indicators/' },
  // Traditional Chinese
  { locale: 'tc', q: '金融科技', expect: '/tc/strategies/6-digital-economy-and-smart-city/#measure-6-5' },
  { locale: 'tc', q: '河套', expect: '/tc/strategies/7-mainland-co-operation/#measure-7-2' },
  { locale: 'tc', q: '大灣區', expect: '/tc/strategies/7-mainland-co-operation/' },
  { locale: 'tc', q: '上市', expect: '/tc/strategies/3-venture-financing/#measure-3-2' },
  { locale: 'tc', q: '人才住屋', expect: '/tc/strategies/5-talent-hub/#measure-5-7' },
  { locale: 'tc', q: '網絡安全', expect: '/tc/strategies/6-digital-economy-and-smart-city/#measure-6-6' },
  { locale: 'tc', q: '新型工業化', expect: '/tc/strategies/2-new-industrialisation/' },
  { locale: 'tc', q: '委員會', expect: '/tc/committee/' },
  { locale: 'tc', q: '獨角獸', expect: '/tc/indicators/' },
  // Simplified Chinese, and Traditional typed on Simplified pages (and the reverse)
  { locale: 'sc', q: '金融科技', expect: '/sc/strategies/6-digital-economy-and-smart-city/#measure-6-5' },
  { locale: 'sc', q: '网络安全', expect: '/sc/strategies/6-digital-economy-and-smart-city/#measure-6-6' },
  { locale: 'sc', q: '網絡安全', expect: '/sc/strategies/6-digital-economy-and-smart-city/#measure-6-6' },
  { locale: 'sc', q: '人才', expect: '/sc/strategies/5-talent-hub/' },
  { locale: 'sc', q: '創投基金', expect: '/sc/strategies/3-venture-financing/' },
  { locale: 'tc', q: '网络安全', expect: '/tc/strategies/6-digital-economy-and-smart-city/#measure-6-6' },
  { locale: 'tc', q: '数字经济', expect: '/tc/strategies/6-digital-economy-and-smart-city/' },
  // Mixed English and Chinese
  { locale: 'tc', q: 'HKIC 投資', expect: '/tc/strategies/3-venture-financing/' },
  { locale: 'sc', q: 'GBA 大湾区', expect: '/sc/strategies/7-mainland-co-operation/' },
];

let site: TestSite;
let page: Page;
beforeAll(async () => {
  site = await openSite();
  page = await site.browser.newPage(DESKTOP);
});
afterAll(async () => site?.close());

async function topResults(locale: string, q: string): Promise<string[]> {
  await page.goto(`${site.url}${locale}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').length > 0);
  // A result and its sub-results (a strategy's matching measures) both count.
  return page.locator('#search-results > li').evaluateAll((items) =>
    items.slice(0, 3).flatMap((li) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')),
  );
}

const outcomes = new Map<string, boolean>();

describe('search finds the expected page in the top 3', () => {
  it.each(QUERIES)('[$locale] “$q” → $expect', async ({ locale, q, expect: expected }) => {
    const hrefs = await topResults(locale, q);
    const hit = hrefs.some((h) => h === expected || (!expected.includes('#') && h.startsWith(expected)));
    outcomes.set(`${locale}:${q}`, hit);
    expect(hit, hrefs.join('\n')).toBe(true);
  });

  it('covers at least 30 queries in the three languages, and reports recall at 3', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(QUERIES.map((q) => q.locale))).toEqual(new Set(['en', 'tc', 'sc']));
    const hits = [...outcomes.values()].filter(Boolean).length;
    console.log(`search recall@3: ${hits}/${QUERIES.length}`);
    expect(outcomes.size).toBe(QUERIES.length);
  });
});

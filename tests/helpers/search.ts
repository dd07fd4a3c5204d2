import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { LOCALE_CODES, type LocaleCode } from '../../src/i18n/locales.ts';
import { KEYWORDS_MARK } from '../../src/lib/search/excerpt.ts';
import { cleanQuery } from '../../src/lib/search/query.ts';
import { relevanceTier } from '../../src/lib/search/rank.ts';
import { PAGES, readPage } from './site.ts';

/** What the first results of one search were: each result's link and the words it marked. */
export interface Searched {
  q: string;
  results: { href: string; marks: string[]; text: string }[];
  /** The mended query offered ("Did you mean …?"), or empty for none. */
  suggestion: string;
}

/**
 * Runs every query on the search page already open in `page`, one after another, as a reader
 * typing (or pasting) it would: the input event, then the results list saying which query it
 * shows. Inside the page, so that a thousand queries take seconds rather than minutes.
 */
export async function searchAll(page: Page, queries: readonly string[], top = 3): Promise<Searched[]> {
  const unique = [...new Set(queries)];
  const found = await page.evaluate(
    async ({ queries, top }) => {
      const input = document.getElementById('search-q') as HTMLInputElement;
      const list = document.getElementById('search-results')!;
      const suggestion = document.getElementById('search-suggestion')!;
      const out: { q: string; results: { href: string; marks: string[]; text: string }[]; suggestion: string }[] = [];
      for (const { q, shown } of queries) {
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((resolve, reject) => {
          if (list.dataset.query === shown) return resolve();
          const observer = new MutationObserver(() => {
            if (list.dataset.query !== shown) return;
            observer.disconnect();
            clearTimeout(timer);
            resolve();
          });
          const timer = setTimeout(() => {
            observer.disconnect();
            reject(new Error(`no results were shown for ${JSON.stringify(q)}`));
          }, 15_000);
          observer.observe(list, { attributes: true, attributeFilter: ['data-query'] });
        });
        out.push({
          q,
          results: [...list.querySelectorAll(':scope > li')].slice(0, top).map((li) => ({
            href: li.querySelector('a')?.getAttribute('href') ?? '',
            marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
            text: li.textContent ?? '',
          })),
          suggestion: suggestion.querySelector('a')?.textContent ?? '',
        });
      }
      return out;
    },
    { queries: unique.map((q) => ({ q, shown: cleanQuery(q) })), top },
  );
  const byQuery = new Map(found.map((f) => [f.q, f]));
  return queries.map((q) => byQuery.get(q)!);
}

/** A keyword editors gave, and every result it belongs to (a measure's anchor, or a page), or whose title says it. */
export interface KeywordCase {
  locale: LocaleCode;
  keyword: string;
  owners: string[];
}

/**
 * Every keyword of the built site, read from the pages as the index reads them: a measure's
 * `[data-keywords]` on its strategy page, and a page's own list (hidden, after the keywords mark)
 * at the end of its searchable part.
 */
export function keywordCases(): KeywordCase[] {
  const owners = new Map<string, KeywordCase>();
  const add = (locale: LocaleCode, list: string, owner: string) => {
    for (const keyword of list
      .replace(KEYWORDS_MARK, '')
      .split('·')
      .map((k) => k.trim())
      .filter(Boolean)) {
      const key = `${locale}\u0000${keyword.toLowerCase()}`;
      const entry = owners.get(key) ?? { locale, keyword, owners: [] };
      if (!entry.owners.includes(owner)) entry.owners.push(owner);
      owners.set(key, entry);
    }
  };
  const titles: { locale: LocaleCode; url: string; title: string }[] = [];
  for (const path of PAGES) {
    const locale = LOCALE_CODES.find((l) => path.startsWith(`/${l}/`));
    if (!locale) continue;
    const main = parse(readPage(path)).querySelector('main[data-pagefind-body]');
    if (!main) continue;
    titles.push({ locale, url: path, title: main.querySelector('h1')?.text.trim() ?? '' });
    for (const li of main.querySelectorAll('li[data-measure][id]'))
      titles.push({
        locale,
        url: `${path}#${li.id}`,
        title: `${li.getAttribute('data-measure')} ${li.querySelector('[data-measure-text]')?.text.trim()}`,
      });
    for (const span of main.querySelectorAll('span[hidden]')) {
      const text = span.text.trim();
      if (!text.startsWith(KEYWORDS_MARK)) continue;
      const li = span.closest('li[data-measure][id]');
      add(locale, text, li ? `${path}#${li.id}` : path);
    }
  }
  // A page whose title says the keyword is what it names, as much as the pages that list it.
  for (const entry of owners.values())
    for (const t of titles)
      if (
        t.locale === entry.locale &&
        relevanceTier({ url: t.url, title: t.title, kind: 'page', keywords: [] }, entry.keyword) <= 1 &&
        !entry.owners.includes(t.url)
      )
        entry.owners.push(t.url);
  return [...owners.values()];
}

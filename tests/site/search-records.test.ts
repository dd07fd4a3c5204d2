import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { measureRecords } from '../../src/lib/search/records.ts';
import { KEYWORDS_MARK } from '../../src/lib/search/excerpt.ts';
import { LOCALE_CODES, getLocale } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/t.ts';
import { contentModels } from '../helpers/content-models.ts';
import { PAGES, readPage } from '../helpers/site.ts';

/**
 * The measure records search-index.ts adds to the index, read from the built
 * strategy pages exactly as it reads them: every measure of the content must
 * come out as a result of its own that lands on its anchor.
 */
const models = contentModels();
const strategies = LOCALE_CODES.flatMap((locale) => models[locale].strategies.map((s) => ({ locale, path: s.href, s })));

describe('the search records of every built strategy page', () => {
  it('are read from every strategy page the site has', () => {
    const built = PAGES.filter((p) => /^\/\w+\/strategies\/[^/]+\/$/.test(p)).sort();
    expect(built).toEqual(strategies.map((x) => x.path).sort());
  });

  it.each(strategies)('$path: one record per measure of the content, linking to an anchor the page has', ({ path, s }) => {
    const html = readPage(path);
    const records = measureRecords(html, path);
    expect(records.map((r) => r.url)).toEqual(s.measures.map((m) => m.href));
    const ids = new Set(
      parse(html)
        .querySelectorAll('[id]')
        .map((el) => el.id),
    );
    for (const r of records) expect(ids.has(r.url.split('#')[1]!), r.url).toBe(true);
  });

  it.each(strategies)(
    '$path: each record is titled by its measure, in the page’s language, with its strategy as context',
    ({ locale, path, s }) => {
      for (const [i, r] of measureRecords(readPage(path), path).entries()) {
        const m = s.measures[i]!;
        expect(r.meta.title).toBe(`${m.id} ${m.text}`);
        expect(r.meta.summary).toBe(m.text);
        expect(r.meta.context).toContain(s.item.data.title);
        expect(r.meta.context).toContain(t(locale, 'strategy.label', { n: s.number }));
        expect(r.language).toBe(getLocale(locale).lang.toLowerCase());
        expect(r.filters).toEqual({ kind: ['measure'], direction: [String(s.directionNumber)], strategy: [String(s.number)] });
      }
    },
  );

  it.each(strategies)(
    '$path: each record holds the measure’s text and keywords, and none of the page’s buttons or citation',
    ({ locale, path, s }) => {
      for (const [i, r] of measureRecords(readPage(path), path).entries()) {
        const m = s.measures[i]!;
        expect(r.content.startsWith(m.text), r.url).toBe(true);
        if (m.keywords.length) expect(r.content, r.url).toContain(`${KEYWORDS_MARK} ${m.keywords.join(' · ')}`);
        for (const chrome of [t(locale, 'copy.link'), t(locale, 'cite.summary'), t(locale, 'site.fullName')])
          expect(r.content, r.url).not.toContain(chrome);
      }
    },
  );
});

import { describe, expect, it } from 'vitest';
import { t } from '../../../../src/i18n/t.ts';
import { measureRecords } from '../../../../src/lib/search/records.ts';
import { KEYWORDS_MARK } from '../../../../src/lib/search/excerpt.ts';
import { LOCALE_CODES, getLocale } from '../../../../src/i18n/locales.ts';
import type { StrategyView } from '../../../../src/lib/model.ts';
import { contentModels } from '../../../helpers/content-models.ts';

const models = contentModels();
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A strategy page with the parts measureRecords reads, in the shape the built
 * page has (MeasureItem.astro and the strategy route): the real pages are
 * checked the same way in tests/site/search-records.test.ts.
 */
function strategyPage(lang: string, s: StrategyView): string {
  const items = s.measures.map(
    (m) =>
      `<li id="${m.anchor}" data-measure="${m.id}"><a href="#${m.anchor}">${m.id}</a><div><span data-measure-text>${escape(m.text)}</span>` +
      `<div data-pagefind-ignore><button>Copy link</button><p>“${m.id}” cited</p></div>` +
      (m.keywords.length ? `<span hidden data-keywords>${escape(`${KEYWORDS_MARK} ${m.keywords.join(' · ')}`)}</span>` : '') +
      `</div></li>`,
  );
  return (
    `<!doctype html><html lang="${lang}"><body><nav data-pagefind-ignore>Home</nav><main data-pagefind-body>` +
    `<nav data-pagefind-ignore>Breadcrumb</nav><span hidden data-pagefind-filter="kind:strategy"></span>` +
    `<span hidden data-pagefind-filter="direction:${s.directionNumber}"></span><span hidden data-pagefind-filter="strategy:${s.number}"></span>` +
    `<header><p data-pagefind-ignore>Strategy ${s.number}</p><h1>${escape(s.item.data.title)}</h1></header>` +
    `<ol>${items.join('')}</ol></main></body></html>`
  );
}

const strategies = LOCALE_CODES.flatMap((locale) => models[locale].strategies.map((s) => ({ locale, number: s.number, s })));

describe('the search records of every real strategy page', () => {
  it.each(strategies)('[$locale] strategy $number: one record per measure, in order, each linking to its anchor', ({ locale, s }) => {
    const records = measureRecords(strategyPage(getLocale(locale).lang, s), s.href);
    expect(records.map((r) => r.url)).toEqual(s.measures.map((m) => m.href));
    expect(records.map((r) => r.url.split('#')[1])).toEqual(s.measures.map((m) => m.anchor));
  });

  it.each(strategies)('[$locale] strategy $number: each record is titled by the measure’s ID and its exact text', ({ locale, s }) => {
    const records = measureRecords(strategyPage(getLocale(locale).lang, s), s.href);
    for (const [i, m] of s.measures.entries()) {
      expect(records[i]!.meta).toEqual({
        title: `${m.id} ${m.text}`,
        kind: 'measure',
        context: t(locale, 'strategy.numberedTitle', { n: s.number, title: s.item.data.title }),
        summary: m.text,
        label: t(locale, 'measure.label', { id: m.id }),
      });
    }
  });

  it.each(strategies)(
    '[$locale] strategy $number: the content is the text, then the keywords after the mark, and nothing the page ignores',
    ({ locale, s }) => {
      const records = measureRecords(strategyPage(getLocale(locale).lang, s), s.href);
      for (const [i, m] of s.measures.entries()) {
        const [text, keywords] = records[i]!.content.split('\n');
        expect(text).toBe(m.text);
        expect(keywords ?? '').toBe(m.keywords.length ? `${KEYWORDS_MARK} ${m.keywords.join(' · ')}` : '');
        expect(records[i]!.content).not.toContain('Copy link');
      }
    },
  );

  it.each(strategies)(
    '[$locale] strategy $number: records are in the page’s language and filtered as measures of their strategy',
    ({ locale, s }) => {
      for (const record of measureRecords(strategyPage(getLocale(locale).lang, s), s.href)) {
        expect(record.language).toBe(getLocale(locale).lang.toLowerCase());
        expect(record.filters).toEqual({ kind: ['measure'], direction: [String(s.directionNumber)], strategy: [String(s.number)] });
      }
    },
  );

  it('cover every measure of the real content exactly once in each locale', () => {
    for (const locale of LOCALE_CODES) {
      const urls = models[locale].strategies.flatMap((s) =>
        measureRecords(strategyPage(getLocale(locale).lang, s), s.href).map((r) => r.url),
      );
      expect(urls.sort()).toEqual(models[locale].measures.map((m) => m.href).sort());
    }
  });
});

describe('measureRecords', () => {
  it('has no records for a page without a search body', () => {
    expect(measureRecords('<html lang="en"><main><li data-measure="1.1" id="m">x</li></main></html>', '/en/x/')).toEqual([]);
  });

  it('skips measures without an anchor to link to', () => {
    const html =
      '<html lang="en"><main data-pagefind-body><ol><li data-measure="1.1"><span data-measure-text>x</span></li></ol></main></html>';
    expect(measureRecords(html, '/en/x/')).toEqual([]);
  });

  it('leaves out filters the page does not carry, and uses English without a lang attribute', () => {
    const html =
      '<html><main data-pagefind-body><h1>T</h1><ol><li data-measure="1.1" id="m-1"><span data-measure-text>x</span></li></ol></main></html>';
    const [record] = measureRecords(html, '/en/x/');
    expect(record).toMatchObject({ url: '/en/x/#m-1', content: 'x', language: 'en', filters: { kind: ['measure'] } });
    expect(record!.meta.context).toBe('T');
  });
});

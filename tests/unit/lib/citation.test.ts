import { describe, expect, it } from 'vitest';
import { measureCitation, pageCitation } from '../../../src/lib/citation.ts';
import { LOCALE_CODES } from '../../../src/i18n/locales.ts';
import { t } from '../../../src/i18n/t.ts';
import { formatDate } from '../../../src/lib/format.ts';
import { absoluteUrl } from '../../../src/lib/urls.ts';
import { contentModels } from '../../helpers/content-models.ts';

const models = contentModels();
const SITE = 'https://example.org';
const updated = new Date('2024-04-10T20:30:00Z'); // 11 April in Hong Kong, 10 April in UTC
const measures = LOCALE_CODES.flatMap((locale) =>
  models[locale].measures.map((m) => ({ locale, m, strategy: models[locale].strategy(m.strategyNumber)!.item.data.title })),
);

describe('the citation of every real measure', () => {
  it.each(measures)(
    '[$locale] $m.id names the measure, its exact text, its strategy, the site, its address and date',
    ({ locale, m, strategy }) => {
      const url = absoluteUrl(m.href, SITE);
      const citation = measureCitation(locale, { id: m.id, text: m.text, strategy, url, lastUpdated: updated });
      for (const part of [m.id, m.text, strategy, t(locale, 'site.fullName'), url, formatDate(updated, locale)])
        expect(citation).toContain(part);
      expect(citation).not.toMatch(/\{\w+\}/);
    },
  );

  it.each(measures)(
    '[$locale] $m.id gives the address with the measure’s anchor, so the citation lands on it',
    ({ locale, m, strategy }) => {
      const url = absoluteUrl(m.href, SITE);
      const citation = measureCitation(locale, { id: m.id, text: m.text, strategy, url, lastUpdated: updated });
      expect(citation).toContain(`${SITE}${m.href}`);
      expect(url.endsWith(`#${m.anchor}`)).toBe(true);
    },
  );
});

describe('measureCitation', () => {
  it.each(LOCALE_CODES)('[%s] leaves the date out, with its brackets, when the page has no date (a copy without git history)', (locale) => {
    const citation = measureCitation(locale, { id: '3.2', text: 'T', strategy: 'S', url: `${SITE}/` });
    expect(citation).toContain(`${SITE}/`);
    expect(citation).not.toMatch(/\(\s*[^)]*\s\)|（[^）]*：）|\(\)|（）|\{\w+\}/);
  });

  it('dates the citation by the Hong Kong calendar, whatever the build machine’s time zone', () => {
    const citation = measureCitation('en', { id: '1.1', text: 'T', strategy: 'S', url: `${SITE}/`, lastUpdated: updated });
    expect(citation).toContain('11 April 2024');
    expect(measureCitation('tc', { id: '1.1', text: 'T', strategy: 'S', url: `${SITE}/`, lastUpdated: updated })).toContain(
      '2024年4月11日',
    );
  });

  it('keeps the measure’s text as written, even with characters that mean something in HTML or in the template', () => {
    const text = 'R&D <b> “quoted” {id}';
    expect(measureCitation('en', { id: '9.9', text, strategy: 'S', url: `${SITE}/`, lastUpdated: updated })).toContain(text);
  });
});

describe('pageCitation', () => {
  it.each(LOCALE_CODES)('[%s] names the page, the site, its address and date', (locale) => {
    const citation = pageCitation(locale, { title: 'Vision', url: `${SITE}/${locale}/vision/`, lastUpdated: updated });
    for (const part of ['Vision', t(locale, 'site.fullName'), `${SITE}/${locale}/vision/`, formatDate(updated, locale)])
      expect(citation).toContain(part);
  });

  it.each(LOCALE_CODES)('[%s] leaves the date out, and every trace of it, for a page without one', (locale) => {
    const dated = pageCitation(locale, { title: 'T', url: `${SITE}/`, lastUpdated: updated });
    const undated = pageCitation(locale, { title: 'T', url: `${SITE}/`, lastUpdated: undefined });
    expect(undated).not.toMatch(/\{\w+\}|\(\s*\)|（\s*）|：）|last updated/i);
    expect(undated.length).toBeLessThan(dated.length);
    expect(undated).toContain(`${SITE}/`);
  });
});

import type { LocaleCode } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { formatDate } from './format.ts';

/** A ready citation of one measure: its ID and text, its strategy, the site, its address and date. */
export function measureCitation(
  locale: LocaleCode,
  m: { id: string; text: string; strategy: string; url: string; lastUpdated?: Date },
): string {
  const parts = { id: m.id, text: m.text, strategy: m.strategy, site: t(locale, 'site.fullName'), url: m.url };
  // Without git history (a downloaded copy) there is no date: say nothing rather than "(last updated )".
  if (!m.lastUpdated) return t(locale, 'cite.measureNoDate', parts);
  return t(locale, 'cite.measure', { ...parts, date: formatDate(m.lastUpdated, locale) });
}

/** A ready citation of a page. */
export function pageCitation(locale: LocaleCode, p: { title: string; url: string; lastUpdated?: Date }): string {
  // Lists and utility pages have no single source file, so no date to cite.
  if (!p.lastUpdated) return t(locale, 'cite.pageNoDate', { title: p.title, site: t(locale, 'site.fullName'), url: p.url });
  return t(locale, 'cite.page', {
    title: p.title,
    site: t(locale, 'site.fullName'),
    url: p.url,
    date: formatDate(p.lastUpdated, locale),
  });
}

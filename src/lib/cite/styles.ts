/**
 * A citation as a reader pastes it: plain (in the page's language), APA and
 * Chicago. The day the reader accessed the page is a parameter: the page fills
 * in the build day and its script the reader's own today.
 */
import { getLocale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { formatDate, TIME_ZONE } from '../format.ts';
import type { CitedPage, CitedPart, Translation } from './record.ts';
import { BLUEPRINT } from './work.ts';

/** How each style writes a day, as an `Intl` locale: the page's script replaces the accessed day with the same. */
export const DATE_STYLE = { apa: 'en-US', chicago: 'en-US' } as const;

/** "December 22, 2022", the day on the Hong Kong calendar, as APA and Chicago write it. */
export function usDate(date: Date): string {
  return US_DAY.format(date);
}
const US_DAY = new Intl.DateTimeFormat(DATE_STYLE.apa, { timeZone: TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric' });

/** APA's date in brackets: "2022, December 22". */
function apaDate(date: Date): string {
  const [monthDay, year] = usDate(date).split(', ');
  return `${year}, ${monthDay}`;
}

function translationNote(page: CitedPage, translation: Translation): string {
  return translation.kind === 'site'
    ? t(page.locale, 'cite.translationSite')
    : t(page.locale, 'cite.translationReported', { name: translation.name });
}

/** The UI strings of each part: as quoted in English, and as translated with the English beside it. */
const PART_KEYS = {
  measure: ['cite.partMeasure', 'cite.partMeasureTranslated'],
  strategy: ['cite.partStrategy', 'cite.partStrategyTranslated'],
  direction: ['cite.partDirection', 'cite.partDirectionTranslated'],
} as const;

/** The part of the Blueprint in the plain citation: its verbatim English in quotation marks, a translation never. */
function plainPart(page: CitedPage, part: CitedPart): string {
  const { locale } = page;
  if (part.kind === 'page') return part.title;
  const number: Record<string, string | number> = part.kind === 'measure' ? { id: part.id } : { n: part.n };
  const text = part.kind === 'measure' ? part.text : part.title;
  const [quoted, translated] = PART_KEYS[part.kind];
  if (!part.translation || !part.english) return t(locale, quoted, { ...number, text });
  return t(locale, translated, { ...number, text, english: part.english, translation: translationNote(page, part.translation) });
}

/** The plain citation in the page's own language. */
export function plainCitation(page: CitedPage, accessed: string): string {
  const { locale } = page;
  const site = t(locale, 'site.fullName');
  if (page.work === 'blueprint' && page.part) {
    return t(locale, 'cite.blueprint', {
      author: BLUEPRINT.author,
      work: BLUEPRINT.title[locale],
      date: formatDate(BLUEPRINT.published, locale),
      part: plainPart(page, page.part),
      site,
      url: page.url,
      accessed,
    });
  }
  const vars = { title: page.title, site, url: page.url, accessed };
  if (!page.published) return t(locale, 'cite.siteUndated', vars);
  const published = formatDate(page.published, locale);
  if (!page.updated || formatDate(page.updated, locale) === published) return t(locale, 'cite.sitePublished', { ...vars, published });
  return t(locale, 'cite.siteUpdated', { ...vars, published, updated: formatDate(page.updated, locale) });
}

/** What APA and Chicago name the part by: "Measure 3.2", "Strategy 3", or the page's title. */
function partLabel(part: CitedPart): string {
  if (part.kind === 'measure') return `Measure ${part.id}`;
  if (part.kind === 'page') return part.title;
  return `${part.kind === 'strategy' ? 'Strategy' : 'Direction'} ${part.n}`;
}

/** APA (7th edition): the Blueprint as a report by its Bureau, retrieved through this guide. */
export function apaCitation(page: CitedPage, accessed: string): string {
  const site = t(page.locale, 'site.fullName');
  if (page.work === 'blueprint' && page.part) {
    return `${BLUEPRINT.author}. (${apaDate(BLUEPRINT.published)}). ${BLUEPRINT.apaTitle}: ${partLabel(page.part)}. ${site}. Retrieved ${accessed}, from ${page.url}`;
  }
  const day = page.updated ?? page.published;
  return `${site}. (${day ? apaDate(day) : 'n.d.'}). ${page.title}. Retrieved ${accessed}, from ${page.url}`;
}

/** Chicago (17th edition), bibliography entry. */
export function chicagoCitation(page: CitedPage, accessed: string): string {
  const site = t(page.locale, 'site.fullName');
  if (page.work === 'blueprint' && page.part) {
    return `${BLUEPRINT.author}. ${BLUEPRINT.title.en}. ${BLUEPRINT.place}: ${BLUEPRINT.author}, ${usDate(BLUEPRINT.published)}. ${partLabel(page.part)}. Via ${site}. Accessed ${accessed}. ${page.url}.`;
  }
  const dates = [
    page.published ? `Published ${usDate(page.published)}.` : '',
    page.updated && page.published && usDate(page.updated) !== usDate(page.published) ? `Last modified ${usDate(page.updated)}.` : '',
  ].filter(Boolean);
  return [`\u201c${page.title}.\u201d ${site}.`, ...dates, `Accessed ${accessed}.`, `${page.url}.`].join(' ');
}

/** The accessed day as the plain citation of `locale` writes it, in the reader's own time zone. */
export function plainDateStyle(locale: CitedPage['locale']): string {
  return getLocale(locale).intl;
}

/**
 * Every citable page and measure of one locale, from the site model: the one
 * list that the pages' "Cite" blocks, their meta tags and the `.bib` and `.ris`
 * downloads are all made from, so that they cannot disagree.
 */
import { t } from '../../i18n/t.ts';
import type { Localized } from '../localize.ts';
import type { MeasureView, SiteModel } from '../model.ts';
import { combinedDates, type PageDates } from '../page-dates.ts';
import { absoluteUrl, pathTo, type Route } from '../urls.ts';
import type { CitedPage, Translation } from './record.ts';

type Item = Localized<{ titleSource?: { kind: 'reported'; name: string; url: string } | { kind: 'site' } }>;

/** The name of a page's downloads: its path under the locale, `home` for the home page. */
export function citeFile(path: string): string {
  const inside = path.replace(/^\/[^/]+\//, '').replace(/\/$/, '');
  return inside || 'home';
}

/** Who wrote the Chinese wording of an item, or nothing when the reader sees the English itself. */
function translationOf(item: Pick<Item, 'origin' | 'locale' | 'data'>): Translation | undefined {
  if (item.origin === 'fallback' || item.locale === 'en') return undefined;
  const source = item.data.titleSource;
  return source?.kind === 'reported' ? { kind: 'reported', name: source.name } : { kind: 'site' };
}

const datesOf = (item: { source: { dates?: PageDates } }) => item.source.dates;
/** The two days a citation gives: first published here, last changed in substance. */
const when = (dates?: PageDates) => ({ published: dates?.published, updated: dates?.updated });

/** The citations of one locale, keyed by path (a measure's path carries its anchor). */
export function citedPages(model: SiteModel, english: SiteModel, site: string): Map<string, CitedPage> {
  const { locale } = model;
  const pages = new Map<string, CitedPage>();
  const add = (page: Omit<CitedPage, 'locale' | 'url' | 'file' | 'citePage'> & { file?: string; citePage?: string }) =>
    pages.set(page.path, {
      locale,
      url: absoluteUrl(page.path, site),
      file: citeFile(page.path),
      citePage: citePagePath(locale, citeFile(page.path)),
      ...page,
    });
  const directionItems = model.directions.map((d) => d.item);
  const strategyItems = model.strategies.map((s) => s.item);
  const allItems = [...directionItems, ...strategyItems, ...model.pages];
  // Each list, the site's own work, dated by its items: the first published and the last changed.
  const lists: [Route, string, readonly { source: { dates?: PageDates } }[]][] = [
    [{ kind: 'home' }, t(locale, 'home.title'), allItems],
    [{ kind: 'directions' }, t(locale, 'directions.title', model.countsInWords), directionItems],
    [{ kind: 'strategies' }, t(locale, 'strategies.title', model.countsInWords), strategyItems],
    [{ kind: 'measures' }, t(locale, 'measures.title', model.counts), strategyItems],
    [{ kind: 'bilingual' }, t(locale, 'bilingual.title', model.counts), strategyItems],
    [{ kind: 'indicators' }, t(locale, 'indicators.title'), model.indicators],
    [{ kind: 'updates' }, t(locale, 'updates.title'), model.updates.map((u) => u.item)],
    [{ kind: 'data' }, t(locale, 'data.title'), allItems],
  ];
  for (const [route, title, dated] of lists)
    add({ path: pathTo(locale, route), title, work: 'site', ...combinedDates(dated.map(datesOf).filter((d): d is PageDates => !!d)) });

  for (const d of model.directions) {
    const translation = translationOf(d.item);
    const title = d.item.data.title;
    add({
      path: d.href,
      title,
      work: 'blueprint',
      part: { kind: 'direction', n: d.number, title, translation, english: translation && english.direction(d.number)?.item.data.title },
      ...when(datesOf(d.item)),
    });
  }
  for (const s of model.strategies) {
    const translation = translationOf(s.item);
    const title = s.item.data.title;
    const dates = datesOf(s.item);
    add({
      path: s.href,
      title,
      work: 'blueprint',
      part: { kind: 'strategy', n: s.number, title, translation, english: translation && english.strategy(s.number)?.item.data.title },
      ...when(dates),
    });
    for (const m of s.measures) addMeasure(m, translation && { kind: 'site' }, s.href, dates);
  }
  function addMeasure(m: MeasureView, translation: Translation | undefined, strategyPath: string, dates?: PageDates) {
    add({
      path: m.href,
      file: `measures/${m.id}`,
      citePage: `${citePagePath(locale, citeFile(strategyPath))}#${m.anchor}`,
      title: t(locale, 'measure.label', { id: m.id }),
      work: 'blueprint',
      part: { kind: 'measure', id: m.id, text: m.text, translation, english: translation && english.measure(m.id)?.text },
      ...when(dates),
    });
  }
  for (const u of model.updates) add({ path: u.href, title: u.item.data.title, work: 'site', ...when(datesOf(u.item)) });
  for (const p of model.pages) {
    const path = pathTo(locale, { kind: 'page', slug: p.slug });
    const work = p.data.work;
    add({
      path,
      title: p.data.title,
      work,
      part: work === 'blueprint' ? { kind: 'page', title: p.data.title } : undefined,
      ...when(datesOf(p)),
    });
  }
  return pages;
}

/** The page of every citation style of a page (and its measures): `/en/cite/strategies/3-venture-financing/`. */
export function citePagePath(locale: CitedPage['locale'], file: string): string {
  return `/${locale}/cite/${file}/`;
}

/** Where a page's or a measure's `.bib` and `.ris` are served: `/en/cite/measures/3.2.bib`. */
export function citeDownloadPath(page: Pick<CitedPage, 'locale' | 'file'>, format: 'bib' | 'ris'): string {
  return `/${page.locale}/cite/${page.file}.${format}`;
}

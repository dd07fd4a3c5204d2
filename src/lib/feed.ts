import type { LocaleCode } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { escapeHtml } from './markup.ts';
import type { SiteModel, UpdateView } from './model.ts';
import type { Localized } from './localize.ts';
import { changeAnchors, indicatorChangePrefix, pageDates, type ChangeNote } from './page-dates.ts';
import { pathTo } from './urls.ts';

/** One feed item per update, newest first: its summary, sources and related measures as HTML. */
export function feedItems(updates: readonly UpdateView[], locale: LocaleCode) {
  return updates.map((u) => {
    const d = u.item.data;
    const sources = d.sources
      .map((s) => (s.url ? `<a href="${escapeHtml(s.url)}">${escapeHtml(s.name)}</a>` : escapeHtml(s.name)))
      .join(', ');
    const measures = u.measures.map((m) => `${escapeHtml(m.id)} ${escapeHtml(m.text)}`).join('; ');
    const content = [
      `<p>${escapeHtml(d.summary)}</p>`,
      `<p>${escapeHtml(t(locale, 'update.sources'))}: ${sources}</p>`,
      measures ? `<p>${escapeHtml(t(locale, 'update.relatedMeasures'))}: ${measures}</p>` : '',
    ].join('');
    return {
      title: d.title,
      link: u.href,
      pubDate: d.date,
      description: d.summary,
      content,
      categories: u.strategies.map((s) => t(locale, 'strategy.label', { n: s.number })),
      customData: u.item.origin === 'fallback' ? '<dc:language>en</dc:language>' : undefined,
    };
  });
}

/** A page as the feed needs it to announce its major changes. */
export interface ChangedPage {
  title: string;
  href: string;
  /** The prefix of its changes' anchors on the page (see `changeAnchors`). */
  anchor?: string;
  data: { changes?: readonly ChangeNote[] };
  origin: Localized<unknown>['origin'];
}

/**
 * One feed item per major change of a page (its change notes), for readers
 * who follow the site: a typo fixed has no note, so it is never announced.
 */
export function changeItems(pages: readonly ChangedPage[], locale: LocaleCode) {
  return pages.flatMap((page) =>
    changeAnchors(pageDates(page.data).changes, page.anchor).map((change) => ({
      title: t(locale, 'feed.changed', { title: page.title }),
      // The change's own anchor: the item's link is its id, unique for each change of a page.
      link: `${page.href}#${change.id}`,
      pubDate: change.date,
      description: change.note,
      content: `<p>${escapeHtml(change.note)}</p>`,
      customData: page.origin === 'fallback' ? '<dc:language>en</dc:language>' : undefined,
    })),
  );
}

/** Every page of a locale that can carry change notes: directions, strategies, updates, indicators and pages. */
export function changedPages(model: SiteModel): ChangedPage[] {
  const { locale } = model;
  return [
    ...model.directions.map((d) => ({ title: d.item.data.title, href: d.href, data: d.item.data, origin: d.item.origin })),
    ...model.strategies.map((s) => ({ title: s.item.data.title, href: s.href, data: s.item.data, origin: s.item.origin })),
    ...model.updates.map((u) => ({ title: u.item.data.title, href: u.href, data: u.item.data, origin: u.item.origin })),
    // The indicators share one page, named after the indicator that changed.
    ...model.indicators.map((i) => ({
      title: i.data.title,
      href: pathTo(locale, { kind: 'indicators' }),
      anchor: indicatorChangePrefix(i.slug),
      data: i.data,
      origin: i.origin,
    })),
    ...model.pages.map((p) => ({
      title: p.data.title,
      href: pathTo(locale, { kind: 'page', slug: p.slug }),
      data: p.data,
      origin: p.origin,
    })),
  ];
}

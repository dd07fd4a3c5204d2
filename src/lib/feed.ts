import type { LocaleCode } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { escapeHtml } from './markup.ts';
import type { UpdateView } from './model.ts';

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

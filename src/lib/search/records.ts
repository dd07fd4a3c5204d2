import { parse } from 'node-html-parser';
import { DEFAULT_LOCALE, LOCALES, getLocale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';

/** A measure as its own search record, linking straight to its anchor. */
export interface MeasureRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The main element of a built page, as markup (empty when it has none): where its searchable text is. */
export function mainElement(html: string): string {
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  return start >= 0 && end > start ? html.slice(start, end + '</main>'.length) : '';
}

/**
 * The measures of a built strategy page as search records: each its own result
 * of kind "measure", with the strategy's direction and number as filters.
 */
export function measureRecords(html: string, pagePath: string): MeasureRecord[] {
  // Only the <html> tag and the main element are read: parsing just those is several times
  // faster than the whole page with its inline styles, which counts at a hundred times the content.
  const mainHtml = mainElement(html);
  if (!mainHtml) return [];
  const htmlTag = /<html[^>]*>/i.exec(html)?.[0] ?? '';
  const doc = parse(`${htmlTag}${mainHtml}</html>`);
  const language = doc.querySelector('html')?.getAttribute('lang')?.toLowerCase() ?? getLocale(DEFAULT_LOCALE).lang;
  const main = doc.querySelector('main[data-pagefind-body]');
  if (!main) return [];
  const filterValue = (name: string) =>
    main
      .querySelector(`[data-pagefind-filter^="${name}:"]`)
      ?.getAttribute('data-pagefind-filter')
      ?.slice(name.length + 1);
  const direction = filterValue('direction');
  const strategy = filterValue('strategy');
  const title = main.querySelector('h1')?.text.trim() ?? '';
  const locale = LOCALES.find((l) => l.lang.toLowerCase() === language)?.code ?? DEFAULT_LOCALE;
  // The page's own sentence for its numbered title ("策略 3：…"), not a label glued to it.
  const context = strategy ? t(locale, 'strategy.numberedTitle', { n: strategy, title }) : title;
  return main.querySelectorAll('li[data-measure][id]').map((li) => {
    const id = li.getAttribute('data-measure')!;
    const keywords = li.querySelector('[data-keywords]')?.text.trim() ?? '';
    // The summary meta is the measure's text; the result list reads the title, which starts with it.
    const text = li.querySelector('[data-measure-text]')?.text.trim() ?? '';
    return {
      url: `${pagePath}#${li.getAttribute('id')}`,
      content: [text, keywords].filter(Boolean).join('\n'),
      language,
      meta: { title: `${id} ${text}`, kind: 'measure', context, summary: text, label: t(locale, 'measure.label', { id }) },
      filters: {
        kind: ['measure'],
        ...(direction ? { direction: [direction] } : {}),
        ...(strategy ? { strategy: [strategy] } : {}),
      },
    };
  });
}

/**
 * Parallel text: the Chinese strategy and measure texts are this site's translation, so a
 * Chinese page can show the English original beneath each focus area and measure, and an
 * English page the Traditional Chinese. Pure: the pages hand in the two models' views.
 */
import { getLocale, type LocaleCode } from '../i18n/locales.ts';
import type { StrategyView } from './model.ts';

/** The locale whose text a page shows beneath its own: English under Chinese, Traditional Chinese under English. */
export function parallelLocale(locale: LocaleCode): LocaleCode {
  return locale === 'en' ? 'tc' : 'en';
}

/** The locale of the Chinese column of the bilingual measures view: the reader's script, Traditional for English readers. */
export function chineseLocale(locale: LocaleCode): LocaleCode {
  return locale === 'sc' ? 'sc' : 'tc';
}

/** The other language's text of one strategy, by focus area number and by measure ID. */
export interface ParallelText {
  /** `lang` of the parallel text. */
  lang: string;
  /** Focus area text with its `**emphasis**` markup, by 1-based number. */
  focusAreas: ReadonlyMap<number, string>;
  measures: ReadonlyMap<string, string>;
}

/**
 * The text of `other` (the same strategy in the parallel locale) to show beneath `page`'s.
 * None when either side is an untranslated fallback: beneath English it would only repeat it.
 */
export function parallelText(page: StrategyView, other: StrategyView | undefined): ParallelText | undefined {
  if (!other || page.item.origin === 'fallback' || other.item.origin === 'fallback') return undefined;
  return {
    lang: getLocale(other.item.locale).lang,
    focusAreas: new Map(other.focusAreas.map((a) => [a.number, a.text])),
    measures: new Map(other.measures.map((m) => [m.id, m.text])),
  };
}

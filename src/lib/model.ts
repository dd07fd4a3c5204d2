import type { LocaleCode } from '../i18n/locales.ts';
import type { DirectionData } from '../schemas/direction.ts';
import type { StrategyData } from '../schemas/strategy.ts';
import type { UpdateData } from '../schemas/update.ts';
import type { IndicatorData } from '../schemas/indicator.ts';
import type { PageData } from '../schemas/page.ts';
import type { Localized, SourceEntry } from './localize.ts';
import { measureAnchor, pathTo } from './urls.ts';
import { neighbours } from './neighbours.ts';
import { blueprintCounts, type BlueprintCounts } from './open-data.ts';
import { countsInWords } from './format.ts';

export interface MeasureView {
  id: string;
  text: string;
  keywords: string[];
  anchor: string;
  /** Path of the measure on its strategy page, with the anchor. */
  href: string;
  strategyNumber: number;
  /** 1-based focus area it sits under. */
  focusArea: number;
}

export interface FocusAreaView {
  number: number;
  text: string;
  measures: MeasureView[];
}

export interface StrategyView<E = unknown> {
  item: Localized<StrategyData, SourceEntry<StrategyData> & E>;
  slug: string;
  number: number;
  href: string;
  directionNumber: number;
  focusAreas: FocusAreaView[];
  measures: MeasureView[];
  /** The strategies numbered one below and one above, for previous/next. */
  previous?: StrategyView<E>;
  next?: StrategyView<E>;
}

export interface DirectionView<E = unknown> {
  item: Localized<DirectionData, SourceEntry<DirectionData> & E>;
  slug: string;
  number: number;
  href: string;
  strategies: StrategyView<E>[];
  previous?: DirectionView<E>;
  next?: DirectionView<E>;
}

export interface UpdateView<E = unknown> {
  item: Localized<UpdateData, SourceEntry<UpdateData> & E>;
  slug: string;
  href: string;
  measures: MeasureView[];
  strategies: StrategyView<E>[];
  /** In time, not in list order: "previous" is the older update, "next" the newer. */
  previous?: UpdateView<E>;
  next?: UpdateView<E>;
}

export interface ModelInput<E = unknown> {
  locale: LocaleCode;
  directions: Localized<DirectionData, SourceEntry<DirectionData> & E>[];
  strategies: Localized<StrategyData, SourceEntry<StrategyData> & E>[];
  updates: Localized<UpdateData, SourceEntry<UpdateData> & E>[];
  indicators: Localized<IndicatorData, SourceEntry<IndicatorData> & E>[];
  pages: Localized<PageData, SourceEntry<PageData> & E>[];
}

export interface SiteModel<E = unknown> {
  locale: LocaleCode;
  directions: DirectionView<E>[];
  strategies: StrategyView<E>[];
  measures: MeasureView[];
  /** Newest first. */
  updates: UpdateView<E>[];
  /** How many directions, strategies and measures there are: the `{directions}`… placeholders of UI strings. */
  counts: BlueprintCounts;
  /** The same counts as this locale writes them in running text (Chinese 四, 八; 42 stays 42). */
  countsInWords: Record<keyof BlueprintCounts, string>;
  indicators: ModelInput<E>['indicators'];
  pages: ModelInput<E>['pages'];
  strategy(number: number): StrategyView<E> | undefined;
  direction(number: number): DirectionView<E> | undefined;
  measure(id: string): MeasureView | undefined;
  /** Updates that name the strategy or one of its measures. */
  updatesFor(strategy: StrategyView<E>): UpdateView<E>[];
}

/** Every list and cross-reference of the site for one locale, derived from the content alone. */
export function buildModel<E>(input: ModelInput<E>): SiteModel<E> {
  const { locale } = input;
  const strategies: StrategyView<E>[] = [...input.strategies]
    .sort((a, b) => a.data.number - b.data.number)
    .map((item) => {
      const href = pathTo(locale, { kind: 'strategy', slug: item.slug });
      const focusAreas = item.data.focusAreas.map((area, i) => ({
        number: i + 1,
        text: area.text,
        measures: area.measures.map((m) => ({
          id: m.id,
          text: m.text,
          keywords: m.keywords,
          anchor: measureAnchor(m.id),
          href: `${href}#${measureAnchor(m.id)}`,
          strategyNumber: item.data.number,
          focusArea: i + 1,
        })),
      }));
      return {
        item,
        slug: item.slug,
        number: item.data.number,
        href,
        directionNumber: item.data.direction,
        focusAreas,
        measures: focusAreas.flatMap((a) => a.measures),
      };
    });

  const directions: DirectionView<E>[] = [...input.directions]
    .sort((a, b) => a.data.number - b.data.number)
    .map((item) => ({
      item,
      slug: item.slug,
      number: item.data.number,
      href: pathTo(locale, { kind: 'direction', slug: item.slug }),
      strategies: strategies.filter((s) => s.directionNumber === item.data.number),
    }));

  const measures = strategies.flatMap((s) => s.measures);
  const measureById = new Map(measures.map((m) => [m.id, m]));
  const strategyByNumber = new Map(strategies.map((s) => [s.number, s]));

  const updates: UpdateView<E>[] = [...input.updates]
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.slug.localeCompare(b.slug))
    .map((item) => ({
      item,
      slug: item.slug,
      href: pathTo(locale, { kind: 'update', slug: item.slug }),
      measures: item.data.measures.map((id) => measureById.get(id)).filter((m): m is MeasureView => !!m),
      strategies: item.data.strategies.map((n) => strategyByNumber.get(n)).filter((s): s is StrategyView<E> => !!s),
    }));

  strategies.forEach((s, i) => Object.assign(s, neighbours(strategies, i)));
  directions.forEach((d, i) => Object.assign(d, neighbours(directions, i)));
  // The list is newest first; readers step through updates in time, oldest first.
  const oldestFirst = [...updates].reverse();
  oldestFirst.forEach((u, i) => Object.assign(u, neighbours(oldestFirst, i)));

  const counts = blueprintCounts({ directions, strategies, measures });

  return {
    locale,
    directions,
    strategies,
    measures,
    updates,
    counts,
    countsInWords: countsInWords(counts, locale),
    indicators: [...input.indicators].sort((a, b) => a.data.order - b.data.order),
    pages: [...input.pages].sort((a, b) => a.data.order - b.data.order || a.slug.localeCompare(b.slug)),
    strategy: (n) => strategyByNumber.get(n),
    direction: (n) => directions.find((d) => d.number === n),
    measure: (id) => measureById.get(id),
    updatesFor: (strategy) =>
      updates.filter((u) => u.strategies.includes(strategy) || u.measures.some((m) => m.strategyNumber === strategy.number)),
  };
}

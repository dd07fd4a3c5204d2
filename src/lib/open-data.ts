import { LOCALES, LOCALE_CODES, type LocaleCode } from '../i18n/locales.ts';
import type { OpenData } from '../schemas/open-data.ts';
import type { SiteModel } from './model.ts';
import { absoluteUrl } from './urls.ts';
import { isoDay } from './format.ts';
import { BLUEPRINT } from './cite/work.ts';

type Models = Record<LocaleCode, SiteModel>;
type Localized = Record<LocaleCode, string>;

function per(models: Models, pick: (model: SiteModel) => string): Localized {
  return Object.fromEntries(LOCALE_CODES.map((code) => [code, pick(models[code])])) as Localized;
}

type LocalizedDay = Record<LocaleCode, string | null>;
/** A day per language (each language's file is published and changed on its own), null where none is known. */
function dayPer(models: Models, pick: (model: SiteModel) => Date | undefined): LocalizedDay {
  return Object.fromEntries(
    LOCALE_CODES.map((code) => {
      const day = pick(models[code]);
      return [code, day ? isoDay(day) : null];
    }),
  ) as LocalizedDay;
}

/** How many directions, strategies and measures the content has. */
export type BlueprintCounts = OpenData['counts'];

/**
 * The counts `blueprint.json` publishes, and the values of the `{directions}`,
 * `{strategies}` and `{measures}` placeholders of UI strings: counted from the
 * content, so that adding a measure cannot leave a page saying "42".
 */
export function blueprintCounts(model: {
  directions: readonly unknown[];
  strategies: readonly unknown[];
  measures: readonly unknown[];
}): BlueprintCounts {
  return { directions: model.directions.length, strategies: model.strategies.length, measures: model.measures.length };
}

/**
 * The Blueprint as one JSON document in all three languages: directions,
 * strategies with their focus areas, and the measures with stable IDs and
 * addresses. Derived from the same model as the pages, so they always agree.
 */
export function buildOpenData(models: Models, site: string, built: Date): OpenData {
  const en = models.en;
  const url = (path: string) => absoluteUrl(path, site);
  return {
    $schema: url('/data/blueprint.schema.json'),
    title: 'Hong Kong Innovation and Technology Development Blueprint',
    publisher: 'Innovation, Technology and Industry Bureau, HKSAR Government',
    published: isoDay(BLUEPRINT.published),
    site: url('/'),
    built: built.toISOString(),
    languages: Object.fromEntries(LOCALES.map((l) => [l.code, l.lang])) as OpenData['languages'],
    notes: [
      'English titles and measure texts are quoted from the Blueprint as published.',
      'Chinese direction titles are as reported by the media; other Chinese texts are this site\u2019s own translations.',
      'Simplified Chinese is converted from Traditional Chinese; the Traditional Chinese version prevails.',
    ],
    counts: blueprintCounts(en),
    directions: en.directions.map((d, i) => ({
      number: d.number,
      title: per(models, (m) => m.directions[i]!.item.data.title),
      shortTitle: per(models, (m) => m.directions[i]!.item.data.shortTitle),
      summary: per(models, (m) => m.directions[i]!.item.data.summary),
      url: per(models, (m) => url(m.directions[i]!.href)),
      published: dayPer(models, (m) => m.directions[i]!.item.source.dates?.published),
      updated: dayPer(models, (m) => m.directions[i]!.item.source.dates?.updated),
      strategies: d.strategies.map((s) => s.number),
    })),
    strategies: en.strategies.map((s, i) => ({
      number: s.number,
      direction: s.directionNumber,
      title: per(models, (m) => m.strategies[i]!.item.data.title),
      shortTitle: per(models, (m) => m.strategies[i]!.item.data.shortTitle),
      summary: per(models, (m) => m.strategies[i]!.item.data.summary),
      url: per(models, (m) => url(m.strategies[i]!.href)),
      published: dayPer(models, (m) => m.strategies[i]!.item.source.dates?.published),
      updated: dayPer(models, (m) => m.strategies[i]!.item.source.dates?.updated),
      focusAreas: s.focusAreas.map((a, j) => ({
        number: a.number,
        text: per(models, (m) => m.strategies[i]!.focusAreas[j]!.text),
        measures: a.measures.map((x) => x.id),
      })),
    })),
    measures: en.measures.map((measure) => ({
      id: measure.id,
      strategy: measure.strategyNumber,
      direction: en.strategy(measure.strategyNumber)!.directionNumber,
      focusArea: measure.focusArea,
      text: per(models, (m) => m.measure(measure.id)!.text),
      url: per(models, (m) => url(m.measure(measure.id)!.href)),
      // A measure is published and changed with its strategy's file.
      published: dayPer(models, (m) => m.strategy(measure.strategyNumber)!.item.source.dates?.published),
      updated: dayPer(models, (m) => m.strategy(measure.strategyNumber)!.item.source.dates?.updated),
    })),
  };
}

/** The columns of `/data/measures-{locale}.csv`. */
export const CSV_COLUMNS = ['id', 'strategy', 'strategy_title', 'direction', 'direction_title', 'focus_area', 'text', 'url'] as const;

/**
 * Characters that make a spreadsheet read a cell as a formula when they come
 * first (OWASP, CSV Injection): a measure text starting with one would run.
 */
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * One CSV cell. Text that would start a formula gets OWASP's treatment: a
 * leading `'` (spreadsheets show it as text) inside double quotes. Numbers are
 * written as they are, so that `-1` stays a number rather than becoming text.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  if (FORMULA_TRIGGERS.some((c) => value.startsWith(c))) return quoted(`'${value}`);
  return /[",\r\n]/.test(value) ? quoted(value) : value;
}

/**
 * The measures of one locale as CSV: UTF-8 with a byte-order mark so that
 * spreadsheet programs open Chinese correctly, CRLF line ends (RFC 4180).
 */
export function measuresCsv(model: SiteModel, site: string): string {
  const rows = model.measures.map((m) => {
    const strategy = model.strategy(m.strategyNumber)!;
    const direction = model.direction(strategy.directionNumber)!;
    return [
      m.id,
      strategy.number,
      strategy.item.data.title,
      direction.number,
      direction.item.data.title,
      m.focusArea,
      m.text,
      absoluteUrl(m.href, site),
    ];
  });
  return `\ufeff${[CSV_COLUMNS as readonly (string | number)[], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

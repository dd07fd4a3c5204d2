import { LOCALES, type LocaleCode } from '../i18n/locales.ts';
import type { OpenData } from '../schemas/open-data.ts';
import type { SiteModel } from './model.ts';
import { absoluteUrl } from './urls.ts';

type Models = Record<LocaleCode, SiteModel>;
type Localized = Record<LocaleCode, string>;

function per(models: Models, pick: (model: SiteModel) => string): Localized {
  return { en: pick(models.en), tc: pick(models.tc), sc: pick(models.sc) };
}

/**
 * The Blueprint as one JSON document in all three languages: directions,
 * strategies with their focus areas, and the 42 measures with stable IDs and
 * addresses. Derived from the same model as the pages, so they always agree.
 */
export function buildOpenData(models: Models, site: string, built: Date): OpenData {
  const en = models.en;
  const url = (path: string) => absoluteUrl(path, site);
  return {
    $schema: url('/data/blueprint.schema.json'),
    title: 'Hong Kong Innovation and Technology Development Blueprint',
    publisher: 'Innovation, Technology and Industry Bureau, HKSAR Government',
    published: '2022-12-22',
    site: url('/'),
    built: built.toISOString(),
    languages: Object.fromEntries(LOCALES.map((l) => [l.code, l.lang])) as OpenData['languages'],
    notes: [
      'English titles and measure texts are quoted from the Blueprint as published.',
      'Chinese direction titles are as reported by the media; other Chinese texts are this site\u2019s own translations.',
      'Simplified Chinese is converted from Traditional Chinese; the Traditional Chinese version prevails.',
    ],
    counts: { directions: en.directions.length, strategies: en.strategies.length, measures: en.measures.length },
    directions: en.directions.map((d, i) => ({
      number: d.number,
      title: per(models, (m) => m.directions[i]!.item.data.title),
      shortTitle: per(models, (m) => m.directions[i]!.item.data.shortTitle),
      summary: per(models, (m) => m.directions[i]!.item.data.summary),
      url: per(models, (m) => url(m.directions[i]!.href)),
      strategies: d.strategies.map((s) => s.number),
    })),
    strategies: en.strategies.map((s, i) => ({
      number: s.number,
      direction: s.directionNumber,
      title: per(models, (m) => m.strategies[i]!.item.data.title),
      shortTitle: per(models, (m) => m.strategies[i]!.item.data.shortTitle),
      summary: per(models, (m) => m.strategies[i]!.item.data.summary),
      url: per(models, (m) => url(m.strategies[i]!.href)),
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
    })),
  };
}

/** The columns of `/data/measures-{locale}.csv`. */
export const CSV_COLUMNS = ['id', 'strategy', 'strategy_title', 'direction', 'direction_title', 'focus_area', 'text', 'url'] as const;

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The measures of one locale as CSV: UTF-8 with a byte-order mark so that
 * spreadsheet programs open Chinese correctly, CRLF line ends (RFC 4180).
 */
export function measuresCsv(model: SiteModel, site: string): string {
  const rows = model.measures.map((m) => {
    const strategy = model.strategy(m.strategyNumber)!;
    const direction = model.direction(strategy.directionNumber)!;
    return [m.id, strategy.number, strategy.item.data.title, direction.number, direction.item.data.title, m.focusArea, m.text, absoluteUrl(m.href, site)];
  });
  return `\ufeff${[CSV_COLUMNS as readonly (string | number)[], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

import type { IndicatorData } from '../schemas/indicator.ts';

/** One bar of an indicator chart. */
export interface Bar {
  kind: 'baseline' | 'target' | 'reading';
  value: number;
  /** The time label under the bar: "2022", "by 2030". */
  when: string;
  /** Bar length as a share of the chart width, 0 to 1. */
  share: number;
}

/**
 * Bars for baseline, targets and readings on one scale, so a reader sees at a
 * glance how far the targets are from the baseline.
 */
export function chartBars(points: { kind: Bar['kind']; value: number; when: string }[]): Bar[] {
  const max = Math.max(...points.map((p) => p.value), 0);
  return points.map((p) => ({ ...p, share: max > 0 ? Math.max(p.value / max, 0.005) : 0 }));
}

/** A figure of an indicator as the page shows it: in its chart, and in the table beside it. */
export interface IndicatorPoint {
  kind: Bar['kind'];
  value: number;
  when: string;
  /** The value as a reader reads it, with the source's qualifier: "at least 1,100". */
  valueText: string;
  /** The year it refers to, where the source gives one. */
  year?: number;
  /**
   * For a target whose year has passed: the latest reading for that year or
   * after, or none when the sources report none. Never left unsaid.
   */
  passed?: { reading?: IndicatorPoint };
}

/**
 * The baseline first, then the readings and targets in time (a reading before a
 * target of the same year). Targets before `thisYear` are marked passed, with
 * the reading that shows where they stand, if any. `formatValue` writes a number
 * in the page's language and the indicator's unit.
 */
export function indicatorPoints(data: IndicatorData, formatValue: (value: number) => string, thisYear: number): IndicatorPoint[] {
  const text = (value: number, qualifier?: string) => `${qualifier ? `${qualifier} ` : ''}${formatValue(value)}`;
  const { baseline } = data;
  const readings: IndicatorPoint[] = data.readings.map((x) => ({
    kind: 'reading',
    value: x.value,
    year: x.year,
    when: x.label ?? String(x.year),
    valueText: text(x.value, x.qualifier),
  }));
  const targets: IndicatorPoint[] = data.targets.map((x) => {
    const point: IndicatorPoint = {
      kind: 'target',
      value: x.value,
      year: x.year,
      when: x.yearNote ?? String(x.year),
      valueText: text(x.value, x.qualifier),
    };
    if (x.year >= thisYear) return point;
    const since = readings.filter((r) => r.year! >= x.year).sort((a, b) => b.year! - a.year!);
    return { ...point, passed: { reading: since[0] } };
  });
  const inTime = [...readings, ...targets].sort((a, b) => a.year! - b.year! || (a.kind === 'reading' ? -1 : 1));
  return [
    {
      kind: 'baseline',
      value: baseline.value,
      year: baseline.year,
      when: baseline.label ?? String(baseline.year ?? ''),
      valueText: text(baseline.value, baseline.qualifier),
    },
    ...inTime,
  ];
}

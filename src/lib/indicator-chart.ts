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
}

/**
 * The baseline, targets and later readings of an indicator, in that order.
 * `formatValue` writes a number in the page's language and the indicator's unit.
 */
export function indicatorPoints(data: IndicatorData, formatValue: (value: number) => string): IndicatorPoint[] {
  const text = (value: number, qualifier?: string) => `${qualifier ? `${qualifier} ` : ''}${formatValue(value)}`;
  const { baseline } = data;
  return [
    {
      kind: 'baseline',
      value: baseline.value,
      when: baseline.label ?? String(baseline.year ?? ''),
      valueText: text(baseline.value, baseline.qualifier),
    },
    ...data.targets.map((x) => ({
      kind: 'target' as const,
      value: x.value,
      when: x.yearNote ?? String(x.year),
      valueText: text(x.value, x.qualifier),
    })),
    ...data.readings.map((x) => ({
      kind: 'reading' as const,
      value: x.value,
      when: x.label ?? String(x.year),
      valueText: text(x.value, x.qualifier),
    })),
  ];
}

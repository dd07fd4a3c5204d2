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

import { describe, expect, it } from 'vitest';
import { chartBars } from '../../../src/lib/indicator-chart.ts';

describe('chartBars', () => {
  it('scales every bar against the largest value', () => {
    expect(
      chartBars([
        { kind: 'baseline', value: 25, when: '2022' },
        { kind: 'target', value: 50, when: 'by 2027' },
        { kind: 'target', value: 100, when: 'by 2032' },
      ]),
    ).toEqual([
      { kind: 'baseline', value: 25, when: '2022', share: 0.25 },
      { kind: 'target', value: 50, when: 'by 2027', share: 0.5 },
      { kind: 'target', value: 100, when: 'by 2032', share: 1 },
    ]);
  });

  it('keeps readings, whatever position the largest value has', () => {
    expect(chartBars([{ kind: 'reading', value: 8, when: '2024' }, { kind: 'baseline', value: 2, when: '2020' }]).map((b) => b.share)).toEqual([1, 0.25]);
  });

  it('gives tiny and zero values a sliver so the bar stays visible', () => {
    expect(chartBars([{ kind: 'baseline', value: 0, when: '2020' }, { kind: 'target', value: 1, when: '2021' }, { kind: 'target', value: 10000, when: '2030' }]).map((b) => b.share)).toEqual([0.005, 0.005, 1]);
  });

  it('gives every bar zero share when all values are zero', () => {
    expect(chartBars([{ kind: 'baseline', value: 0, when: '2020' }, { kind: 'target', value: 0, when: '2030' }]).map((b) => b.share)).toEqual([0, 0]);
  });

  it('gives zero share when no value is positive', () => {
    expect(chartBars([{ kind: 'baseline', value: -5, when: '2020' }]).map((b) => b.share)).toEqual([0]);
  });

  it('returns no bars for no points', () => {
    expect(chartBars([])).toEqual([]);
  });

  it('does not change the points it is given', () => {
    const points = [{ kind: 'baseline' as const, value: 3, when: '2022' }];
    chartBars(points);
    expect(points).toEqual([{ kind: 'baseline', value: 3, when: '2022' }]);
  });
});

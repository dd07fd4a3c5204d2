import { describe, expect, it } from 'vitest';
import { chartBars, indicatorPoints } from '../../../src/lib/indicator-chart.ts';
import type { IndicatorData } from '../../../src/schemas/indicator.ts';

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
    expect(
      chartBars([
        { kind: 'reading', value: 8, when: '2024' },
        { kind: 'baseline', value: 2, when: '2020' },
      ]).map((b) => b.share),
    ).toEqual([1, 0.25]);
  });

  it('gives tiny and zero values a sliver so the bar stays visible', () => {
    expect(
      chartBars([
        { kind: 'baseline', value: 0, when: '2020' },
        { kind: 'target', value: 1, when: '2021' },
        { kind: 'target', value: 10000, when: '2030' },
      ]).map((b) => b.share),
    ).toEqual([0.005, 0.005, 1]);
  });

  it('gives every bar zero share when all values are zero', () => {
    expect(
      chartBars([
        { kind: 'baseline', value: 0, when: '2020' },
        { kind: 'target', value: 0, when: '2030' },
      ]).map((b) => b.share),
    ).toEqual([0, 0]);
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

describe('indicatorPoints', () => {
  const data: IndicatorData = {
    order: 1,
    title: 'R&D spending',
    summary: 's',
    unit: 'percent',
    baseline: { value: 0.99, label: 'end of 2020' },
    targets: [
      { value: 2, year: 2030, qualifier: 'about', yearNote: 'by 2030' },
      { value: 2.5, year: 2032 },
    ],
    readings: [{ value: 1.07, year: 2022, note: 'as reported', source: { name: 'RTHK' } }],
    source: { name: 'ITIB' },
    otherSeries: [],
    strategies: [],
    keywords: [],
    changes: [],
  };
  const percent = (value: number) => `${value}%`;
  const points = (d: IndicatorData = data, year = 2026) => indicatorPoints(d, percent, year);

  it('lists the baseline, then readings and targets in time, a reading before a target of its year', () => {
    expect(points().map((p) => [p.kind, p.value])).toEqual([
      ['baseline', 0.99],
      ['reading', 1.07],
      ['target', 2],
      ['target', 2.5],
    ]);
    const sameYear = { ...data, readings: [{ value: 2.1, year: 2030, source: { name: 'RTHK' } }] };
    expect(points(sameYear).map((p) => p.kind)).toEqual(['baseline', 'reading', 'target', 'target']);
  });

  it("labels each point with the source's wording of the time when it has one, else the year", () => {
    expect(points().map((p) => p.when)).toEqual(['end of 2020', '2022', 'by 2030', '2032']);
  });

  it("writes each value with the formatter it is given, after the source's qualifier", () => {
    expect(points().map((p) => p.valueText)).toEqual(['0.99%', '1.07%', 'about 2%', '2.5%']);
  });

  it('leaves the time of a baseline empty when the source gives neither a year nor a label', () => {
    expect(points({ ...data, baseline: { value: 1 } })[0]!.when).toBe('');
  });

  it('marks a target passed once its year is over, and none before', () => {
    const passed = (year: number) =>
      points(data, year)
        .filter((p) => p.passed)
        .map((p) => p.year);
    expect(passed(2030)).toEqual([]);
    expect(passed(2031)).toEqual([2030]);
    expect(passed(2033)).toEqual([2030, 2032]);
  });

  it('gives a passed target the latest reading of its year or later, and no reading when the sources report none since', () => {
    const target = (d: IndicatorData, year: number, of: number) => points(d, year).find((p) => p.kind === 'target' && p.year === of)!;
    expect(target(data, 2031, 2030).passed).toEqual({ reading: undefined });
    const later = {
      ...data,
      readings: [
        ...data.readings,
        { value: 1.8, year: 2030, source: { name: 'RTHK' } },
        { value: 1.9, year: 2031, source: { name: 'RTHK' } },
      ],
    };
    expect(target(later, 2033, 2030).passed?.reading?.valueText).toBe('1.9%');
    expect(target(later, 2033, 2032).passed).toEqual({ reading: undefined });
  });
});

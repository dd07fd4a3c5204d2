import { describe, expect, it } from 'vitest';
import { filterMeasures } from '../../../src/lib/measure-filter.ts';

const measures = [
  { id: '3.1', strategy: 3, text: 'To enhance the operation of the Innovation and Technology Venture Fund ITVF' },
  { id: '3.2', strategy: 3, text: 'To optimise the existing listing regime' },
  { id: '6.5', strategy: 6, text: '加快發展金融科技 fintech' },
];

describe('filterMeasures', () => {
  it('shows every measure when nothing is chosen', () => {
    expect(filterMeasures(measures, '')).toEqual(new Set(['3.1', '3.2', '6.5']));
  });

  it('keeps the measures of the chosen strategy', () => {
    expect(filterMeasures(measures, '', 6)).toEqual(new Set(['6.5']));
  });

  it('needs every typed word, in any order and any case', () => {
    expect(filterMeasures(measures, 'REGIME listing')).toEqual(new Set(['3.2']));
    expect(filterMeasures(measures, 'listing fund')).toEqual(new Set());
  });

  it('matches Chinese as typed, and measure IDs', () => {
    expect(filterMeasures(measures, '金融科技')).toEqual(new Set(['6.5']));
    expect(filterMeasures(measures, '3.2')).toEqual(new Set(['3.2']));
  });

  it('combines words and strategy', () => {
    expect(filterMeasures(measures, 'to', 3)).toEqual(new Set(['3.1', '3.2']));
  });

  it('treats full-width letters like their plain forms', () => {
    expect(filterMeasures(measures, 'ＩＴＶＦ')).toEqual(new Set(['3.1']));
  });
});

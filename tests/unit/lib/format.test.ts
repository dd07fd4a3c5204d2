import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatValue, isoDay, countsInWords } from '../../../src/lib/format.ts';

describe('isoDay', () => {
  it('writes a date as YYYY-MM-DD', () => {
    expect(isoDay(new Date('2022-12-22T04:00:00Z'))).toBe('2022-12-22');
  });

  it('uses the Hong Kong calendar day: 2024-04-10T20:00:00Z is 11 April in Hong Kong', () => {
    expect(isoDay(new Date('2024-04-10T20:00:00Z'))).toBe('2024-04-11');
  });

  it('changes day at Hong Kong midnight (16:00 UTC)', () => {
    expect(isoDay(new Date('2024-04-10T15:59:59Z'))).toBe('2024-04-10');
    expect(isoDay(new Date('2024-04-10T16:00:00Z'))).toBe('2024-04-11');
  });

  it('rolls over the year in Hong Kong time', () => {
    expect(isoDay(new Date('2023-12-31T17:00:00Z'))).toBe('2024-01-01');
  });

  it('pads months and days with zeros', () => {
    expect(isoDay(new Date('2024-01-05T00:00:00+08:00'))).toBe('2024-01-05');
  });
});

describe('formatDate', () => {
  const launch = new Date('2022-12-22T00:00:00Z');

  it('writes English dates the British way', () => {
    expect(formatDate(launch, 'en')).toBe('22 December 2022');
  });

  it('writes Traditional Chinese dates with 年月日', () => {
    expect(formatDate(launch, 'tc')).toBe('2022年12月22日');
  });

  it('writes Simplified Chinese dates with 年月日', () => {
    expect(formatDate(launch, 'sc')).toBe('2022年12月22日');
  });

  it('shows only month and year at month precision', () => {
    expect(formatDate(launch, 'en', 'month')).toBe('December 2022');
    expect(formatDate(launch, 'tc', 'month')).toBe('2022年12月');
    expect(formatDate(launch, 'sc', 'month')).toBe('2022年12月');
  });

  it('defaults to day precision', () => {
    expect(formatDate(launch, 'en', 'day')).toBe(formatDate(launch, 'en'));
  });

  it('formats the Hong Kong day, not the UTC one', () => {
    expect(formatDate(new Date('2024-04-10T20:00:00Z'), 'en')).toBe('11 April 2024');
    expect(formatDate(new Date('2024-04-10T20:00:00Z'), 'tc')).toBe('2024年4月11日');
  });

  it('formats the Hong Kong month at month precision', () => {
    expect(formatDate(new Date('2024-03-31T16:30:00Z'), 'en', 'month')).toBe('April 2024');
    expect(formatDate(new Date('2024-03-31T16:30:00Z'), 'sc', 'month')).toBe('2024年4月');
  });
});

describe('formatNumber', () => {
  it('groups thousands with commas in every locale', () => {
    expect(formatNumber(45310, 'en')).toBe('45,310');
    expect(formatNumber(45310, 'tc')).toBe('45,310');
    expect(formatNumber(45310, 'sc')).toBe('45,310');
  });

  it('keeps at most two decimals', () => {
    expect(formatNumber(1.23456, 'en')).toBe('1.23');
    expect(formatNumber(0.5, 'en')).toBe('0.5');
    expect(formatNumber(1234567.891, 'tc')).toBe('1,234,567.89');
  });

  it('writes small whole numbers without decimals', () => {
    expect(formatNumber(7, 'en')).toBe('7');
  });
});

describe('formatValue', () => {
  it('writes percentages as the given number of percent', () => {
    expect(formatValue(1.5, 'percent', 'en')).toBe('1.5%');
    expect(formatValue(5, 'percent', 'tc')).toBe('5%');
    expect(formatValue(0.75, 'percent', 'sc')).toBe('0.75%');
  });

  it('writes counts as grouped numbers', () => {
    expect(formatValue(3985, 'count', 'en')).toBe('3,985');
    expect(formatValue(3985, 'count', 'tc')).toBe('3,985');
  });
});

describe('countsInWords', () => {
  it('writes the counts of 四大發展方向 and 八大策略 in Chinese numerals, as the reports do', () => {
    expect(countsInWords({ directions: 4, strategies: 8, measures: 42 }, 'tc')).toEqual({
      directions: '四',
      strategies: '八',
      measures: '42',
    });
    expect(countsInWords({ directions: 4, strategies: 8, measures: 42 }, 'sc')).toEqual({
      directions: '四',
      strategies: '八',
      measures: '42',
    });
  });

  it('keeps digits above ten, and in English', () => {
    expect(countsInWords({ a: 10, b: 11, c: 1 }, 'tc')).toEqual({ a: '十', b: '11', c: '一' });
    expect(countsInWords({ directions: 4, measures: 1042 }, 'en')).toEqual({ directions: '4', measures: '1,042' });
  });
});

import { describe, expect, it } from 'vitest';
import { nonexistentDay } from '../../../../src/lib/check/dates.ts';
import { isoDate } from '../../../../src/schemas/common.ts';

describe('nonexistentDay', () => {
  it.each(['2024-02-29', '2000-02-29', '2023-01-31', '2023-12-31', '2023-04-30'])('accepts %s, a day of the calendar', (day) => {
    expect(nonexistentDay(day)).toBeUndefined();
    expect(isoDate.safeParse(day).success).toBe(true);
  });

  it.each([
    ['2023-02-29', 'February 2023 has 28 days'],
    ['1900-02-29', 'February 1900 has 28 days'],
    ['2023-04-31', 'April 2023 has 30 days'],
    ['2023-01-00', 'January 2023 has 31 days'],
    ['2023-13-01', 'there is no month 13'],
    ['2023-00-10', 'there is no month 0'],
  ])('refuses %s: %s', (day, reason) => {
    expect(nonexistentDay(day)).toBe(reason);
    expect(isoDate.safeParse(day).success).toBe(false);
  });

  it('reads a date back as the same day, in any time zone of the build machine', () => {
    const parsed = isoDate.parse('2023-02-28') as Date;
    expect(parsed.toISOString()).toBe('2023-02-28T00:00:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { simplifyDeep, toSimplified, traditionalCharacters } from '../../../src/lib/chinese.ts';

describe('toSimplified', () => {
  it('converts Traditional characters to Simplified', () => {
    expect(toSimplified('創新及科技發展藍圖')).toBe('创新及科技发展蓝图');
  });

  it('uses Hong Kong Traditional as the source', () => {
    expect(toSimplified('中國的頭髮')).toBe('中国的头发');
    expect(toSimplified('網絡')).toBe('网络');
  });

  it('does not swap vocabulary, only the script', () => {
    expect(toSimplified('資訊科技')).toBe('资讯科技');
    expect(toSimplified('軟件')).toBe('软件');
  });

  it('leaves text already in Simplified, shared characters, Latin letters and digits as they are', () => {
    expect(toSimplified('香港 2030 I&T')).toBe('香港 2030 I&T');
    expect(toSimplified('创新')).toBe('创新');
    expect(toSimplified('')).toBe('');
  });

  it('keeps markup and emphasis markers', () => {
    expect(toSimplified('**研發**與<b>創新</b>')).toBe('**研发**与<b>创新</b>');
  });
});

describe('traditionalCharacters', () => {
  it('lists the characters that would still be converted', () => {
    expect(traditionalCharacters('香港創新科技')).toEqual(['創']);
  });

  it('lists each character once, in order of first appearance', () => {
    expect(traditionalCharacters('發展與發展')).toEqual(['發', '與']);
  });

  it('is empty for Simplified, Latin and shared text', () => {
    expect(traditionalCharacters('创新科技')).toEqual([]);
    expect(traditionalCharacters('Hong Kong 2030')).toEqual([]);
    expect(traditionalCharacters('')).toEqual([]);
  });

  it('finds Traditional characters amid Simplified ones', () => {
    expect(traditionalCharacters('创新與发展')).toEqual(['與']);
  });
});

describe('simplifyDeep', () => {
  it('converts every string in nested objects and arrays', () => {
    expect(
      simplifyDeep({ title: '發展', focusAreas: [{ text: '創新', measures: [{ id: '3.1', text: '資訊' }] }], keywords: ['網絡'] }),
    ).toEqual({
      title: '发展',
      focusAreas: [{ text: '创新', measures: [{ id: '3.1', text: '资讯' }] }],
      keywords: ['网络'],
    });
  });

  it('keeps Dates as Dates with the same time', () => {
    const date = new Date('2024-04-11T00:00:00Z');
    const result = simplifyDeep({ date, nested: [{ when: date }] });
    expect(result.date).toBeInstanceOf(Date);
    expect(result.date.getTime()).toBe(date.getTime());
    expect(result.nested[0]!.when).toBeInstanceOf(Date);
    expect(result.nested[0]!.when.getTime()).toBe(date.getTime());
  });

  it('keeps numbers, booleans, null and undefined', () => {
    expect(simplifyDeep({ n: 3, x: 1.5, flag: true, none: null, missing: undefined })).toEqual({
      n: 3,
      x: 1.5,
      flag: true,
      none: null,
      missing: undefined,
    });
    expect(simplifyDeep(42)).toBe(42);
    expect(simplifyDeep(null)).toBeNull();
  });

  it('converts a bare string and a bare array', () => {
    expect(simplifyDeep('藍圖')).toBe('蓝图');
    expect(simplifyDeep(['藍圖', 1])).toEqual(['蓝图', 1]);
  });

  it('returns a copy and leaves the input unchanged', () => {
    const input = { title: '發展', list: ['創新'], inner: { text: '藍圖' } };
    const result = simplifyDeep(input);
    expect(input).toEqual({ title: '發展', list: ['創新'], inner: { text: '藍圖' } });
    expect(result).not.toBe(input);
    expect(result.list).not.toBe(input.list);
    expect(result.inner).not.toBe(input.inner);
  });

  it('does not convert object keys', () => {
    expect(simplifyDeep({ 發展: '發展' })).toEqual({ 發展: '发展' });
  });
});

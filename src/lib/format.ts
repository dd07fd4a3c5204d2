import { getLocale, isChinese, type LocaleCode } from '../i18n/locales.ts';

/** Dates are Hong Kong dates, whatever the build machine's time zone. */
export const TIME_ZONE = 'Asia/Hong_Kong';

/** `2024-04-11`, the calendar day in Hong Kong, for `datetime` attributes and data files. */
export function isoDay(date: Date): string {
  return DAY.format(date);
}
// Made once: a formatter costs far more to build than to use, and every page and check dates many things.
const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** A date as readers of `locale` write it: "22 December 2022", 「2022年12月22日」. */
export function formatDate(date: Date, locale: LocaleCode, precision: 'day' | 'month' = 'day'): string {
  return formatter(
    dateFormats,
    `${locale}/${precision}`,
    () =>
      new Intl.DateTimeFormat(getLocale(locale).intl, {
        timeZone: TIME_ZONE,
        year: 'numeric',
        month: 'long',
        ...(precision === 'day' ? { day: 'numeric' } : {}),
      }),
  ).format(date);
}

// Building an Intl formatter costs about a millisecond and every page formats
// dozens of dates and numbers: each is made once per locale and style.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
function formatter<F>(cache: Map<string, F>, key: string, make: () => F): F {
  let made = cache.get(key);
  if (!made) cache.set(key, (made = make()));
  return made;
}

/** A number with the locale's grouping: 45,310. */
export function formatNumber(value: number, locale: LocaleCode): string {
  return formatter(numberFormats, locale, () => new Intl.NumberFormat(getLocale(locale).intl, { maximumFractionDigits: 2 })).format(value);
}

/** An indicator value with its unit: "1.5%" or "3,985". */
export function formatValue(value: number, unit: 'count' | 'percent', locale: LocaleCode): string {
  if (unit === 'percent') {
    return new Intl.NumberFormat(getLocale(locale).intl, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  }
  return formatNumber(value, locale);
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * Counts as they are written inside a phrase: 四大發展方向 and 八大策略 take
 * Chinese numerals up to ten (as the reports of the Blueprint write them),
 * 42項 takes digits; English keeps digits, as GOV.UK's style does.
 */
export function countsInWords<K extends string>(counts: Record<K, number>, locale: LocaleCode): Record<K, string> {
  const chinese = isChinese(locale);
  const word = (n: number) => (chinese && Number.isInteger(n) && n >= 1 && n <= 10 ? CHINESE_DIGITS[n]! : formatNumber(n, locale));
  return Object.fromEntries(Object.entries<number>(counts).map(([k, n]) => [k, word(n)])) as Record<K, string>;
}

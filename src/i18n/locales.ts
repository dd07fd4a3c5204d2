/**
 * The single locale registry. The Astro i18n config, the sitemap, the language
 * switcher, `<html lang>`, hreflang alternates and the content loader all read it.
 */
export interface Locale {
  /** URL segment and content folder name: `/tc/…`, and the content folder `tc`. */
  readonly code: 'en' | 'tc' | 'sc';
  /** BCP 47 tag for `lang` and hreflang. */
  readonly lang: string;
  /** BCP 47 tag `Intl` formats dates and numbers with: English dates are British ("22 December 2022"). */
  readonly intl: string;
  /**
   * ISO 15924 script of the text: decides Chinese typography, which way search
   * converts a query (Hans ← Hant), and the fonts of share images.
   */
  readonly script: 'Latn' | 'Hant' | 'Hans';
  /** The language's own name, shown in the switcher. */
  readonly label: string;
  /** OpenGraph locale. */
  readonly ogLocale: string;
  /**
   * Where this locale's content comes from when it has no file of its own:
   * `tc` means: convert the Traditional Chinese file to Simplified with OpenCC.
   */
  readonly derivedFrom?: 'tc';
  /**
   * The typeface the locale is drawn in where the site carries its own fonts
   * (the share images; pages use the reader's system fonts). Hong Kong and
   * Mainland typography draw the same Han characters and full-width punctuation
   * differently, and English wants Latin quotes where the CJK fonts draw them full-width.
   */
  readonly typeface: 'Source Sans 3' | 'Noto Sans HK' | 'Noto Sans SC';
}

export const LOCALES = [
  { code: 'en', lang: 'en', intl: 'en-GB', script: 'Latn', label: 'English', ogLocale: 'en_GB', typeface: 'Source Sans 3' },
  { code: 'tc', lang: 'zh-HK', intl: 'zh-HK', script: 'Hant', label: '繁體中文', ogLocale: 'zh_HK', typeface: 'Noto Sans HK' },
  {
    code: 'sc',
    lang: 'zh-CN',
    intl: 'zh-CN',
    script: 'Hans',
    label: '简体中文',
    ogLocale: 'zh_CN',
    derivedFrom: 'tc',
    typeface: 'Noto Sans SC',
  },
] as const satisfies readonly Locale[];

export type LocaleCode = (typeof LOCALES)[number]['code'];

export const DEFAULT_LOCALE: LocaleCode = 'en';

export const LOCALE_CODES: readonly LocaleCode[] = LOCALES.map((l) => l.code);

export function isLocale(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}

/**
 * The locale a site path belongs to: its first segment (`/tc/strategies/` is
 * `tc`). Paths outside the locale folders (`/`, `/404/`, `/data/…`) have none.
 */
export function localeOfPath(path: string): LocaleCode | undefined {
  const first = path.split('/')[1];
  return isLocale(first) ? first : undefined;
}

export function getLocale(code: LocaleCode): Locale {
  const found = LOCALES.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}" (known: ${LOCALE_CODES.join(', ')})`);
  return found;
}

/** Locales whose text is Chinese, for typography and search segmentation. */
export function isChinese(code: LocaleCode): boolean {
  return getLocale(code).script !== 'Latn';
}

import type { LocaleCode } from '../i18n/locales.ts';

/** Where a page's share image is: one per direction and strategy, one default per locale. */
export function shareImagePath(locale: LocaleCode, kind: 'default' | 'direction' | 'strategy', slug?: string): string {
  return kind === 'default' ? `/share/${locale}/default.png` : `/share/${locale}/${kind}-${slug}.png`;
}

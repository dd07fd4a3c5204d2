/**
 * `/`: sends the reader on to the language they chose before, or else to the one their
 * browser prefers. The page's links stay for readers without JavaScript.
 */
import { isLocale, type LocaleCode } from '../i18n/locales.ts';
import { preferredLocale } from '../lib/preferred-locale.ts';
import { storageKey } from './shared/storage.ts';
import { init as rememberChoice } from './language-choice.ts';

/** A saved choice wins over the browser's languages, as long as it is still a locale of the site. */
export function destination(saved: string | null, languages: readonly string[]): LocaleCode {
  return isLocale(saved) ? saved : preferredLocale(languages);
}

export function init(nav: HTMLElement): void {
  rememberChoice(nav);
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(storageKey('locale'));
  } catch {
    // Storage disabled: the browser's languages decide.
  }
  location.replace(`/${destination(saved, navigator.languages ?? [navigator.language])}/`);
}

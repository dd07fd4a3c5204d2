/**
 * Everything the site keeps in the reader's browser, under one prefix: the text size, the theme
 * and the language picked in the switcher. Nothing else is stored and nothing is sent anywhere.
 *
 * A module of its own, importing nothing: the inline scripts that read these keys must not
 * carry the locale registry or other library code into every page.
 */
export type StoredChoice = 'text-size' | 'theme' | 'locale';

export function storageKey(choice: StoredChoice): string {
  return `blueprint:${choice}`;
}

declare namespace App {
  /** Set by `src/middleware.ts` for every page and endpoint. */
  interface Locals {
    /** The locale of the page being rendered. */
    locale: import('./i18n/locales.ts').LocaleCode;
    /** The UI strings of that locale: `t('nav.home')`. */
    t: import('./i18n/t.ts').Translator;
  }
}

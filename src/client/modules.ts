/**
 * Every behaviour of the site, by the name a component root gives in `data-module="…"`
 * (GOV.UK Frontend's convention). Each name is a file of this folder exporting `init(root)`.
 *
 * To add one: write `src/client/<name>.ts` exporting `init(root)`, list it below (inline if it
 * is small and many pages have it, lazy otherwise), and put `data-module="<name>"` on the root
 * element of its component. tests/unit/client/wiring.test.ts checks that the three agree.
 */
// Named imports, not namespaces: the bundler then leaves out what the entry does not call.
import { init as initAccessedDate } from './accessed-date.ts';
import { init as initCopyButton } from './copy-button.ts';
import { init as initKeyboardShortcut } from './keyboard-shortcut.ts';
import { init as initLanguageChoice } from './language-choice.ts';
import { init as initPreferences } from './preferences.ts';
import { init as initPrintButton } from './print-button.ts';

/** What a module file exports: `init`, given the element that names it. */
export interface ClientModule {
  init(root: HTMLElement): void;
}

/**
 * Small behaviours that run as soon as the page is parsed. They travel inline in every page's
 * HTML, inside the 3.25 KiB inline-script budget (src/lib/budgets.ts): anything bigger, or needed by one page only, is lazy.
 */
export const INLINE_MODULES: Record<string, ClientModule['init']> = {
  'accessed-date': initAccessedDate,
  'copy-button': initCopyButton,
  'keyboard-shortcut': initKeyboardShortcut,
  'language-choice': initLanguageChoice,
  preferences: initPreferences,
  'print-button': initPrintButton,
};

/**
 * When a module loaded from its own file is needed: at once (`load`), or the first time the
 * reader moves into its component (`focus`), so that no page fetches search code unasked.
 */
export type LoadWhen = 'load' | 'focus';

/** Bigger behaviours, each bundled to `${LAZY_MODULE_PATH}<name>.js`. */
export const LAZY_MODULES: Record<string, LoadWhen> = {
  'header-search': 'focus',
  'measures-filter': 'focus',
  // `/` only, and it needs the locale list: a request there keeps it out of every other page.
  'preferred-language': 'load',
  'search-page': 'load',
};

/** Where the lazy modules are served from; the bundler writes them there. */
export const LAZY_MODULE_PATH = '/client/';

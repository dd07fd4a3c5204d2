/**
 * Text size and theme, remembered in the reader's browser. The saved choice is applied
 * before the page paints (see before-paint.ts), so nothing shifts or flashes; the buttons
 * of the display control change it and say which one is pressed.
 */
import { storageKey } from './shared/storage.ts';
import { closeWhenLeft } from './shared/dismiss.ts';

/** The values each preference may take; the first is the default, which is never stored. */
export const PREFERENCE_VALUES = {
  'text-size': ['0', '1', '2'],
  theme: ['auto', 'light', 'dark'],
} as const satisfies Record<string, readonly string[]>;

export type PreferenceName = keyof typeof PREFERENCE_VALUES;

// One name for the attribute the stylesheet reads (`data-text-size`, `data-theme`) and the storage key.
const attribute = (name: PreferenceName) => `data-${name}`;

export function isPreferenceName(name: string | undefined): name is PreferenceName {
  return !!name && Object.hasOwn(PREFERENCE_VALUES, name);
}

/** A stored value the site still understands, or the default (a value from an older site, or edited by hand, is ignored). */
export function validValue(name: PreferenceName, stored: string | null | undefined): string {
  const values: readonly string[] = PREFERENCE_VALUES[name];
  return stored && values.includes(stored) ? stored : values[0]!;
}

function show(page: HTMLElement, name: PreferenceName, value: string): void {
  if (value === PREFERENCE_VALUES[name][0]) page.removeAttribute(attribute(name));
  else page.setAttribute(attribute(name), value);
}

/** Marks that JavaScript runs (controls that need it show) and applies the saved preferences. */
export function applySavedPreferences(page: HTMLElement): void {
  page.classList.add('js');
  for (const name of Object.keys(PREFERENCE_VALUES) as PreferenceName[]) {
    let saved: string | null = null;
    try {
      saved = localStorage.getItem(storageKey(name));
    } catch {
      // Storage disabled (a private window, a strict setting): the defaults apply.
    }
    show(page, name, validValue(name, saved));
  }
}

/** The display control: each button sets one preference to its `data-value`; the panel closes when the reader leaves it. */
export function init(control: HTMLElement): void {
  const page = document.documentElement;
  // The control's root is its <details> (DisplayPreferences.astro).
  closeWhenLeft(control as HTMLDetailsElement);
  const buttons = [...control.querySelectorAll<HTMLElement>('[data-pref]')];
  const sync = () => {
    for (const button of buttons) {
      const name = button.dataset.pref;
      if (isPreferenceName(name))
        button.setAttribute('aria-pressed', String(button.dataset.value === validValue(name, page.getAttribute(attribute(name)))));
    }
  };
  control.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-pref]');
    const name = button?.dataset.pref;
    if (!button || !isPreferenceName(name)) return;
    const value = validValue(name, button.dataset.value);
    show(page, name, value);
    try {
      if (value === PREFERENCE_VALUES[name][0]) localStorage.removeItem(storageKey(name));
      else localStorage.setItem(storageKey(name), value);
    } catch {
      // Storage disabled: the choice holds for this page only.
    }
    sync();
  });
  sync();
}

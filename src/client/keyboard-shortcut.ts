/**
 * Focuses its element when the reader presses the key its `aria-keyshortcuts` names ("/" for
 * the search boxes), except while they are typing somewhere else. The attribute tells
 * assistive technology about the shortcut and, here, which key it is: one fact, one place.
 */

/** Whether a key press is the shortcut: the key alone (no Ctrl, Meta or Alt), not typed into a field. */
export function isShortcut(
  shortcut: string,
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  typingInField: boolean,
): boolean {
  return Boolean(shortcut) && event.key === shortcut && !event.ctrlKey && !event.metaKey && !event.altKey && !typingInField;
}

export function init(field: HTMLElement): void {
  const shortcut = field.getAttribute('aria-keyshortcuts') ?? '';
  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!isShortcut(shortcut, event, Boolean(target?.closest('input, textarea, select, [contenteditable]')))) return;
    event.preventDefault();
    field.focus();
  });
}

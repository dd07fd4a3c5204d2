/**
 * A disclosure that gets out of the way: an open <details> closes when the reader presses
 * Escape inside it (focus goes back to its summary), or taps, clicks or moves focus anywhere
 * outside it, so that on a phone it never stays open over what the reader turned to next.
 */
export function closeWhenLeft(details: HTMLDetailsElement): void {
  details.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !details.open) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  });
  for (const type of ['click', 'focusin'])
    document.addEventListener(type, (event) => {
      if (!details.contains(event.target as Node)) details.open = false;
    });
}

/**
 * A disclosure that gets out of the way: an open <details> closes when the reader presses
 * Escape inside it (focus returns to its summary), taps or clicks outside it, or moves focus
 * out of it, so on a phone it never stays open over what the reader turned to next.
 */
export function closeWhenLeft(details: HTMLDetailsElement): void {
  const close = () => {
    details.open = false;
  };
  details.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !details.open) return;
    close();
    details.querySelector('summary')?.focus();
  });
  document.addEventListener('click', (event) => {
    if (details.open && !details.contains(event.target as Node)) close();
  });
  details.addEventListener('focusout', (event) => {
    // No related target: focus went nowhere (a tap on the page's text), which the click above handles.
    if (event.relatedTarget instanceof Node && !details.contains(event.relatedTarget)) close();
  });
}

/**
 * A button that copies a text (a link, a citation) and says whether that worked:
 * on the button itself for a few seconds, and to screen readers.
 */

/** The page's live region, which carries the words to announce in the page's language. */
function announce(outcome: 'done' | 'failed'): void {
  const announcer = document.getElementById('announcer');
  const text = announcer?.dataset[outcome];
  if (!announcer || !text) return;
  // Emptied first, and refilled a moment later, so that a second copy is announced again.
  announcer.textContent = '';
  setTimeout(() => {
    announcer.textContent = text;
  }, 50);
}

export function init(button: HTMLElement): void {
  const label = button.textContent;
  let timer: ReturnType<typeof setTimeout>;
  button.addEventListener('click', () => {
    // A citation is copied as the page shows it now, with the reader's accessed day.
    const from = document.getElementById(button.dataset.copyFrom ?? '');
    const text = from ? from.textContent!.replace(/\s+/g, ' ').trim() : button.dataset.copy!;
    const copying = navigator.clipboard?.writeText(text);
    if (!copying) return announce('failed');
    copying.then(
      () => {
        announce('done');
        // Seen as well as heard, for three seconds, long enough to read and short enough to copy again.
        button.textContent = button.dataset.copied!;
        clearTimeout(timer);
        timer = setTimeout(() => (button.textContent = label), 3000);
      },
      () => announce('failed'),
    );
  });
}

/** A button that copies its `data-copy` text (a link, a citation) and says whether that worked. */

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
  button.addEventListener('click', () => {
    const text = button.dataset.copy ?? '';
    if (!navigator.clipboard) return announce('failed');
    navigator.clipboard.writeText(text).then(
      () => announce('done'),
      () => announce('failed'),
    );
  });
}

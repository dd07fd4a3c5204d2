/**
 * The "accessed" day of a citation: the page was built with the build day, and
 * the reader is citing it today, in their own time zone, in the style's own
 * writing of a day ("1 December 2026", "December 1, 2026", 「2026年12月1日」).
 */
export function init(time: HTMLElement): void {
  const today = new Date();
  time.textContent = today.toLocaleDateString(time.dataset.dateStyle, { dateStyle: 'long' });
  time.setAttribute('datetime', today.toLocaleDateString('en-CA'));
}

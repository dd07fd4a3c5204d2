/** "Print this page": the browser's own print dialog, which the print stylesheet prepares for. */
export function init(button: HTMLElement): void {
  button.addEventListener('click', () => window.print());
}

import { createHash } from 'node:crypto';

/** The CSP hash of an inline script or style, as browsers compute it. */
export function cspHash(source: string): string {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

/**
 * The script in every page. Tiny on purpose: it only wires up what loads later.
 * Search code loads when a reader starts a search (focus on a search box, or "/"
 * anywhere); the language a reader picks is remembered for their next visit to "/".
 * Plain ES2017 so that every browser that runs it understands it.
 */
export const BOOTSTRAP_SCRIPT = `(function () {
  var header = document.querySelector('form[data-header-search]');
  var page = document.getElementById('search-app');
  var box = (page || header || document).querySelector('input[type=search]');
  if (page) import('/search/page.js').then(function (m) { m.mountSearchPage(page); });
  if (header) header.addEventListener('focusin', function () {
    import('/search/header.js').then(function (m) { m.mountHeaderSearch(header); });
  }, { once: true });
  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || !box) return;
    if (e.target.closest && e.target.closest('input, textarea, select, [contenteditable]')) return;
    e.preventDefault();
    box.focus();
  });
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('a[data-locale]');
    try { if (link) localStorage.setItem('blueprint:locale', link.getAttribute('data-locale')); } catch (_) {}
  });
})();`;

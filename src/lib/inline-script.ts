import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';

/** Inline scripts travel in every page: written to be read, shipped minified. */
function minify(source: string): string {
  return transformSync(source, { minify: true, target: 'es2017', charset: 'utf8' }).code.trim();
}

/** The CSP hash of an inline script or style, as browsers compute it. */
export function cspHash(source: string): string {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

/**
 * The first thing in every page's <head>: marks that JavaScript runs (so
 * controls that need it show) and applies the reader's saved text size and
 * theme before anything paints, so nothing shifts or flashes.
 */
export const PREFERENCES_SCRIPT = minify(`(function () {
  var d = document.documentElement;
  d.classList.add('js');
  try {
    var size = localStorage.getItem('blueprint:text-size');
    var theme = localStorage.getItem('blueprint:theme');
    if (size === '1' || size === '2') d.setAttribute('data-text-size', size);
    if (theme === 'light' || theme === 'dark') d.setAttribute('data-theme', theme);
  } catch (_) {}
})();`);

/**
 * The script in every page. Tiny on purpose: it only wires up what loads later.
 * Search code loads when a reader starts a search (focus on a search box, or "/"
 * anywhere); the language a reader picks is remembered for their next visit to "/".
 * Plain ES2017 so that every browser that runs it understands it.
 */
export const BOOTSTRAP_SCRIPT = minify(`(function () {
  var header = document.querySelector('form[data-header-search]');
  var page = document.getElementById('search-app');
  var box = (page || header || document).querySelector('input[type=search]');
  if (page) import('/search/page.js').then(function (m) { m.mountSearchPage(page); });
  var filter = document.getElementById('measure-filter');
  if (filter) filter.addEventListener('focusin', function () {
    import('/search/measures-filter.js').then(function (m) { m.mountMeasureFilter(filter); });
  }, { once: true });
  if (header) header.addEventListener('focusin', function () {
    import('/search/header.js').then(function (m) { m.mountHeaderSearch(header); });
  }, { once: true });
  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || !box) return;
    if (e.target.closest && e.target.closest('input, textarea, select, [contenteditable]')) return;
    e.preventDefault();
    box.focus();
  });
  var d = document.documentElement;
  var announcer = document.getElementById('announcer');
  function announce(text) {
    if (!announcer) return;
    announcer.textContent = '';
    setTimeout(function () { announcer.textContent = text; }, 50);
  }
  function current(name) {
    return name === 'theme' ? d.getAttribute('data-theme') || 'auto' : d.getAttribute('data-text-size') || '0';
  }
  function sync() {
    document.querySelectorAll('[data-pref]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-value') === current(b.getAttribute('data-pref'))));
    });
  }
  function save(name, value) {
    var attr = name === 'theme' ? 'data-theme' : 'data-text-size';
    var plain = value === 'auto' || value === '0';
    if (plain) d.removeAttribute(attr); else d.setAttribute(attr, value);
    try {
      if (plain) localStorage.removeItem('blueprint:' + name); else localStorage.setItem('blueprint:' + name, value);
    } catch (_) {}
    sync();
  }
  sync();
  document.addEventListener('click', function (e) {
    var t = e.target.closest ? e.target : e.target.parentElement;
    var link = t.closest('a[data-locale]');
    try { if (link) localStorage.setItem('blueprint:locale', link.getAttribute('data-locale')); } catch (_) {}
    var pref = t.closest('[data-pref]');
    if (pref) save(pref.getAttribute('data-pref'), pref.getAttribute('data-value'));
    if (t.closest('[data-print-page]')) window.print();
    var copy = t.closest('[data-copy]');
    if (copy && announcer) {
      var done = function () { announce(announcer.getAttribute('data-done')); };
      var failed = function () { announce(announcer.getAttribute('data-failed')); };
      if (navigator.clipboard) navigator.clipboard.writeText(copy.getAttribute('data-copy')).then(done, failed); else failed();
    }
  });
})();`);

import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { INLINE_MODULES, LAZY_MODULES, LAZY_MODULE_PATH } from '../../src/client/modules.ts';
import { cspHashes } from '../../src/lib/headers.ts';
import { inlineScript } from '../../src/lib/integrations/client-bundle.ts';
import { DIST, PAGES, readPage } from '../helpers/site.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { manifestPath } from '../../src/lib/search/manifest.ts';

const ALL_PAGES = [...PAGES, '404.html'];
const compiled = [inlineScript('before-paint'), inlineScript('main')];

describe('the client code in the built pages', () => {
  it.each(ALL_PAGES)('%s runs only the inline scripts compiled from src/client, each admitted by its hash', (page) => {
    const html = readPage(page);
    const inline = parse(html)
      .querySelectorAll('script')
      .filter((s) => !s.getAttribute('src') && !(s.getAttribute('type') ?? '').includes('json'))
      .map((s) => s.rawText);
    expect(inline.length).toBeGreaterThan(0);
    const allowed = cspHashes(html).script;
    for (const code of inline) {
      const script = compiled.find((c) => c.code === code);
      expect(script, code.slice(0, 80)).toBeDefined();
      expect(allowed).toContain(script!.hash);
    }
  });

  it.each(ALL_PAGES)('%s names only modules that exist: inline in the entry, or built into %s', (page) => {
    const names = parse(readPage(page))
      .querySelectorAll('[data-module]')
      .map((el) => el.getAttribute('data-module')!);
    for (const name of names) {
      if (name in LAZY_MODULES) expect(fs.existsSync(path.join(DIST, LAZY_MODULE_PATH, `${name}.js`)), `${name}.js`).toBe(true);
      else expect(Object.keys(INLINE_MODULES), name).toContain(name);
    }
  });
});

describe('the published search files', () => {
  const files = fs.readdirSync(path.join(DIST, 'pagefind'));

  it('leave out the Pagefind UI bundles and the worker the site does not use', () => {
    expect(files.filter((f) => /ui\.(js|css)$|highlight|worker/.test(f))).toEqual([]);
  });

  it('keep what the search code loads: the API, the WebAssembly and the index, and each locale its result list', () => {
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'index', 'fragment', 'filter']));
    for (const locale of LOCALE_CODES) expect(fs.existsSync(path.join(DIST, manifestPath(locale))), locale).toBe(true);
    expect(files.some((f) => /^wasm\..+\.pagefind$/.test(f))).toBe(true);
    expect(files.some((f) => f.endsWith('.pf_meta'))).toBe(true);
  });
});

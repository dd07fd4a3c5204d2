import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtPages, verifyBuiltSite } from '../../../src/lib/verify-build.ts';

let dir: string;

function write(relative: string, content = '<!doctype html>') {
  const full = path.join(dir, relative);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, content);
}

/** A complete small site: root, 404, search index and two pages in each locale. */
function completeSite() {
  write('index.html');
  write('404.html');
  write('pagefind/pagefind-entry.json', '{}');
  for (const locale of ['en', 'tc', 'sc']) {
    write(`${locale}/index.html`);
    write(`${locale}/strategies/index.html`);
  }
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-build-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('builtPages', () => {
  it('lists every index.html as a sorted site path with a trailing slash', () => {
    completeSite();
    write('en/strategies/3-venture/index.html');
    expect(builtPages(dir)).toEqual([
      '/',
      '/en/',
      '/en/strategies/',
      '/en/strategies/3-venture/',
      '/sc/',
      '/sc/strategies/',
      '/tc/',
      '/tc/strategies/',
    ]);
  });

  it('ignores other files', () => {
    write('404.html');
    write('en/data.json', '{}');
    write('en/about/page.html');
    write('pagefind/pagefind-entry.json', '{}');
    expect(builtPages(dir)).toEqual([]);
  });

  it('is empty for a folder that does not exist', () => {
    expect(builtPages(path.join(dir, 'missing'))).toEqual([]);
  });
});

describe('verifyBuiltSite', () => {
  it('finds nothing missing in a complete site', () => {
    completeSite();
    expect(verifyBuiltSite(dir)).toEqual([]);
  });

  it('reports everything missing from an empty folder', () => {
    expect(verifyBuiltSite(dir)).toEqual([
      'missing page /',
      'missing page /en/',
      'missing 404.html',
      'missing search index (pagefind/pagefind-entry.json)',
    ]);
  });

  it('reports a missing root page', () => {
    completeSite();
    fs.rmSync(path.join(dir, 'index.html'));
    expect(verifyBuiltSite(dir)).toEqual(['missing page /']);
  });

  it('reports a missing 404 page', () => {
    completeSite();
    fs.rmSync(path.join(dir, '404.html'));
    expect(verifyBuiltSite(dir)).toEqual(['missing 404.html']);
  });

  it('reports a missing search index', () => {
    completeSite();
    fs.rmSync(path.join(dir, 'pagefind'), { recursive: true });
    expect(verifyBuiltSite(dir)).toEqual(['missing search index (pagefind/pagefind-entry.json)']);
  });

  it('reports an English page without its twins, and the page counts that differ', () => {
    completeSite();
    write('en/strategies/3-venture/index.html');
    write('tc/strategies/3-venture/index.html');
    expect(verifyBuiltSite(dir)).toEqual([
      'missing /sc/strategies/3-venture/ (the twin of /en/strategies/3-venture/)',
      '/sc/ has 2 pages, English has 3',
    ]);
  });

  it('reports a locale with pages English does not have', () => {
    completeSite();
    write('tc/extra/index.html');
    expect(verifyBuiltSite(dir)).toEqual(['/tc/ has 3 pages, English has 2']);
  });

  it('reports a missing English home page and the twins it takes with it', () => {
    completeSite();
    fs.rmSync(path.join(dir, 'en', 'index.html'));
    expect(verifyBuiltSite(dir)).toEqual(['missing page /en/', '/tc/ has 2 pages, English has 1', '/sc/ has 2 pages, English has 1']);
  });
});

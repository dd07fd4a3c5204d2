import { describe, expect, it } from 'vitest';
import { blockingResources, inlineBytes, pageWeight } from '../../src/lib/budgets.ts';

const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('what blocks the first render', () => {
  it('counts stylesheets and classic scripts in <head>, not print styles, async, deferred or module scripts', () => {
    const html = page(
      '<link rel="stylesheet" href="/a.css"><link rel="stylesheet" media="print" href="/p.css">' +
        '<script src="/b.js"></script><script src="/c.js" defer></script><script src="/d.js" async></script><script type="module" src="/e.js"></script>',
    );
    expect(blockingResources(html)).toEqual([
      { kind: 'stylesheet', href: '/a.css' },
      { kind: 'script', href: '/b.js' },
    ]);
  });

  it('counts inline JavaScript but not JSON data blocks', () => {
    const html = page('<script>var a=1;</script><script type="application/ld+json">{"x":1}</script><style>p{}</style>');
    expect(inlineBytes(html)).toEqual({ script: 8, style: 3 });
  });

  it('lists every script fetched on load, wherever it is', () => {
    const weight = pageWeight(page('', '<script type="module" src="/late.js"></script>'));
    expect(weight.scriptsOnLoad).toEqual(['/late.js']);
    expect(weight.blocking).toEqual([]);
    expect(weight.htmlGzip).toBeGreaterThan(0);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownTargets } from '../../src/lib/check/body-check.ts';
import { DEFAULT_LOCALE } from '../../src/i18n/locales.ts';
import { DIST, PAGES } from '../helpers/site.ts';

/** The slugs of a collection, from the default locale's files: every other locale has the same pages. */
const slugsOf = (collection: string) =>
  fs
    .readdirSync(path.join('content', collection, DEFAULT_LOCALE))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));

const targets = knownTargets({
  directions: slugsOf('directions'),
  strategies: slugsOf('strategies').map((slug) => ({ slug })),
  updates: slugsOf('updates'),
  pages: slugsOf('pages'),
});

describe('the pages content may link to', () => {
  it('include every page the build made, but the cite pages, which their own pages link to', () => {
    expect(PAGES.filter((page) => !targets.paths.has(page) && !/^\/\w+\/cite\//.test(page))).toEqual([]);
  });

  it('are all built, so a link the content check accepts never leads to a missing page', () => {
    const missing = [...targets.paths].filter(
      (p) => !fs.existsSync(p.endsWith('/') ? path.join(DIST, p, 'index.html') : path.join(DIST, p)),
    );
    expect(missing).toEqual([]);
  });
});

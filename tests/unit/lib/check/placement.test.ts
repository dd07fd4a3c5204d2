import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../../../src/lib/check/entry.ts';
import { contentDirOf, placementOf } from '../../../../src/lib/check/placement.ts';

const at = (relative: string, extra: Partial<SourceFile> = {}): SourceFile => ({
  path: `content/${relative}`,
  relative,
  text: '',
  ...extra,
});

describe('placementOf', () => {
  it('reads the collection, locale and slug off a well-placed file', () => {
    expect(placementOf(at('strategies/en/3-venture-financing.mdx'))).toEqual({
      collection: 'strategies',
      locale: 'en',
      slug: '3-venture-financing',
    });
  });

  it('asks for <collection>/<locale>/<slug>.mdx when a file sits too high or too deep', () => {
    const problem = 'content files belong at <collection>/<locale>/<slug>.mdx';
    expect(placementOf(at('strategies/3-venture-financing.mdx'))).toEqual({ problem });
    expect(placementOf(at('strategies/en/old/3-venture-financing.mdx'))).toEqual({ problem });
  });

  it('names the known collections when the folder is not one', () => {
    expect(placementOf(at('strategy/en/a.mdx'))).toEqual({
      problem: '"strategy" is not a collection (known: directions, strategies, updates, indicators, pages)',
    });
  });

  it('names the known locales when the folder is not one', () => {
    expect(placementOf(at('pages/zh/about.mdx'))).toEqual({ problem: '"zh" is not a locale (known: en, tc, sc)' });
  });

  it('wants the .mdx ending', () => {
    expect(placementOf(at('pages/en/about.md'))).toEqual({ problem: 'content files must end in .mdx' });
  });

  it('wants lower-case letters, digits and single hyphens in the file name', () => {
    expect(placementOf(at('pages/en/About--us.mdx'))).toEqual({
      problem: 'file name "About--us" must be lower-case letters, digits and single hyphens',
    });
  });

  it('reports a linked folder for its link, not for where it sits', () => {
    const unreadable = { line: 1, message: 'is a link' };
    expect(placementOf(at('pages/en', { unreadable }))).toEqual({ problem: 'is a link', line: 1 });
  });

  it('still places an unreadable file that sits where it should, so it counts as a broken item', () => {
    expect(placementOf(at('pages/en/about.mdx', { unreadable: { line: 1, message: 'is not UTF-8' } }))).toEqual({
      collection: 'pages',
      locale: 'en',
      slug: 'about',
    });
  });
});

describe('contentDirOf', () => {
  it('reads the content folder off the files', () => {
    expect(contentDirOf([{ path: 'fixtures/site/content/pages/en/about.mdx', relative: 'pages/en/about.mdx', text: '' }])).toBe(
      'fixtures/site/content',
    );
  });

  it('says "." when the content folder is the project itself', () => {
    expect(contentDirOf([{ path: 'pages/en/about.mdx', relative: 'pages/en/about.mdx', text: '' }])).toBe('.');
  });

  it('falls back to content when there are no files', () => {
    expect(contentDirOf([])).toBe('content');
  });
});

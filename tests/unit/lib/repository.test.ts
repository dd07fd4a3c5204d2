import { describe, expect, it } from 'vitest';
import { editUrl, reportUrl } from '../../../src/lib/repository.ts';

const config = { repository: 'https://github.com/hk-it-blueprint/site', branch: 'main' };

describe('editUrl', () => {
  it('points at the file on the branch', () => {
    expect(editUrl(config, 'content/strategies/en/3-venture-financing.mdx')).toBe(
      'https://github.com/hk-it-blueprint/site/edit/main/content/strategies/en/3-venture-financing.mdx',
    );
  });

  it('ignores a trailing slash on the repository address', () => {
    expect(editUrl({ ...config, repository: 'https://github.com/hk-it-blueprint/site/' }, 'a/b.mdx')).toBe(
      'https://github.com/hk-it-blueprint/site/edit/main/a/b.mdx',
    );
  });

  it('uses the configured branch', () => {
    expect(editUrl({ ...config, branch: 'draft' }, 'x.mdx')).toBe('https://github.com/hk-it-blueprint/site/edit/draft/x.mdx');
  });

  it('encodes each path segment but keeps the slashes', () => {
    expect(editUrl(config, 'content/pages/tc/關於 我們#1.mdx')).toBe(
      'https://github.com/hk-it-blueprint/site/edit/main/content/pages/tc/%E9%97%9C%E6%96%BC%20%E6%88%91%E5%80%91%231.mdx',
    );
  });
});

describe('reportUrl', () => {
  function params(url: string) {
    const parsed = new URL(url);
    return { base: `${parsed.origin}${parsed.pathname}`, title: parsed.searchParams.get('title'), body: parsed.searchParams.get('body') };
  }

  it('opens a new issue titled after the page, with its address and file in the body', () => {
    const url = reportUrl(config, { title: 'About', url: 'https://example.org/en/about/', filePath: 'content/pages/en/about.mdx' });
    expect(params(url)).toEqual({
      base: 'https://github.com/hk-it-blueprint/site/issues/new',
      title: 'Problem on "About"',
      body: 'Page: https://example.org/en/about/\nFile: content/pages/en/about.mdx\n\nWhat is wrong:\n',
    });
  });

  it('leaves out the file line for pages without a source file', () => {
    const url = reportUrl(config, { title: 'Search', url: 'https://example.org/en/search/' });
    expect(params(url).body).toBe('Page: https://example.org/en/search/\n\nWhat is wrong:\n');
  });

  it('encodes the query so titles with & and # survive', () => {
    const url = reportUrl({ ...config, repository: `${config.repository}/` }, { title: 'R&D #1 創新', url: 'https://example.org/tc/' });
    expect(url.startsWith('https://github.com/hk-it-blueprint/site/issues/new?title=')).toBe(true);
    expect(url).not.toContain('R&D');
    expect(url).not.toContain('#');
    expect(params(url).title).toBe('Problem on "R&D #1 創新"');
  });
});

import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { indexableHtml } from '../../../../src/lib/search/indexable-html.ts';
import { HAN_SEPARATOR } from '../../../../src/lib/search/han-words.ts';

const textOf = (html: string) => parse(html).text;

describe('the copy of a page the search index reads', () => {
  it('keeps table cells and list items apart, so that a year and a value stay two words', () => {
    const html =
      '<table><tr><th>Year</th><th>Value</th></tr><tr><td>2022</td><td>3,985</td></tr></table><dl><dt>Baseline</dt><dd>2022</dd></dl>';
    expect(textOf(indexableHtml(html)).split(/\s+/).filter(Boolean)).toEqual(['Year', 'Value', '2022', '3,985', 'Baseline', '2022']);
  });

  it('separates Han characters and leaves attributes alone', () => {
    expect(indexableHtml('<li data-pagefind-meta="title:上市">上市</li>')).toBe(
      `<li data-pagefind-meta="title:上市">上${HAN_SEPARATOR}市 </li>`,
    );
  });
});

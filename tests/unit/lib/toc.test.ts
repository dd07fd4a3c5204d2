import { describe, expect, it } from 'vitest';
import { headingsToToc } from '../../../src/lib/toc.ts';

const headings = [
  { depth: 1, slug: 'title', text: 'Title' },
  { depth: 2, slug: 'background', text: 'Background' },
  { depth: 3, slug: 'detail', text: 'Detail' },
  { depth: 2, slug: '發展藍圖', text: '發展藍圖' },
  { depth: 4, slug: 'deep', text: 'Deep' },
];

describe('headingsToToc', () => {
  it('lists only the level-2 headings, in order', () => {
    expect(headingsToToc(headings)).toEqual([
      { id: 'background', label: 'Background' },
      { id: '發展藍圖', label: '發展藍圖' },
    ]);
  });

  it('converts ids and labels to Simplified when the body is converted', () => {
    expect(headingsToToc(headings, true)).toEqual([
      { id: 'background', label: 'Background' },
      { id: '发展蓝图', label: '发展蓝图' },
    ]);
  });

  it('is empty when there are no level-2 headings', () => {
    expect(headingsToToc([{ depth: 3, slug: 'a', text: 'A' }])).toEqual([]);
    expect(headingsToToc([])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { resultView } from '../../../../src/lib/search/results.ts';
import { KEYWORDS_MARK } from '../../../../src/lib/search/excerpt.ts';
import { queryTerms } from '../../../../src/lib/search/terms.ts';
import type { ResultEntry } from '../../../../src/lib/search/manifest.ts';

const textOf = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const measure: ResultEntry = {
  url: '/tc/s/3/#measure-3-2',
  title: '3.2 優化現行上市制度',
  kind: 'measure',
  context: '策略 3：創投',
  keywords: ['IPO'],
};
const page: ResultEntry = { url: '/en/committee/', title: 'The Committee', kind: 'page', keywords: ['advisory body'] };

describe('resultView', () => {
  it('shows a measure as its marked title and context, with no excerpt repeating its text', () => {
    const view = resultView(measure, queryTerms('上市制度'), 'zh-HK', 'ignored');
    expect(view.title).toEqual([
      { text: '3.2 優化現行', marked: false },
      { text: '上市制度', marked: true },
    ]);
    expect(view.context).toBe('策略 3：創投');
    expect(view.excerpt).toEqual([]);
  });

  it('gives a page an excerpt from its text, without its title or keywords', () => {
    const content = `The Committee. A committee chaired by the Secretary advises on the Blueprint. ${KEYWORDS_MARK} advisory body`;
    const view = resultView(page, queryTerms('advises'), 'en', content);
    expect(textOf(view.excerpt)).toBe('A committee chaired by the Secretary advises on the Blueprint.');
    expect(view.excerpt.filter((p) => p.marked).map((p) => p.text)).toEqual(['advises']);
  });

  it('reads Pagefind’s block breaks in Chinese text as full stops', () => {
    const content = '委 ​員 ​會. 重 ​點 ​範 ​疇 ​1. 促 ​進 ​合 ​作';
    expect(textOf(resultView({ ...page, title: '委員會' }, queryTerms('合作'), 'zh-HK', content).excerpt)).toBe('重點範疇 1。促進合作');
  });

  it('has no excerpt while its fragment is not loaded', () => {
    expect(resultView(page, queryTerms('x'), 'en').excerpt).toEqual([]);
  });
});

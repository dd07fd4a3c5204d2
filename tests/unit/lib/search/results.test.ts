import { describe, expect, it } from 'vitest';
import { toResultView, withoutRepeats, type PagefindData, type ResultView } from '../../../../src/lib/search/results.ts';
import { KEYWORDS_MARK } from '../../../../src/lib/search/excerpt.ts';
import { SEARCH_KINDS } from '../../../../src/lib/search/query.ts';
import { contentModels } from '../../../helpers/content-models.ts';

const { en } = contentModels();

const data = (over: Partial<PagefindData> = {}): PagefindData => ({
  url: '/en/x/',
  excerpt: 'a <mark>b</mark>',
  meta: { title: 'X' },
  ...over,
});

describe('toResultView', () => {
  it('takes the kind from the kind filter, then from the meta, and falls back to a page', () => {
    expect(toResultView(data({ filters: { kind: ['measure'] }, meta: { title: 'X', kind: 'strategy' } })).kind).toBe('measure');
    expect(toResultView(data({ meta: { title: 'X', kind: 'update' } })).kind).toBe('update');
    expect(toResultView(data()).kind).toBe('page');
  });

  it('knows every kind the search filters offer, and no other', () => {
    for (const kind of SEARCH_KINDS) expect(toResultView(data({ filters: { kind: [kind] } })).kind).toBe(kind);
    for (const unknown of ['constructor', 'toString', 'Measure', ''])
      expect(toResultView(data({ filters: { kind: [unknown] } })).kind, unknown).toBe('page');
  });

  it('is titled by its URL when Pagefind found no title', () => {
    expect(toResultView(data({ meta: {} })).title).toBe('/en/x/');
  });

  it('shows the summary when only the keywords matched', () => {
    const view = toResultView(data({ excerpt: `text ${KEYWORDS_MARK} <mark>fintech</mark>`, meta: { title: 'X', summary: 'Summary' } }));
    expect(view.excerpt).toEqual([{ text: 'Summary', marked: false }]);
  });

  it('lists, for every real strategy, only the sub-results that link to an anchor on it, at most the number asked for', () => {
    for (const s of en.strategies) {
      const subs = [
        { url: s.href, title: 'The page itself', excerpt: '' },
        ...s.measures.map((m) => ({ url: m.href, title: `${m.id} ${m.text}`, excerpt: `<mark>${m.id}</mark> ${KEYWORDS_MARK} kw` })),
      ];
      const view = toResultView(data({ url: s.href, filters: { kind: ['strategy'] }, sub_results: subs }), 2);
      expect(view.subResults.map((x) => x.url)).toEqual(s.measures.slice(0, 2).map((m) => m.href));
      for (const sub of view.subResults) expect(sub.excerpt.map((p) => p.text).join('')).not.toContain(KEYWORDS_MARK);
    }
  });

  it('keeps sub-results for strategies, directions and pages, not for measures or updates', () => {
    const sub_results = [{ url: '/en/x/#a', title: 'A', excerpt: 'a' }];
    const count = (kind: string) => toResultView(data({ filters: { kind: [kind] }, sub_results })).subResults.length;
    expect(SEARCH_KINDS.map((k) => [k, count(k)])).toEqual([
      ['direction', 1],
      ['strategy', 1],
      ['measure', 0],
      ['update', 0],
      ['page', 1],
    ]);
  });
});

describe('withoutRepeats', () => {
  const view = (url: string, subs: string[] = []): ResultView => ({
    url,
    title: url,
    kind: 'strategy',
    excerpt: [],
    subResults: subs.map((s) => ({ url: s, title: s, excerpt: [] })),
  });

  it('drops a measure result already shown as a sub-result of its strategy above', () => {
    const s = en.strategies[2]!;
    const [m] = s.measures;
    const out = withoutRepeats([view(s.href, [m!.href]), view(m!.href)]);
    expect(out.map((r) => r.url)).toEqual([s.href]);
  });

  it('drops a sub-result already shown as a result of its own above', () => {
    const s = en.strategies[2]!;
    const [m, n] = s.measures;
    const out = withoutRepeats([view(m!.href), view(s.href, [m!.href, n!.href])]);
    expect(out.map((r) => [r.url, r.subResults.map((x) => x.url)])).toEqual([
      [m!.href, []],
      [s.href, [n!.href]],
    ]);
  });

  it('shows every address once over a whole result list of the real measures', () => {
    const results = en.strategies.flatMap((s) => [
      view(
        s.href,
        s.measures.map((m) => m.href),
      ),
      ...s.measures.map((m) => view(m.href)),
    ]);
    const out = withoutRepeats(results);
    const urls = out.flatMap((r) => [r.url, ...r.subResults.map((x) => x.url)]);
    expect(new Set(urls).size).toBe(urls.length);
    expect(new Set(urls)).toEqual(new Set([...en.strategies.map((s) => s.href), ...en.measures.map((m) => m.href)]));
  });

  it('does not change the results it is given', () => {
    const input = [view('/a/', ['/a/#1']), view('/a/#1')];
    const copy = structuredClone(input);
    withoutRepeats(input);
    expect(input).toEqual(copy);
  });
});

import { describe, expect, it } from 'vitest';
import { mergeAnyWord, promoteTitleMatches, significantWords } from '../../../../src/lib/search/rank.ts';
import { LOCALE_CODES } from '../../../../src/i18n/locales.ts';
import { contentModels } from '../../../helpers/content-models.ts';

const models = contentModels();
const r = (id: string, score = 1) => ({ id, score });
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('significantWords', () => {
  it('drops English stop words, whatever their case', () => {
    expect(significantWords('Housing FOR the researchers')).toEqual(['Housing', 'researchers']);
  });

  it('keeps the query when it is only stop words, so it still finds something', () => {
    expect(significantWords('What is the')).toEqual(['What', 'is', 'the']);
  });

  it('keeps Chinese queries whole and splits mixed ones at spaces', () => {
    expect(significantWords('金融科技')).toEqual(['金融科技']);
    expect(significantWords(' HKIC  投資 ')).toEqual(['HKIC', '投資']);
  });

  it('has no words for an empty query', () => {
    expect(significantWords('   ')).toEqual([]);
  });
});

describe('mergeAnyWord', () => {
  it('keeps the all-words results first and in their order', () => {
    expect(ids(mergeAnyWord([r('b'), r('a')], [[r('a'), r('c')]]))).toEqual(['b', 'a', 'c']);
  });

  it('orders the other results by how many words they match, then by their summed score', () => {
    const merged = mergeAnyWord(
      [],
      [
        [r('one-word-high', 9), r('two-words-low', 0.1), r('two-words-high', 1)],
        [r('two-words-low', 0.1), r('two-words-high', 1)],
      ],
    );
    expect(ids(merged)).toEqual(['two-words-high', 'two-words-low', 'one-word-high']);
  });

  it('lists each result once, as the first object seen for it', () => {
    const first = r('x', 1);
    const merged = mergeAnyWord([], [[first], [r('x', 5)]]);
    expect(merged).toEqual([first]);
    expect(merged[0]).toBe(first);
  });

  it('keeps the order of equal results, so the ranking is stable', () => {
    expect(ids(mergeAnyWord([], [[r('p'), r('q'), r('s')]]))).toEqual(['p', 'q', 's']);
  });

  it('returns the all-words results alone when no word matched anything else', () => {
    expect(ids(mergeAnyWord([r('a')], [[], []]))).toEqual(['a']);
  });
});

/** Every title of the real content that a reader may type: strategies, directions and measures, in every locale. */
const titles = LOCALE_CODES.flatMap((locale) => {
  const m = models[locale];
  return [
    ...m.directions.map((d) => ({ locale, title: d.item.data.title })),
    ...m.strategies.map((s) => ({ locale, title: s.item.data.title })),
    ...m.measures.map((x) => ({ locale, title: `${x.id} ${x.text}` })),
  ];
});

describe('promoteTitleMatches on the real titles', () => {
  it.each(titles)('[$locale] typing “$title” puts that result first', ({ locale, title }) => {
    const results = titles.filter((x) => x.locale === locale);
    expect(promoteTitleMatches(results, title)[0]!.title).toBe(title);
  });

  it.each(titles)('[$locale] typing “$title” with other case and punctuation still puts it first', ({ locale, title }) => {
    const results = titles.filter((x) => x.locale === locale);
    const typed = `${title.toUpperCase().replace(/[，、。：,.:]/g, ' ')}?`;
    expect(promoteTitleMatches(results, typed)[0]!.title).toBe(title);
  });
});

describe('promoteTitleMatches', () => {
  const results = [
    { title: 'Other page' },
    { title: 'Venture financing for start-ups' },
    { title: 'Financing start-ups and venture capital' },
    { title: 'Venture financing' },
  ];

  it('ranks the exact title, then a title containing the query, then one with all its words, then the rest', () => {
    expect(promoteTitleMatches(results, 'venture financing').map((x) => x.title)).toEqual([
      'Venture financing',
      'Venture financing for start-ups',
      'Financing start-ups and venture capital',
      'Other page',
    ]);
  });

  it('ignores stop words when looking for all the words', () => {
    expect(promoteTitleMatches([{ title: 'B' }, { title: 'Talent housing' }], 'housing for the talent')[0]!.title).toBe('Talent housing');
  });

  it('keeps the order for an empty query and does not change its input', () => {
    const copy = [...results];
    expect(promoteTitleMatches(results, ' ')).toEqual(results);
    promoteTitleMatches(results, 'venture financing');
    expect(results).toEqual(copy);
  });
});

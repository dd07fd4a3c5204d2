import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  SEARCH_KINDS,
  cleanQuery,
  pagefindFilters,
  paramsFromState,
  stateFromParams,
  type SearchKind,
  type SearchState,
} from '../../../../src/lib/search/query.ts';
import { contentModels } from '../../../helpers/content-models.ts';

const { en } = contentModels();

/** Every subset of the kinds, in the order the UI lists them. */
const kindSets: SearchKind[][] = Array.from({ length: 2 ** SEARCH_KINDS.length }, (_, mask) =>
  SEARCH_KINDS.filter((_, i) => mask & (1 << i)),
);

/** Every filter a reader can choose on the real content: each kind set, each direction and strategy, or none. */
const states: SearchState[] = kindSets.flatMap((kinds) => [
  { q: 'fintech', kinds },
  ...en.directions.map((d) => ({ q: '金融科技', kinds, direction: d.number })),
  ...en.strategies.map((s) => ({ q: 'GBA 大湾区', kinds, direction: s.directionNumber, strategy: s.number })),
]);

describe('a search restored from its link', () => {
  it('is the search that was shared, for every combination of filters on the real content', () => {
    for (const state of states) {
      const restored = stateFromParams(new URLSearchParams(paramsFromState(state).toString()));
      expect(restored, paramsFromState(state).toString()).toEqual({ direction: undefined, strategy: undefined, ...state });
    }
  });

  it('leaves out what was not chosen, so the shortest link is shared', () => {
    expect(paramsFromState({ q: '', kinds: [] }).toString()).toBe('');
    expect(paramsFromState({ q: 'a b', kinds: ['measure'] }).toString()).toBe('q=a+b&kind=measure');
  });
});

describe('stateFromParams', () => {
  it('drops unknown kinds, repeats and blanks, keeping the known ones in the order given', () => {
    expect(stateFromParams(new URLSearchParams('kind=measure, strategy,,Measure,nope,measure')).kinds).toEqual(['measure', 'strategy']);
  });

  it('accepts only small positive whole numbers for direction and strategy', () => {
    for (const bad of ['0', '-1', '1.5', '1e2', 'x', '', '1000', ' 3']) {
      const state = stateFromParams(new URLSearchParams({ direction: bad, strategy: bad }));
      expect([state.direction, state.strategy], bad).toEqual([undefined, undefined]);
    }
    expect(stateFromParams(new URLSearchParams('direction=3&strategy=12'))).toMatchObject({ direction: 3, strategy: 12 });
  });

  it('cleans the query as typed into the box', () => {
    expect(stateFromParams(new URLSearchParams({ q: '  Lok\tMa\nChau  ' })).q).toBe('Lok Ma Chau');
  });

  it('is an empty search for an empty query string', () => {
    expect(stateFromParams(new URLSearchParams())).toEqual({ q: '', kinds: [], direction: undefined, strategy: undefined });
  });
});

describe('cleanQuery', () => {
  it('turns control, zero-width and line-separator characters into single spaces', () => {
    expect(cleanQuery('a\u0000b\u200bc\u2028d\ufeffe\u0085f')).toBe('a b c d e f');
  });

  it('keeps queries in every script as typed, apart from outer white space', () => {
    for (const q of ['金融科技', '网络安全', 'HKIC 投資', 'Lok Ma Chau Loop', 'co-operation']) expect(cleanQuery(` ${q} `)).toBe(q);
  });

  it(`cuts at ${MAX_QUERY_LENGTH} characters without splitting a character outside the BMP`, () => {
    const emoji = '𠀋'; // two UTF-16 code units
    const cut = cleanQuery('a'.repeat(MAX_QUERY_LENGTH - 1) + emoji + 'tail');
    expect([...cut]).toHaveLength(MAX_QUERY_LENGTH);
    expect(cut.endsWith(emoji)).toBe(true);
  });

  it('does not end a cut query with a space', () => {
    expect(cleanQuery('a'.repeat(MAX_QUERY_LENGTH - 1) + ' b')).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
  });
});

describe('pagefindFilters', () => {
  it('asks for any of the chosen kinds, and for the direction and strategy numbers as text', () => {
    expect(pagefindFilters({ q: 'x', kinds: ['measure', 'strategy'], direction: 1, strategy: 3 })).toEqual({
      kind: { any: ['measure', 'strategy'] },
      direction: '1',
      strategy: '3',
    });
  });

  it('filters nothing when nothing was chosen', () => {
    expect(pagefindFilters({ q: 'x', kinds: [] })).toEqual({});
  });

  it('uses the values the strategy pages carry as filters, for every strategy of the real content', () => {
    // records.ts and the strategy page write `direction:<n>` and `strategy:<n>`: the same strings.
    for (const s of en.strategies) {
      expect(pagefindFilters({ q: '', kinds: [], direction: s.directionNumber, strategy: s.number })).toEqual({
        direction: String(s.directionNumber),
        strategy: String(s.number),
      });
    }
  });
});

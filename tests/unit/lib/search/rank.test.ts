import { describe, expect, it } from 'vitest';
import { isNamed, normalise, rankResults, relevanceTier } from '../../../../src/lib/search/rank.ts';
import { admitsFilters } from '../../../../src/lib/search/query.ts';
import type { Manifest, ResultEntry } from '../../../../src/lib/search/manifest.ts';
import { LOCALE_CODES } from '../../../../src/i18n/locales.ts';
import { contentModels } from '../../../helpers/content-models.ts';

const models = contentModels();
const entry = (url: string, title: string, keywords: string[] = []): ResultEntry => ({ url, title, kind: 'page', keywords });
const hits = (...pairs: [string, number][]) => new Map(pairs);
const ids = (ranked: { id: string }[]) => ranked.map((r) => r.id);

const manifest: Manifest = {
  loop: entry('/en/s/7/#measure-7-2', '7.2 To forge ahead with the Park in the Lok Ma Chau Loop'),
  mainland: entry('/en/s/7/', 'Co-operation with the Mainland and Macao'),
  committee: entry('/en/committee/', 'The Committee'),
  meets: entry('/en/updates/meets/', 'The Committee meets'),
  data: entry('/en/data/', 'Open data'),
  smart: entry('/en/s/6/', 'Smart city', ['open data']),
};

describe('rankResults', () => {
  it('puts results holding every part first, and drops those holding too few of them', () => {
    const parts = [hits(['loop', 1]), hits(['loop', 1], ['mainland', 9]), hits(['loop', 1]), hits(['loop', 1])];
    expect(ids(rankResults(parts, new Set(), manifest, 'Lok Ma Chau Loop'))).toEqual(['loop']);
  });

  it('counts only the parts some page holds: a misspelt word does not let "ma" alone back in', () => {
    const parts = [hits(['loop', 1]), hits(['loop', 1], ['mainland', 9]), hits(['loop', 1]), hits()];
    expect(ids(rankResults(parts, new Set(), manifest, 'Lok Ma Chau Lopp'))).toEqual(['loop']);
  });

  it('keeps partial matches, most parts first, when nothing holds every part', () => {
    const parts = [hits(['meets', 1], ['committee', 1]), hits(['committee', 1]), hits(['loop', 5])];
    expect(ids(rankResults(parts, new Set(), manifest, 'committee x loop'))).toEqual(['committee', 'loop', 'meets']);
  });

  it('puts the exact title first, then a title holding the query, then a keyword owner, then the score', () => {
    const parts = [hits(['data', 0.1], ['smart', 0.2], ['meets', 5])];
    expect(ids(rankResults(parts, new Set(), manifest, 'Open data'))).toEqual(['data', 'smart', 'meets']);
    expect(ids(rankResults([hits(['meets', 9], ['committee', 1])], new Set(), manifest, 'the committee'))).toEqual(['committee', 'meets']);
    expect(ids(rankResults([hits(['meets', 9], ['smart', 1])], new Set(), manifest, 'the committee meets'))).toEqual(['meets', 'smart']);
  });

  it('prefers, of two titles holding the query, the one it says more of', () => {
    const both = {
      a: entry('/a/', 'To accelerate the development of financial technology'),
      b: entry('/b/', 'To accelerate the development of the digital economy and smart city'),
    };
    expect(ids(rankResults([hits(['b', 9], ['a', 1])], new Set(), both, 'To accelerate the developme'))).toEqual(['a', 'b']);
  });

  it('ranks the exact phrase above the same words apart', () => {
    const parts = [hits(['meets', 1], ['committee', 2])];
    expect(ids(rankResults(parts, new Set(['meets']), manifest, 'xyz')).slice(0, 1)).toEqual(['meets']);
  });

  it('drops ids the result list does not know', () => {
    expect(ids(rankResults([hits(['gone', 1], ['data', 1])], new Set(), manifest, 'data'))).toEqual(['data']);
  });

  it('orders ties the same way every time', () => {
    const parts = [hits(['meets', 1], ['committee', 1], ['data', 1])];
    expect(ids(rankResults(parts, new Set(), manifest, 'zzz'))).toEqual(
      ids(rankResults([new Map([...parts[0]!].reverse())], new Set(), manifest, 'zzz')),
    );
  });
});

describe('relevanceTier for every real title', () => {
  const titled = LOCALE_CODES.flatMap((locale) => [
    ...models[locale].strategies.map((s) => ({ locale, title: s.item.data.title })),
    ...models[locale].measures.map((m) => ({ locale, title: `${m.id} ${m.text}` })),
  ]);

  it.each(titled)('[$locale] “$title” is the best match for itself, with or without its ID, and holds its own first half', ({ title }) => {
    expect(relevanceTier(entry('/x/', title), title)).toBe(0);
    expect(relevanceTier(entry('/x/', title), title.replace(/^\d+\.\d+ /, ''))).toBe(0);
    expect(relevanceTier(entry('/x/', title), [...title].slice(0, Math.ceil([...title].length / 2)).join(''))).toBeLessThanOrEqual(1);
  });

  it('ranks a keyword below a title: a title that says the query wins over a synonym', () => {
    expect(relevanceTier(manifest.smart!, 'open data')).toBe(2);
    expect(relevanceTier(manifest.data!, 'open data')).toBe(0);
  });

  it('finds the query in a title only where a word starts: “park in” is there, “ark in” is not', () => {
    expect(relevanceTier(manifest.loop!, 'Park in the Lok')).toBe(1);
    expect(relevanceTier(manifest.loop!, 'ark in the Lok')).toBe(3);
    // The query's last word may be half typed.
    expect(relevanceTier(manifest.loop!, 'the Lok Ma Ch')).toBe(1);
  });

  it('finds Chinese anywhere in a title, which has no spaces', () => {
    expect(relevanceTier(entry('/x/', '全速推進落馬洲河套區'), '河套')).toBe(1);
  });
});

describe('a result named by the query', () => {
  const named: Manifest = {
    s6: { url: '/tc/strategies/6/', title: '加快發展數字經濟', kind: 'strategy', keywords: [], label: '策略 6', direction: 3, strategy: 6 },
    m32: {
      url: '/tc/strategies/3/#measure-3-2',
      title: '3.2 優化現行上市制度',
      kind: 'measure',
      keywords: [],
      label: '措施 3.2',
      direction: 1,
      strategy: 3,
    },
    m61: {
      url: '/tc/strategies/6/#measure-6-1',
      title: '6.1 推動智慧政府',
      kind: 'measure',
      keywords: ['從1到N'],
      label: '措施 6.1',
      direction: 3,
      strategy: 6,
    },
  };

  it('comes first by its name, with or without a space, or by a measure’s bare ID, even when Pagefind did not find it', () => {
    expect(ids(rankResults([hits(['m61', 9])], new Set(), named, '策略6')).slice(0, 1)).toEqual(['s6']);
    expect(ids(rankResults([hits(['m61', 9]), hits(['s6', 1])], new Set(), named, '措施3.2')).slice(0, 1)).toEqual(['m32']);
    expect(ids(rankResults([], new Set(), named, '3.2'))).toEqual(['m32']);
    expect(ids(rankResults([hits(['s6', 1])], new Set(), named, '從1到N')).slice(0, 1)).toEqual(['m61']);
  });

  it('is left out when the reader’s filters leave it out', () => {
    const onlyUpdates = admitsFilters({ q: '策略6', kinds: ['update'] });
    expect(ids(rankResults([], new Set(), named, '策略6', onlyUpdates))).toEqual([]);
    expect(ids(rankResults([], new Set(), named, '3.2', admitsFilters({ q: '3.2', kinds: [], strategy: 6 })))).toEqual([]);
    expect(ids(rankResults([], new Set(), named, '3.2', admitsFilters({ q: '3.2', kinds: ['measure'], direction: 1 })))).toEqual(['m32']);
  });

  it('is not named by a part of its name', () => {
    expect(isNamed(named.s6!, '策略')).toBe(false);
    expect(isNamed(named.m32!, '3')).toBe(false);
  });
});

describe('normalise', () => {
  it('folds case, full-width forms and punctuation', () => {
    expect(normalise('  Ｇｂａ, the “Loop”! ')).toBe('gba the loop');
    expect(normalise('創科，藍圖。')).toBe('創科 藍圖');
  });
});

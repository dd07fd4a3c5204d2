import { describe, expect, it } from 'vitest';
import type { LocaleCode } from '../../../src/i18n/locales.ts';
import type { Localized, SourceEntry } from '../../../src/lib/localize.ts';
import { buildModel, type ModelInput } from '../../../src/lib/model.ts';
import type { DirectionData } from '../../../src/schemas/direction.ts';
import type { StrategyData } from '../../../src/schemas/strategy.ts';
import type { UpdateData } from '../../../src/schemas/update.ts';
import type { IndicatorData } from '../../../src/schemas/indicator.ts';
import type { PageData } from '../../../src/schemas/page.ts';

function item<D>(collection: string, slug: string, data: D, locale: LocaleCode = 'en'): Localized<D, SourceEntry<D>> {
  const source: SourceEntry<D> = { slug, locale, data, filePath: `content/${collection}/${locale}/${slug}.mdx` };
  return { slug, locale, data, origin: 'own', lang: locale === 'en' ? 'en' : 'zh-HK', source };
}

function direction(number: number, slug: string): Localized<DirectionData, SourceEntry<DirectionData>> {
  return item('directions', slug, {
    number,
    title: `Direction ${number}`,
    shortTitle: `D${number}`,
    summary: 's',
    keywords: [],
    changes: [],
  });
}

/** A strategy with one focus area per entry of `measuresPerArea`, measures numbered `n.1`, `n.2`… across areas. */
function strategy(
  number: number,
  directionNumber: number,
  slug: string,
  measuresPerArea: number[],
): Localized<StrategyData, SourceEntry<StrategyData>> {
  let k = 0;
  return item('strategies', slug, {
    number,
    direction: directionNumber,
    title: `Strategy ${number}`,
    shortTitle: `S${number}`,
    summary: 's',
    keywords: [],
    changes: [],
    focusAreas: measuresPerArea.map((count, a) => ({
      text: `Area ${number}-${a + 1}`,
      measures: Array.from({ length: count }, () => {
        k += 1;
        return { id: `${number}.${k}`, text: `Measure ${number}.${k}`, keywords: [`kw${number}${k}`] };
      }),
    })),
  });
}

function update(
  slug: string,
  date: string,
  links: { measures?: string[]; strategies?: number[] } = {},
): Localized<UpdateData, SourceEntry<UpdateData>> {
  return item('updates', slug, {
    title: slug,
    date: new Date(date),
    datePrecision: 'day',
    summary: 's',
    sources: [{ name: 'RTHK' }],
    measures: links.measures ?? [],
    strategies: links.strategies ?? [],
    keywords: [],
    changes: [],
  });
}

function indicator(order: number, slug: string): Localized<IndicatorData, SourceEntry<IndicatorData>> {
  return item('indicators', slug, {
    order,
    title: slug,
    summary: 's',
    unit: 'count',
    baseline: { value: 1, year: 2020 },
    targets: [{ value: 2, year: 2030 }],
    source: { name: 'ITIB' },
    readings: [],
    otherSeries: [],
    strategies: [],
    keywords: [],
    changes: [],
  });
}

function page(order: number, slug: string): Localized<PageData, SourceEntry<PageData>> {
  return item('pages', slug, { title: slug, summary: 's', order, keywords: [], changes: [], work: 'site' });
}

function input(overrides: Partial<ModelInput> = {}): ModelInput {
  return {
    locale: 'en',
    // Deliberately out of order.
    directions: [direction(2, '2-talent'), direction(1, '1-research')],
    strategies: [strategy(3, 2, '3-venture', [2, 1]), strategy(1, 1, '1-labs', [1]), strategy(2, 1, '2-industry', [1, 2])],
    updates: [],
    indicators: [],
    pages: [],
    ...overrides,
  };
}

describe('buildModel: strategies and directions', () => {
  it('keeps the locale', () => {
    expect(buildModel(input({ locale: 'tc' })).locale).toBe('tc');
  });

  it('orders strategies by number', () => {
    const model = buildModel(input());
    expect(model.strategies.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(model.strategies.map((s) => s.item.slug)).toEqual(['1-labs', '2-industry', '3-venture']);
  });

  it('orders directions by number', () => {
    expect(buildModel(input()).directions.map((d) => d.number)).toEqual([1, 2]);
  });

  it('does not reorder the input arrays', () => {
    const data = input();
    buildModel(data);
    expect(data.strategies.map((s) => s.data.number)).toEqual([3, 1, 2]);
    expect(data.directions.map((d) => d.data.number)).toEqual([2, 1]);
  });

  it('gives strategies and directions their paths in the model locale', () => {
    const model = buildModel(input({ locale: 'sc' }));
    expect(model.strategies.map((s) => s.href)).toEqual([
      '/sc/strategies/1-labs/',
      '/sc/strategies/2-industry/',
      '/sc/strategies/3-venture/',
    ]);
    expect(model.directions.map((d) => d.href)).toEqual(['/sc/directions/1-research/', '/sc/directions/2-talent/']);
  });

  it('lists under each direction its strategies, in order', () => {
    const model = buildModel(input());
    expect(model.directions.map((d) => [d.number, d.strategies.map((s) => s.number)])).toEqual([
      [1, [1, 2]],
      [2, [3]],
    ]);
    expect(model.directions[0]!.strategies[0]).toBe(model.strategies[0]);
  });

  it('gives a direction with no strategies an empty list', () => {
    const model = buildModel(input({ directions: [direction(4, '4-none')] }));
    expect(model.directions[0]!.strategies).toEqual([]);
  });

  it('records each strategy’s direction number and source item', () => {
    const model = buildModel(input());
    expect(model.strategies.map((s) => s.directionNumber)).toEqual([1, 1, 2]);
    expect(model.strategies[2]!.item.slug).toBe('3-venture');
  });

  it('numbers focus areas from 1 and keeps their text', () => {
    const s = buildModel(input()).strategy(3)!;
    expect(s.focusAreas.map((a) => [a.number, a.text, a.measures.map((m) => m.id)])).toEqual([
      [1, 'Area 3-1', ['3.1', '3.2']],
      [2, 'Area 3-2', ['3.3']],
    ]);
  });
});

describe('buildModel: previous and next', () => {
  it('links each strategy to the strategies numbered before and after it', () => {
    const [first, second, third] = buildModel(input()).strategies;
    expect(first!.previous).toBeUndefined();
    expect(first!.next).toBe(second);
    expect(second!.previous).toBe(first);
    expect(second!.next).toBe(third);
    expect(third!.next).toBeUndefined();
  });

  it('links each direction to the directions numbered before and after it', () => {
    const [first, second] = buildModel(input()).directions;
    expect(first!.previous).toBeUndefined();
    expect(first!.next).toBe(second);
    expect(second!.previous).toBe(first);
    expect(second!.next).toBeUndefined();
  });

  it('links each update to the older one as previous and the newer one as next', () => {
    const model = buildModel(
      input({ updates: [update('old', '2023-01-05'), update('newest', '2024-06-01'), update('middle', '2023-09-30')] }),
    );
    const bySlug = (slug: string) => model.updates.find((u) => u.slug === slug)!;
    expect(bySlug('old').previous).toBeUndefined();
    expect(bySlug('old').next).toBe(bySlug('middle'));
    expect(bySlug('middle').previous).toBe(bySlug('old'));
    expect(bySlug('middle').next).toBe(bySlug('newest'));
    expect(bySlug('newest').next).toBeUndefined();
  });

  it('gives every view the slug of its item, which its route is named by', () => {
    const model = buildModel(input({ updates: [update('news', '2024-01-01')] }));
    expect(model.strategies.map((s) => s.slug)).toEqual(model.strategies.map((s) => s.item.slug));
    expect(model.directions.map((d) => d.slug)).toEqual(['1-research', '2-talent']);
    expect(model.updates.map((u) => u.slug)).toEqual(['news']);
  });
});

describe('buildModel: counts', () => {
  it('counts the directions, strategies and measures it holds', () => {
    expect(buildModel(input()).counts).toEqual({ directions: 2, strategies: 3, measures: 7 });
  });

  it('writes small counts in Chinese numerals in the Chinese locales, for running text', () => {
    expect(buildModel(input({ locale: 'tc' })).countsInWords).toEqual({ directions: '二', strategies: '三', measures: '七' });
    expect(buildModel(input({ locale: 'en' })).countsInWords).toEqual({ directions: '2', strategies: '3', measures: '7' });
  });
});

describe('buildModel: measures', () => {
  it('gives each measure an anchor and a strategy-page href with #measure-N-k', () => {
    const s = buildModel(input()).strategy(3)!;
    expect(s.measures).toEqual([
      {
        id: '3.1',
        text: 'Measure 3.1',
        keywords: ['kw31'],
        anchor: 'measure-3-1',
        href: '/en/strategies/3-venture/#measure-3-1',
        strategyNumber: 3,
        focusArea: 1,
      },
      {
        id: '3.2',
        text: 'Measure 3.2',
        keywords: ['kw32'],
        anchor: 'measure-3-2',
        href: '/en/strategies/3-venture/#measure-3-2',
        strategyNumber: 3,
        focusArea: 1,
      },
      {
        id: '3.3',
        text: 'Measure 3.3',
        keywords: ['kw33'],
        anchor: 'measure-3-3',
        href: '/en/strategies/3-venture/#measure-3-3',
        strategyNumber: 3,
        focusArea: 2,
      },
    ]);
  });

  it('uses the model locale in measure hrefs', () => {
    expect(buildModel(input({ locale: 'tc' })).measure('2.3')!.href).toBe('/tc/strategies/2-industry/#measure-2-3');
  });

  it('lists every measure in strategy order, then focus-area order', () => {
    expect(buildModel(input()).measures.map((m) => m.id)).toEqual(['1.1', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3']);
  });

  it('shares the same measure objects between the strategy, its focus areas and the full list', () => {
    const model = buildModel(input());
    const m = model.measure('2.2')!;
    expect(model.strategy(2)!.measures[1]).toBe(m);
    expect(model.strategy(2)!.focusAreas[1]!.measures[0]).toBe(m);
    expect(model.measures[2]).toBe(m);
  });
});

describe('buildModel: look-ups', () => {
  it('finds a strategy, direction or measure by its number or id', () => {
    const model = buildModel(input());
    expect(model.strategy(2)!.item.slug).toBe('2-industry');
    expect(model.direction(2)!.item.slug).toBe('2-talent');
    expect(model.measure('3.3')!.text).toBe('Measure 3.3');
  });

  it('returns undefined for unknown numbers and ids', () => {
    const model = buildModel(input());
    expect(model.strategy(9)).toBeUndefined();
    expect(model.direction(9)).toBeUndefined();
    expect(model.measure('9.9')).toBeUndefined();
  });
});

describe('buildModel: updates', () => {
  it('lists updates newest first', () => {
    const model = buildModel(
      input({
        updates: [update('old', '2023-01-05'), update('newest', '2024-06-01'), update('middle', '2023-09-30')],
      }),
    );
    expect(model.updates.map((u) => u.item.slug)).toEqual(['newest', 'middle', 'old']);
  });

  it('orders updates of the same date by slug', () => {
    const model = buildModel(
      input({ updates: [update('b-news', '2024-01-01'), update('a-news', '2024-01-01'), update('c-news', '2024-02-01')] }),
    );
    expect(model.updates.map((u) => u.item.slug)).toEqual(['c-news', 'a-news', 'b-news']);
  });

  it('gives each update its path in the model locale', () => {
    const model = buildModel(input({ locale: 'tc', updates: [update('2024-01-01-news', '2024-01-01')] }));
    expect(model.updates[0]!.href).toBe('/tc/updates/2024-01-01-news/');
  });

  it('links an update to the measures and strategies it names, dropping unknown ones', () => {
    const model = buildModel(input({ updates: [update('u', '2024-01-01', { measures: ['3.2', '9.1', '1.1'], strategies: [2, 7] })] }));
    const u = model.updates[0]!;
    expect(u.measures.map((m) => m.id)).toEqual(['3.2', '1.1']);
    expect(u.measures[0]).toBe(model.measure('3.2'));
    expect(u.strategies.map((s) => s.number)).toEqual([2]);
    expect(u.strategies[0]).toBe(model.strategy(2));
  });

  it('finds the updates of a strategy through the strategies they name', () => {
    const model = buildModel(
      input({ updates: [update('names-2', '2024-01-01', { strategies: [2] }), update('names-1', '2024-02-01', { strategies: [1] })] }),
    );
    expect(model.updatesFor(model.strategy(2)!).map((u) => u.item.slug)).toEqual(['names-2']);
    expect(model.updatesFor(model.strategy(1)!).map((u) => u.item.slug)).toEqual(['names-1']);
  });

  it('finds the updates of a strategy through its measures', () => {
    const model = buildModel(
      input({
        updates: [update('measure-3-3', '2024-01-01', { measures: ['3.3'] }), update('measure-2-1', '2024-01-02', { measures: ['2.1'] })],
      }),
    );
    expect(model.updatesFor(model.strategy(3)!).map((u) => u.item.slug)).toEqual(['measure-3-3']);
    expect(model.updatesFor(model.strategy(2)!).map((u) => u.item.slug)).toEqual(['measure-2-1']);
  });

  it('lists a strategy’s updates newest first, each once even when it names both the strategy and a measure', () => {
    const model = buildModel(
      input({
        updates: [
          update('both', '2023-05-01', { strategies: [3], measures: ['3.1', '3.2'] }),
          update('via-measure', '2024-05-01', { measures: ['3.1'] }),
          update('via-strategy', '2023-12-01', { strategies: [3] }),
          update('elsewhere', '2024-06-01', { strategies: [1], measures: ['2.2'] }),
        ],
      }),
    );
    expect(model.updatesFor(model.strategy(3)!).map((u) => u.item.slug)).toEqual(['via-measure', 'via-strategy', 'both']);
  });

  it('gives a strategy no updates when none name it', () => {
    const model = buildModel(input({ updates: [update('u', '2024-01-01', { strategies: [1] })] }));
    expect(model.updatesFor(model.strategy(3)!)).toEqual([]);
  });

  it('does not count an update naming an unknown measure of the strategy’s number', () => {
    const model = buildModel(input({ updates: [update('u', '2024-01-01', { measures: ['3.9'] })] }));
    expect(model.updatesFor(model.strategy(3)!)).toEqual([]);
  });
});

describe('buildModel: indicators and pages', () => {
  it('orders indicators by their order field', () => {
    const model = buildModel(input({ indicators: [indicator(3, 'c'), indicator(1, 'a'), indicator(2, 'b')] }));
    expect(model.indicators.map((i) => i.slug)).toEqual(['a', 'b', 'c']);
  });

  it('orders pages by order, then slug', () => {
    const model = buildModel(input({ pages: [page(100, 'zeta'), page(100, 'alpha'), page(1, 'about'), page(50, 'sources')] }));
    expect(model.pages.map((p) => p.slug)).toEqual(['about', 'sources', 'alpha', 'zeta']);
  });

  it('handles a model with no content', () => {
    const model = buildModel({ locale: 'en', directions: [], strategies: [], updates: [], indicators: [], pages: [] });
    expect([model.directions, model.strategies, model.measures, model.updates, model.indicators, model.pages]).toEqual([
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { absoluteUrl, measureAnchor, pathTo, switchLocale } from '../../../src/lib/urls.ts';

describe('pathTo', () => {
  it('puts the home page at the locale root', () => {
    expect(pathTo('en', { kind: 'home' })).toBe('/en/');
    expect(pathTo('tc', { kind: 'home' })).toBe('/tc/');
    expect(pathTo('sc', { kind: 'home' })).toBe('/sc/');
  });

  it('gives each list page a folder named after its kind', () => {
    expect(pathTo('en', { kind: 'directions' })).toBe('/en/directions/');
    expect(pathTo('tc', { kind: 'strategies' })).toBe('/tc/strategies/');
    expect(pathTo('sc', { kind: 'measures' })).toBe('/sc/measures/');
    expect(pathTo('en', { kind: 'indicators' })).toBe('/en/indicators/');
    expect(pathTo('tc', { kind: 'updates' })).toBe('/tc/updates/');
    expect(pathTo('sc', { kind: 'search' })).toBe('/sc/search/');
  });

  it('nests items under their list page', () => {
    expect(pathTo('en', { kind: 'direction', slug: '1-research' })).toBe('/en/directions/1-research/');
    expect(pathTo('tc', { kind: 'strategy', slug: '3-venture-financing' })).toBe('/tc/strategies/3-venture-financing/');
    expect(pathTo('sc', { kind: 'update', slug: '2024-04-11-news' })).toBe('/sc/updates/2024-04-11-news/');
  });

  it('puts standalone pages directly under the locale', () => {
    expect(pathTo('en', { kind: 'page', slug: 'about' })).toBe('/en/about/');
    expect(pathTo('sc', { kind: 'page', slug: 'accessibility' })).toBe('/sc/accessibility/');
  });
});

describe('measureAnchor', () => {
  it('turns a measure id into its anchor', () => {
    expect(measureAnchor('3.2')).toBe('measure-3-2');
    expect(measureAnchor('1.1')).toBe('measure-1-1');
    expect(measureAnchor('8.12')).toBe('measure-8-12');
    expect(measureAnchor('10.3')).toBe('measure-10-3');
  });
});

describe('switchLocale', () => {
  it('swaps the locale segment and keeps the rest of the path', () => {
    expect(switchLocale('/en/strategies/3-venture-financing/', 'tc')).toBe('/tc/strategies/3-venture-financing/');
    expect(switchLocale('/tc/updates/', 'sc')).toBe('/sc/updates/');
    expect(switchLocale('/sc/about/', 'en')).toBe('/en/about/');
  });

  it('maps a locale home page to the other locale home page', () => {
    expect(switchLocale('/en/', 'sc')).toBe('/sc/');
  });

  it('returns the same path when switching to the current locale', () => {
    expect(switchLocale('/tc/measures/', 'tc')).toBe('/tc/measures/');
  });

  it('sends paths outside any locale to the home page of the target locale', () => {
    expect(switchLocale('/', 'tc')).toBe('/tc/');
    expect(switchLocale('/404/', 'sc')).toBe('/sc/');
    expect(switchLocale('/fr/about/', 'en')).toBe('/en/');
    expect(switchLocale('', 'en')).toBe('/en/');
  });

  it('only treats the first segment as the locale', () => {
    expect(switchLocale('/en/pages/en/', 'tc')).toBe('/tc/pages/en/');
  });
});

describe('absoluteUrl', () => {
  it('joins a site path onto the site origin', () => {
    expect(absoluteUrl('/en/strategies/', 'https://example.org')).toBe('https://example.org/en/strategies/');
  });

  it('accepts a site with a trailing slash', () => {
    expect(absoluteUrl('/tc/', 'https://example.org/')).toBe('https://example.org/tc/');
  });

  it('gives the root for "/"', () => {
    expect(absoluteUrl('/', 'https://hk-it-blueprint.github.io')).toBe('https://hk-it-blueprint.github.io/');
  });

  it('percent-encodes characters a URL cannot carry raw', () => {
    expect(absoluteUrl('/tc/策略/', 'https://example.org')).toBe('https://example.org/tc/%E7%AD%96%E7%95%A5/');
  });
});

import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../../../src/i18n/locales.ts';
import { contentModels } from '../../../helpers/content-models.ts';
import { MAX_PARTS, hanForms, isEmpty, phraseQuery, queryTerms, stem } from '../../../../src/lib/search/terms.ts';

describe('queryTerms', () => {
  it('makes each Han run and each significant Latin word a part', () => {
    const terms = queryTerms('HKIC 投資 and 上市');
    expect(terms.han).toEqual(['投資', '上市']);
    expect(terms.words).toEqual(['hkic']);
  });

  it('drops English stop words, but keeps them in the exact phrase', () => {
    const terms = queryTerms('housing FOR the researchers');
    expect(terms.words).toEqual(['housing', 'researchers']);
    expect(phraseQuery(terms)).toBe('"housing for the researchers"');
  });

  it('keeps a query of stop words only, so that it still finds something', () => {
    expect(queryTerms('What is the').words).toEqual(['what', 'is', 'the']);
  });

  it('has no phrase for one word and nothing to search for punctuation alone', () => {
    expect(phraseQuery(queryTerms('fintech'))).toBeUndefined();
    expect(isEmpty(queryTerms('%%% *** ///'))).toBe(true);
    expect(isEmpty(queryTerms(''))).toBe(true);
  });

  it('keeps words joined by hyphens, dots, ampersands and digit commas whole, and drops a possessive', () => {
    expect(queryTerms('Co-Investment 3.2 Hong Kong’s').words).toEqual(['co-investment', '3.2', 'hong', 'kong']);
    expect(queryTerms("I&T R&D 55,000 GBA's").words).toEqual(['i&t', 'r&d', '55,000', 'gba']);
    expect(queryTerms('fintech, GBA').words).toEqual(['fintech', 'gba']);
  });

  it('treats the last word as still being typed only when the query ends in it', () => {
    expect(queryTerms('Lok Ma Chau Lo').typing).toBe('lo');
    expect(queryTerms('Lok Ma Chau Lo ').typing).toBeUndefined();
    expect(queryTerms('HKIC 投資').typing).toBeUndefined();
  });

  it('searches a Han run in every form the page may write it, likeliest first', () => {
    const terms = queryTerms('上市制度', () => ['上市製度', '上市制度']);
    expect(terms.han).toEqual(['上市製度']);
    expect(hanForms(terms, '上市製度')).toEqual(['上市製度', '上市制度']);
    const typedAsIs = queryTerms('网络', () => ['網絡']);
    expect(hanForms(typedAsIs, '網絡')).toEqual(['網絡', '网络']);
  });
});

describe('a query nobody would type', () => {
  it('is searched by its first parts only, however many it has', () => {
    const many = Array.from({ length: 200 }, (_, i) => `word${i} 字${String.fromCodePoint(0x4e00 + i)}`).join(' ');
    const terms = queryTerms(many);
    expect(terms.han.length + terms.words.length).toBe(MAX_PARTS);
    expect(terms.han[0]).toBe('字一');
  });

  it('keeps every part of every real measure, in every locale', () => {
    const models = contentModels();
    for (const locale of LOCALE_CODES)
      for (const m of models[locale].measures) {
        const terms = queryTerms(m.text);
        expect(terms.han.length + terms.words.length, `${locale} ${m.id}`).toBeLessThan(MAX_PARTS);
      }
  });
});

describe('stem', () => {
  it.each([
    ['researchers', 'researcher'],
    ['listing', 'listed'],
    ['list', 'lists'],
    ['enhance', 'enhancing'],
    ['enhanced', 'enhance'],
    ['technologies', 'technology'],
    ['innovation', 'innovate'],
    ['measures', 'measure'],
  ])('gives %s and %s one stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it.each([
    ['business', 'busines'],
    ['fintech', 'fin'],
    ['loop', 'lok'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });
});

import { describe, expect, it } from 'vitest';
import { buildVocabulary, completions, correctedQuery, correction, editDistance } from '../../../../src/lib/search/spelling.ts';

/** The distance by plain recursion over every alignment: slow, obviously right, the oracle. */
function oracle(a: string, b: string): number {
  const memo = new Map<string, number>();
  const go = (i: number, j: number): number => {
    if (i === 0) return j;
    if (j === 0) return i;
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let d = Math.min(go(i - 1, j) + 1, go(i, j - 1) + 1, go(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, go(i - 2, j - 2) + 1);
    memo.set(key, d);
    return d;
  };
  return go(a.length, b.length);
}

/** A seeded generator, so that a failure names a case that comes back. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('editDistance', () => {
  it('agrees with the plain count on 2,000 random pairs, and stops at its limit', () => {
    const next = random(7);
    const word = () => Array.from({ length: 1 + Math.floor(next() * 9) }, () => 'abcde'[Math.floor(next() * 5)]).join('');
    for (let n = 0; n < 2000; n++) {
      const [a, b] = [word(), word()];
      const exact = oracle(a, b);
      expect(editDistance(a, b, 20), `${a} ${b}`).toBe(exact);
      for (const limit of [0, 1, 2]) expect(editDistance(a, b, limit), `${a} ${b} within ${limit}`).toBe(Math.min(exact, limit + 1));
    }
  });

  it('counts a swap of neighbours as one slip', () => {
    expect(editDistance('fitnech', 'fintech', 2)).toBe(1);
  });
});

describe('correction', () => {
  const vocabulary = ['innovation', 'technology', 'fintech', 'finance', 'talent', 'tablet'];

  it('mends a slip to the nearest word, the commoner of two as near', () => {
    expect(correction('fntech', vocabulary)).toBe('fintech');
    expect(correction('innnovation', vocabulary)).toBe('innovation');
    // "talet" is one slip from talent and from tablet: the vocabulary lists talent first (in more texts).
    expect(correction('talet', vocabulary)).toBe('talent');
  });

  it('leaves words of the vocabulary, short words and far words alone', () => {
    expect(correction('fintech', vocabulary)).toBeUndefined();
    expect(correction('FINTECH', vocabulary)).toBeUndefined();
    expect(correction('fnt', ['fat', 'fit'])).toBeUndefined();
    expect(correction('xylophone', vocabulary)).toBeUndefined();
    // Five letters allow one slip, not two.
    expect(correction('tlaet', ['talent'])).toBeUndefined();
  });
});

describe('correctedQuery', () => {
  const vocabulary = ['innovation', 'technology', 'fintech', 'loop'];

  it('mends only the words that found nothing, keeping the rest and the reader’s capitals as typed', () => {
    expect(correctedQuery('Innnovation and Technolgy', ['innnovation', 'technolgy'], vocabulary)).toBe('Innovation and Technology');
    expect(correctedQuery('FNTECH hub', ['fntech'], vocabulary)).toBe('FINTECH hub');
    expect(correctedQuery('fntech’s hub', ['fntech'], vocabulary)).toBe('fintech’s hub');
  });

  it('is undefined when no word has a correction', () => {
    expect(correctedQuery('xylophone', ['xylophone'], vocabulary)).toBeUndefined();
  });
});

describe('completions', () => {
  it('are the commonest words a start begins, none for a word no word begins', () => {
    const vocabulary = ['innovation', 'innovative', 'industry', 'innovate', 'innovators', 'innovating'];
    expect(completions('innova', vocabulary)).toEqual(['innovation', 'innovative', 'innovate', 'innovators']);
    expect(completions('innovation', vocabulary)).toEqual([]);
    expect(completions('innx', vocabulary)).toEqual([]);
  });
});

describe('buildVocabulary', () => {
  it('lists each word once, the ones in most texts first, then alphabetically, with the letter runs of joined words', () => {
    const words = buildVocabulary(['Fintech and the Co-Investment Fund', 'fintech, GBA’s I&T', 'Fund 55,000 創新 fintech']);
    expect(words.slice(0, 2)).toEqual(['fintech', 'fund']);
    expect(words).toEqual(expect.arrayContaining(['co-investment', 'co', 'investment', 'gba', 'i', 't']));
    expect(words).not.toContain('55,000');
    expect(words).not.toContain('i&t');
    expect(new Set(words).size).toBe(words.length);
    expect(buildVocabulary(['b a', 'a b'])).toEqual(['a', 'b']);
  });
});

import { describe, expect, it } from 'vitest';
import { breakUnits, fitLine, fitTitle } from '../../../../src/lib/share-image/title-fit.ts';

/** Every character half an em wide: Latin-like widths, so line counts are easy to reason about. */
const halfEm = new Map([...'abcdefghijklmnopqrstuvwxyz ,…'].map((c) => [c, 0.5]));

describe('breakUnits', () => {
  it('breaks Latin text after each word, keeping the space with the word', () => {
    expect(breakUnits('new industrial path')).toEqual(['new ', 'industrial ', 'path']);
  });

  it('breaks Chinese text between every two characters', () => {
    expect(breakUnits('創新科技')).toEqual(['創', '新', '科', '技']);
  });

  it('keeps closing punctuation with the character before it, so no line starts with it', () => {
    expect(breakUnits('推動，實現。')).toEqual(['推', '動，', '實', '現。']);
  });

  it('keeps opening punctuation with the character after it, so no line ends with it', () => {
    expect(breakUnits('香港「新型」')).toEqual(['香', '港', '「新', '型」']);
  });

  it('keeps a Latin word inside Chinese text whole', () => {
    expect(breakUnits('發展AI產業')).toEqual(['發', '展', 'AI', '產', '業']);
  });
});

describe('fitTitle', () => {
  it('gives a short title the largest size, unchanged', () => {
    expect(fitTitle('a short title', 1040, halfEm, 0)).toEqual({ size: 68, text: 'a short title' });
  });

  it('sets a longer title smaller rather than cutting it', () => {
    // 22 five-letter words: a little over four lines at 68 px, so a smaller size fits them.
    const title = Array.from({ length: 22 }, () => 'abcde').join(' ');
    const fitted = fitTitle(title, 1040, halfEm, 0);
    expect(fitted.text).toBe(title);
    expect(fitted.size).toBeLessThan(68);
  });

  it('cuts a title that overflows even the smallest size at a word, with an ellipsis and no dangling comma', () => {
    const title = Array.from({ length: 80 }, () => 'abcde,').join(' ');
    const fitted = fitTitle(title, 1040, halfEm, 0);
    expect(fitted.size).toBe(46);
    expect(fitted.text).toMatch(/abcde…$/);
    expect(title.startsWith(fitted.text.slice(0, -1))).toBe(true);
  });

  it('counts letter spacing, so a tracked title is set smaller than the same title untracked', () => {
    const title = Array.from({ length: 20 }, () => 'abcde').join(' ');
    expect(fitTitle(title, 1040, halfEm, 0.2).size).toBeLessThan(fitTitle(title, 1040, halfEm, 0).size);
  });
});

describe('fitLine', () => {
  it('keeps a line that fits as it is', () => {
    // 20 characters of half an em at 30 px: 300 px.
    expect(fitLine('abcde abcde abcde ab', 1040, 30, halfEm, 0)).toBe('abcde abcde abcde ab');
  });

  it('cuts a line that does not fit and ends it with an ellipsis, within the width', () => {
    // No spaces: a cut at a space drops it, which would make the length checks below less exact.
    const text = 'abcde'.repeat(30);
    const fitted = fitLine(text, 400, 30, halfEm, 0);
    expect(fitted).toMatch(/…$/);
    expect(text.startsWith(fitted.slice(0, -1))).toBe(true);
    expect(fitted.length * 15 * 1.03).toBeLessThanOrEqual(400);
    // As long as fits: one more character would not.
    expect((fitted.length + 1) * 15 * 1.03).toBeGreaterThan(400);
  });

  it('does not leave a space before the ellipsis', () => {
    expect(fitLine('abcde '.repeat(30), 400, 30, halfEm, 0)).not.toMatch(/ …$/);
  });

  it('counts letter spacing, so tracked text is cut sooner', () => {
    const text = 'abcde'.repeat(20);
    expect(fitLine(text, 800, 30, halfEm, 0.2).length).toBeLessThan(fitLine(text, 800, 30, halfEm, 0).length);
  });
});

import { describe, expect, it } from 'vitest';
import { neighbours } from '../../../src/lib/neighbours.ts';

const list = ['one', 'two', 'three'];

describe('neighbours', () => {
  it('gives the items before and after the middle one', () => {
    expect(neighbours(list, 1)).toEqual({ previous: 'one', next: 'three' });
  });

  it('has no previous item for the first item', () => {
    const result = neighbours(list, 0);
    expect(result.previous).toBeUndefined();
    expect(result.next).toBe('two');
  });

  it('has no next item for the last item', () => {
    const result = neighbours(list, 2);
    expect(result.previous).toBe('two');
    expect(result.next).toBeUndefined();
  });

  it('has no neighbours for the only item of a list', () => {
    expect(neighbours(['solo'], 0)).toEqual({});
  });

  it('has no neighbours for an item that is not in the list (index -1) or past its end', () => {
    expect(neighbours(list, -1)).toEqual({});
    expect(neighbours(list, 3)).toEqual({});
  });

  it('sets no key for a missing neighbour, so Object.assign leaves an item without one', () => {
    expect(Object.keys(neighbours(list, 0))).toEqual(['next']);
    expect(Object.keys(neighbours(list, 2))).toEqual(['previous']);
  });

  it('returns the items themselves, not copies', () => {
    const items = [{ n: 1 }, { n: 2 }];
    expect(neighbours(items, 0).next).toBe(items[1]);
  });
});

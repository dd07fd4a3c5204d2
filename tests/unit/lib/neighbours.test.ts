import { describe, expect, it } from 'vitest';
import { neighbours } from '../../../src/lib/neighbours.ts';

const list = ['one', 'two', 'three'];
const describe_ = (s: string) => ({ label: `Item ${s}`, title: s.toUpperCase(), href: `/en/${s}/` });

describe('neighbours', () => {
  it('links the previous and next items around the middle one, prefixing the direction words', () => {
    expect(neighbours(list, 1, describe_, 'Previous', 'Next')).toEqual({
      previous: { label: 'Previous: Item one', title: 'ONE', href: '/en/one/' },
      next: { label: 'Next: Item three', title: 'THREE', href: '/en/three/' },
    });
  });

  it('has no previous link for the first item', () => {
    const result = neighbours(list, 0, describe_, 'Previous', 'Next');
    expect(result.previous).toBeUndefined();
    expect(result.next).toEqual({ label: 'Next: Item two', title: 'TWO', href: '/en/two/' });
  });

  it('has no next link for the last item', () => {
    const result = neighbours(list, 2, describe_, 'Previous', 'Next');
    expect(result.previous).toEqual({ label: 'Previous: Item two', title: 'TWO', href: '/en/two/' });
    expect(result.next).toBeUndefined();
  });

  it('has no links for the only item of a list', () => {
    expect(neighbours(['solo'], 0, describe_, 'Previous', 'Next')).toEqual({ previous: undefined, next: undefined });
  });

  it('has no links for an item that is not in the list (index -1)', () => {
    expect(neighbours(list, -1, describe_, 'Previous', 'Next')).toEqual({ previous: undefined, next: undefined });
  });

  it('uses the words it is given, for any language', () => {
    const result = neighbours(list, 1, describe_, '上一頁', '下一頁');
    expect(result.previous!.label).toBe('上一頁: Item one');
    expect(result.next!.label).toBe('下一頁: Item three');
  });

  it('describes only the neighbours', () => {
    const described: string[] = [];
    neighbours(['a', 'b', 'c', 'd', 'e'], 2, (s) => (described.push(s), describe_(s)), 'P', 'N');
    expect(described.sort()).toEqual(['b', 'd']);
  });

  it('does not change the described link objects', () => {
    const link = { label: 'L', title: 'T', href: '/h/' };
    neighbours([1, 2], 0, () => link, 'P', 'N');
    expect(link).toEqual({ label: 'L', title: 'T', href: '/h/' });
  });
});

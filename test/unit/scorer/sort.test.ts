import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortInPlace } from '../../../src/scorer/sort';

describe('sortInPlace', () => {
  it('gives the order of the built-in stable sort, ties included, short lists and long', () => {
    // Keys from a small range, so many items tie and only a stable sort keeps their order.
    const items = fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), order: fc.nat() }), { maxLength: 80 });
    fc.assert(
      fc.property(items, (list) => {
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        const expected = [...list].sort(byKey);
        const sorted = [...list];
        expect(sortInPlace(sorted, byKey)).toBe(sorted);
        expect(sorted).toEqual(expected);
      }),
    );
  });
});

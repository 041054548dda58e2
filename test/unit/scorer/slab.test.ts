import { describe, expect, it } from 'vitest';
import { newInt32Array, newUint8Array } from '../../../src/scorer/text/slab';

describe('slab-carved typed arrays', () => {
  it('are zeroed and never share memory, across slabs and past the carving limit', () => {
    const arrays: Array<Int32Array | Uint8Array> = [];
    // Enough to fill several slabs, with odd byte lengths in between and some too long to carve.
    for (let k = 0; k < 400; k++) arrays.push(k % 3 === 0 ? newUint8Array(1 + ((k * 37) % 501)) : newInt32Array(k % 50 === 0 ? 20_000 : (k * 53) % 700));
    arrays.forEach((a, k) => {
      expect(a.every((x) => x === 0)).toBe(true);
      a.fill((k % 250) + 1); // fits a byte; neighbours differ
    });
    arrays.forEach((a, k) => expect(a.every((x) => x === (k % 250) + 1)).toBe(true));
  });
});

// Typed arrays for per-reply data, carved from shared slabs of memory. Each `new Int32Array(n)`
// of more than 64 bytes is an allocation of its own outside the JS heap (a calloc, and external
// memory the garbage collector accounts for): the handful a reply needed cost more than reading
// its text. A slab is only ever handed out forward, never reused, so what it hands out is zeroed
// like a fresh array's; the garbage collector frees it once no array made from it is left.

const SLAB_BYTES = 1 << 16;
/** Arrays longer than this get memory of their own, so a slab holds many replies' arrays. */
const MAX_CARVED_BYTES = SLAB_BYTES / 4;

let slab = new ArrayBuffer(SLAB_BYTES);
let used = 0;

/** `bytes` bytes of fresh (zeroed) memory at a multiple of 4, or undefined when too many to carve. */
function carve(bytes: number): number | undefined {
  if (bytes > MAX_CARVED_BYTES) return undefined;
  if (used + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    used = 0;
  }
  const at = used;
  used += (bytes + 3) & ~3;
  return at;
}

/** Like `new Int32Array(length)`. */
export function newInt32Array(length: number): Int32Array<ArrayBuffer> {
  const at = carve(4 * length);
  return at === undefined ? new Int32Array(length) : new Int32Array(slab, at, length);
}

/** Like `new Uint8Array(length)`. */
export function newUint8Array(length: number): Uint8Array<ArrayBuffer> {
  const at = carve(length);
  return at === undefined ? new Uint8Array(length) : new Uint8Array(slab, at, length);
}

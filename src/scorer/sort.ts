// Sorting the scorer's short per-reply lists (a reply's evidence spans, the rules that moved a
// dimension, its masked ranges) without Array.prototype.sort's allocations: V8's sort makes its
// work arrays on every call, ≈ 1.5 kB per reply over the scorer's four calls, more than the
// lists it sorts hold.

/** Up to this many items an insertion sort is used; a longer list goes to Array.prototype.sort. */
const SHORT = 32;

/**
 * Sorts `list` in place by `compare`, stably: the same order Array.prototype.sort (stable) gives.
 * Short lists are sorted by insertion, which allocates nothing; longer ones by the built-in sort,
 * so a reply with thousands of ranges stays O(n log n).
 */
export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > SHORT) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T;
    let k = i - 1;
    // Only a strictly greater item moves past it: equal items keep their order.
    for (; k >= 0 && compare(list[k] as T, item) > 0; k--) list[k + 1] = list[k] as T;
    list[k + 1] = item;
  }
  return list;
}

/**
 * Index of the first item for which `isBefore` is false, by binary search.
 * The items must be partitioned: every item satisfying `isBefore` comes first.
 * Returns `items.length` when all items satisfy it.
 */
export function partitionPoint<T>(items: ArrayLike<T>, isBefore: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isBefore(items[mid] as T)) low = mid + 1;
    else high = mid;
  }
  return low;
}

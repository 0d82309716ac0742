import { interpolate } from './exact-quantile';

/** A plain array or a typed array of numbers, reordered in place. */
type MutableNumbers = { [index: number]: number; readonly length: number };

/**
 * Exact quantiles of unsorted values without sorting them all: the order statistics each
 * quantile needs are found by quickselect (the array is partially reordered in place), then
 * interpolated like `exactQuantile`. O(n) per distinct rank instead of O(n log n).
 * @internal
 */
export function selectQuantiles(
  values: MutableNumbers,
  quantiles: readonly number[],
): (number | undefined)[] {
  const n = values.length;
  if (n === 0) return quantiles.map(() => undefined);
  const ranks = new Set<number>();
  for (const q of quantiles) {
    const rank = q * (n - 1);
    ranks.add(Math.floor(rank));
    if (Math.floor(rank) + 1 < n) ranks.add(Math.floor(rank) + 1);
  }
  const sortedRanks = [...ranks].sort((a, b) => a - b);
  let from = 0;
  for (const k of sortedRanks) {
    select(values, from, n - 1, k);
    from = k;
  }
  // values[k] now holds the k-th smallest for every needed k
  return quantiles.map((q) => {
    const rank = q * (n - 1);
    const lower = Math.floor(rank);
    const fraction = rank - lower;
    if (lower + 1 >= n || fraction === 0) return values[lower]!;
    return interpolate(values[lower]!, values[lower + 1]!, fraction);
  });
}

/** Hoare-style quickselect with median-of-three pivots: puts the k-th smallest of [left, right] at k. */
function select(a: MutableNumbers, left: number, right: number, k: number): void {
  while (right > left) {
    if (right - left < 16) {
      for (let i = left + 1; i <= right; i++) {
        const v = a[i]!;
        let j = i - 1;
        while (j >= left && a[j]! > v) {
          a[j + 1] = a[j]!;
          j--;
        }
        a[j + 1] = v;
      }
      return;
    }
    const mid = (left + right) >>> 1;
    // median of three to a[mid]
    if (a[mid]! < a[left]!) swap(a, mid, left);
    if (a[right]! < a[left]!) swap(a, right, left);
    if (a[right]! < a[mid]!) swap(a, right, mid);
    const pivot = a[mid]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function swap(a: MutableNumbers, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

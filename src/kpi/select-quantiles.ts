import { interpolate } from './exact-quantile';

/** A plain array or a typed array of numbers, reordered in place. */
type MutableNumbers = { [index: number]: number; readonly length: number };

/** From this many values on, order statistics come from a radix histogram rather than quickselect. */
const RADIX_FROM = 1 << 15;

/**
 * Exact quantiles of unsorted values without sorting them all, interpolated like
 * `exactQuantile`. The order statistics each quantile needs (its lower rank and the next one)
 * come from {@link radixOrderStatistics} for large arrays, else from quickselect (the array is
 * then partially reordered in place). O(n) instead of O(n log n).
 *
 * @param radixFrom - size from which the radix method is used (tests lower it)
 * @internal
 */
export function selectQuantiles(
  values: MutableNumbers,
  quantiles: readonly number[],
  radixFrom: number = RADIX_FROM,
): (number | undefined)[] {
  const n = values.length;
  if (n === 0) return quantiles.map(() => undefined);
  const needed = new Set<number>();
  for (const q of quantiles) {
    const lower = Math.floor(q * (n - 1));
    needed.add(lower);
    if (lower + 1 < n) needed.add(lower + 1);
  }
  const ranks = [...needed].sort((a, b) => a - b);
  const statistics =
    (n >= radixFrom ? radixOrderStatistics(values, ranks) : undefined) ??
    quickselectOrderStatistics(values, ranks);
  return quantiles.map((q) => {
    const rank = q * (n - 1);
    const lower = Math.floor(rank);
    const fraction = rank - lower;
    const low = statistics.get(lower)!;
    if (lower + 1 >= n || fraction === 0) return low;
    return interpolate(low, statistics.get(lower + 1)!, fraction);
  });
}

/** The order statistics at `ranks` (ascending) by quickselect, reordering `values` in place. */
function quickselectOrderStatistics(values: MutableNumbers, ranks: readonly number[]): Map<number, number> {
  const n = values.length;
  const out = new Map<number, number>();
  let from = 0;
  let previous = -2;
  for (const k of ranks) {
    if (k === previous + 1) {
      // the next order statistic after a selected one is the minimum of the rest: a scan is cheaper
      let at = k;
      for (let i = k + 1; i < n; i++) if (values[i]! < values[at]!) at = i;
      swap(values, k, at);
    } else select(values, from, n - 1, k);
    out.set(k, values[k]!);
    from = k + 1; // every value after k is at least values[k]
    previous = k;
  }
  return out;
}

// The top 16 bits of a float64 (sign, exponent, 4 mantissa bits), read through a one-slot view.
// For non-negative numbers they grow with the value, so they make a monotone 65,536-bucket key.
const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);
const HIGH_WORD = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f ? 1 : 0; // endianness
const BUCKETS = 1 << 16;
/** Buckets from here on hold Infinity, NaN or negative numbers (sign bit set): not monotone. */
const FIRST_UNORDERED_BUCKET = 0x7ff0;
const counts = new Uint32Array(BUCKETS);

function bucketOf(value: number): number {
  scratch[0] = value;
  return scratchWords[HIGH_WORD]! >>> 16;
}

/**
 * The order statistics at `ranks` (ascending) with a radix histogram: one pass counts the values
 * per bucket of their top 16 bits, which tells the bucket and the offset of every wanted rank; a
 * second pass copies out the few values of those buckets, and quickselect finishes on them. Two
 * read-only passes instead of quickselect's several swapping ones over millions of values;
 * `values` is left as it is. Returns `undefined` (use quickselect) when a value is negative,
 * infinite or NaN, where the bit order is not the numeric order.
 */
function radixOrderStatistics(
  values: MutableNumbers,
  ranks: readonly number[],
): Map<number, number> | undefined {
  const n = values.length;
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[bucketOf(values[i]!)]!++;
  for (let b = FIRST_UNORDERED_BUCKET; b < BUCKETS; b++) if (counts[b] !== 0) return undefined;
  // the bucket of each rank, and the rank's offset among that bucket's values
  const rankBucket: number[] = [];
  const rankOffset: number[] = [];
  let before = 0;
  let r = 0;
  for (let b = 0; b < FIRST_UNORDERED_BUCKET && r < ranks.length; b++) {
    const size = counts[b]!;
    while (r < ranks.length && ranks[r]! < before + size) {
      rankBucket.push(b);
      rankOffset.push(ranks[r]! - before);
      r++;
    }
    before += size;
  }
  // copy out the values of the wanted buckets (counts now marks them: list index + 1, else 0)
  const lists: number[][] = [];
  const slotOf = new Map<number, number>();
  for (const b of rankBucket) if (!slotOf.has(b)) slotOf.set(b, slotOf.size);
  counts.fill(0);
  for (const [b, slot] of slotOf) {
    counts[b] = slot + 1;
    lists.push([]);
  }
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    const slot = counts[bucketOf(value)]!;
    if (slot !== 0) lists[slot - 1]!.push(value);
  }
  const out = new Map<number, number>();
  ranks.forEach((k, i) => {
    const list = lists[slotOf.get(rankBucket[i]!)!]!;
    const offset = rankOffset[i]!;
    select(list, 0, list.length - 1, offset);
    out.set(k, list[offset]!);
  });
  return out;
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

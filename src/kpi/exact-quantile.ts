/**
 * The exact quantile of sorted values, with linear interpolation between the closest ranks: the
 * default of numpy's `percentile` and of spreadsheet `PERCENTILE.INC` (rank `q * (n - 1)`).
 *
 * @param sorted - values in ascending order
 * @param q - the quantile, between 0 and 1
 * @param length - how many of `sorted` to use (default all)
 * @returns the quantile, or `undefined` when there are no values
 * @example
 * ```ts
 * exactQuantile([1, 2, 3, 4], 0.5); // 2.5
 * exactQuantile([10, 20, 30, 40, 50], 0.9); // 46
 * ```
 */
export function exactQuantile(
  sorted: ArrayLike<number>,
  q: number,
  length: number = sorted.length,
): number | undefined {
  if (length === 0) return undefined;
  const rank = q * (length - 1);
  const lower = Math.floor(rank);
  const low = sorted[lower]!;
  if (lower + 1 >= length) return low;
  const fraction = rank - lower;
  if (fraction === 0) return low;
  return interpolate(low, sorted[lower + 1]!, fraction);
}

/**
 * numpy's linear interpolation: from the nearer end, so the result is exact when the neighbours
 * are equal. @internal
 */
export function interpolate(low: number, high: number, fraction: number): number {
  const diff = high - low;
  return fraction >= 0.5 ? high - diff * (1 - fraction) : low + diff * fraction;
}

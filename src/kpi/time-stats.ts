/**
 * Count, mean, median, p90 and any requested quantiles of one time metric, in milliseconds.
 * Figures are `null` when there are no values. Requested quantiles appear as `pNN` keys
 * (`0.95` → `p95`, `0.999` → `p99.9`).
 */
export interface TimeStats {
  readonly count: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly p90: number | null;
  readonly [quantile: `p${number}`]: number | null;
}

/**
 * The report key of a quantile: `0.95` → `'p95'`, `0.999` → `'p99.9'`.
 *
 * @example
 * ```ts
 * quantileKey(0.75); // 'p75'
 * ```
 */
export function quantileKey(q: number): `p${number}` {
  return `p${Number((q * 100).toFixed(6))}`;
}

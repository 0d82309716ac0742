/**
 * How fast this machine is right now: Map has+set of 200k fresh string keys. A quiet recent core
 * does it in roughly 50-100 ns per key; a shared or throttled one is slower, and so is everything
 * a benchmark measures, in about the same proportion. Printed at the top of the benchmarks.
 */
export function machineCalibration(): string {
  const keys = Array.from({ length: 200_000 }, (_, i) => String(10_000_000 + i));
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    const map = new Map<string, number>();
    for (const key of keys) if (!map.has(key)) map.set(key, map.size);
    best = Math.min(best, performance.now() - started);
  }
  return `machine calibration: Map has+set ${((best * 1e6) / keys.length).toFixed(0)} ns per key (quiet core: ~50-100 ns)`;
}

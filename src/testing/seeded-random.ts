/**
 * A small, fast, seeded pseudo-random generator (mulberry32): the same seed always gives the same
 * sequence, on every platform. Not for cryptography.
 */
export interface SeededRandom {
  /** A float in `[0, 1)`. */
  next(): number;
  /** An integer in `[0, n)`. */
  int(n: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** A random element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** A standard normal deviate (Box-Muller). */
  normal(): number;
  /** A log-normal deviate with the given median and shape `sigma` (heavy right tail). */
  logNormal(median: number, sigma: number): number;
  /** An exponential deviate with the given mean. */
  exponential(mean: number): number;
}

/**
 * Creates a {@link SeededRandom} from a 32-bit integer seed.
 *
 * @example
 * ```ts
 * const random = createSeededRandom(42);
 * random.int(6) + 1; // a die roll, the same one for seed 42 every time
 * ```
 */
export function createSeededRandom(seed: number): SeededRandom {
  let state = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const normal = (): number => {
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    normal,
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
    exponential: (mean) => -mean * Math.log(1 - next()),
  };
}

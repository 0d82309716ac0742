import { describe, expect, it } from 'vitest';
import { createSeededRandom } from './seeded-random';

describe('createSeededRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom(42);
    const c = createSeededRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('stays in range and is roughly uniform', () => {
    const random = createSeededRandom(7);
    const buckets = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = random.next();
      if (!(x >= 0 && x < 1)) outside++;
      else buckets[Math.floor(x * 10)]!++;
    }
    expect(outside).toBe(0);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
    const dice = new Set(Array.from({ length: 1000 }, () => random.int(6)));
    expect([...dice].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('draws log-normal values around the median with a heavy right tail', () => {
    const random = createSeededRandom(1);
    const values = Array.from({ length: 20_001 }, () => random.logNormal(100, 1)).sort((x, y) => x - y);
    const median = values[10_000]!;
    expect(median).toBeGreaterThan(95);
    expect(median).toBeLessThan(105);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(median * 1.5); // e^(sigma^2/2) = 1.65
  });
});

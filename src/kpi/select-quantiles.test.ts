import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactQuantile } from './exact-quantile';
import { selectQuantiles } from './select-quantiles';

describe('selectQuantiles', () => {
  it('equals exactQuantile on the sorted values, for any values and quantiles', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 400 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
        (values, quantiles) => {
          const sorted = [...values].sort((a, b) => a - b);
          const selected = selectQuantiles(Float64Array.from(values), quantiles);
          quantiles.forEach((q, i) => {
            expect(selected[i]).toBe(exactQuantile(sorted, q));
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the radix method equals exactQuantile too (integers, doubles over many magnitudes, ties)', () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 1000 }),
      fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(0, 1, 86_400_000),
    );
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 400 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
        (values, quantiles) => {
          const sorted = [...values].sort((a, b) => a - b);
          const selected = selectQuantiles(values.slice(), quantiles, 0);
          quantiles.forEach((q, i) => {
            expect(selected[i]).toBe(exactQuantile(sorted, q));
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('negative values and -0 fall back to quickselect with the same result', () => {
    const values = [5, -3, 0, -0, 12, -1e9, 7.5, 3];
    const sorted = [...values].sort((a, b) => a - b);
    const quantiles = [0, 0.25, 0.5, 0.9, 1];
    expect(selectQuantiles(values.slice(), quantiles, 0)).toEqual(
      quantiles.map((q) => exactQuantile(sorted, q)),
    );
  });

  it('no values: undefined', () => {
    expect(selectQuantiles(new Float64Array(0), [0.5])).toEqual([undefined]);
  });
});

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

  it('no values: undefined', () => {
    expect(selectQuantiles(new Float64Array(0), [0.5])).toEqual([undefined]);
  });
});

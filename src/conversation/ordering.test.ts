import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds } from './ordering';

/** The definition, written with regular expressions and string copies. */
function referenceCompareIds(a: string, b: string): number {
  if (a === b) return 0;
  const aNumeric = /^\d+$/.test(a);
  const bNumeric = /^\d+$/.test(b);
  if (aNumeric && bNumeric) {
    const aTrim = a.replace(/^0+(?=\d)/, '');
    const bTrim = b.replace(/^0+(?=\d)/, '');
    if (aTrim.length !== bTrim.length) return aTrim.length - bTrim.length;
    return aTrim < bTrim ? -1 : aTrim > bTrim ? 1 : a < b ? -1 : 1;
  }
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return a < b ? -1 : 1;
}

const id = fc.oneof(
  fc.stringMatching(/^0{0,3}\d{1,22}$/),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(
    '',
    '0',
    '00',
    '1',
    '01',
    '9',
    '10',
    '1461186521018912770',
    '1461186521018912771',
    'a',
    'a1',
  ),
);

describe('compareIds', () => {
  it('orders snowflake ids beyond 2^53 by value, shorter first', () => {
    expect(['1461186521018912771', '999', '1461186521018912770', 'b', 'a', '0010'].sort(compareIds)).toEqual([
      '0010',
      '999',
      '1461186521018912770',
      '1461186521018912771',
      'a',
      'b',
    ]);
  });

  it('agrees with the definition and is a strict order', () => {
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(Math.sign(compareIds(a, b))).toBe(Math.sign(referenceCompareIds(a, b)));
        expect(Math.sign(compareIds(a, b)) + Math.sign(compareIds(b, a))).toBe(0);
        expect(compareIds(a, b) === 0).toBe(a === b);
      }),
      { numRuns: 2000 },
    );
  });
});

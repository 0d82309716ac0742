import { describe, expect, it } from 'vitest';
import { alwaysOpenCalendar } from './always-open-calendar';

describe('alwaysOpenCalendar', () => {
  const exclude = [
    [2_000, 5_000],
    [8_000, 9_000],
  ] as const;

  it('measures physical time minus the excluded ranges', () => {
    expect(alwaysOpenCalendar.elapsed(0, 10_000)).toBe(10_000);
    expect(alwaysOpenCalendar.elapsed(0, 10_000, { exclude })).toBe(6_000);
    expect(alwaysOpenCalendar.elapsed(3_000, 8_500, { exclude })).toBe(3_000);
    expect(alwaysOpenCalendar.elapsed(10_000, 0, { exclude })).toBe(-6_000);
    expect(Object.is(alwaysOpenCalendar.elapsed(4_000, 3_000, { exclude }), 0)).toBe(true);
  });

  it('adds across excluded ranges, stopping at a range start when the budget ends there', () => {
    expect(alwaysOpenCalendar.add(0, 2_000, { exclude })).toBe(2_000);
    expect(alwaysOpenCalendar.add(0, 2_001, { exclude })).toBe(5_001);
    expect(alwaysOpenCalendar.add(3_000, 0, { exclude })).toBe(5_000);
    expect(alwaysOpenCalendar.add(3_000, 3_000, { exclude })).toBe(8_000);
    expect(alwaysOpenCalendar.add(3_000, 3_001, { exclude })).toBe(9_001);
    expect(alwaysOpenCalendar.add(10_000, 5, { exclude })).toBe(10_005);
  });
});

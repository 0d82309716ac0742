import { describe, expect, it } from 'vitest';
import {
  formatLocalDate,
  formatTimeOfDay,
  mondayOfWeek,
  parseLocalDate,
  parseTimeOfDay,
  weekdayOf,
  weekOfDay,
} from './local-time';

describe('local time helpers', () => {
  it('parses times of day, 24:00 and seconds', () => {
    expect(parseTimeOfDay('09:30')).toBe(34_200_000);
    expect(parseTimeOfDay('9:30')).toBe(34_200_000);
    expect(parseTimeOfDay('23:59:59.5')).toBe(86_399_500);
    expect(parseTimeOfDay('24:00')).toBe(86_400_000);
    expect(parseTimeOfDay('24:00:00')).toBe(86_400_000);
    for (const bad of ['24:01', '25:00', '12:60', '12:00:60', '1200', '', 'noon'])
      expect(parseTimeOfDay(bad)).toBeUndefined();
    expect(formatTimeOfDay(34_200_000)).toBe('09:30');
    expect(formatTimeOfDay(34_201_500)).toBe('09:30:01.500');
  });

  it('parses existing dates only and numbers days from 1970-01-01', () => {
    expect(parseLocalDate('1970-01-01')).toBe(0);
    expect(parseLocalDate('2024-02-29')).toBe(19_782);
    expect(parseLocalDate('2023-02-29')).toBeUndefined();
    expect(parseLocalDate('2024-04-31')).toBeUndefined();
    expect(formatLocalDate(19_782)).toBe('2024-02-29');
    expect(formatLocalDate(-1)).toBe('1969-12-31');
  });

  it('computes Monday-based weeks', () => {
    expect(weekdayOf(0)).toBe(3); // Thursday
    expect(weekdayOf(-3)).toBe(0); // Monday 1969-12-29
    expect(weekOfDay(-3)).toBe(0);
    expect(weekOfDay(3)).toBe(0);
    expect(weekOfDay(4)).toBe(1);
    expect(weekOfDay(-4)).toBe(-1);
    expect(mondayOfWeek(weekOfDay(19_782))).toBe(19_782 - weekdayOf(19_782));
  });
});

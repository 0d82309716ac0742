import { formatDuration, hourOfWeekIn, hourOfWeekLabel, quantileKey } from 'socialcare/kpi';
import { describe, expect, it } from 'vitest';

describe('small helpers', () => {
  it('formatDuration is compact', () => {
    expect(formatDuration(45_000)).toBe('45s');
    expect(formatDuration(813_000)).toBe('13m 33s');
    expect(formatDuration(2 * 3_600_000 + 5 * 60_000)).toBe('2h 05m');
    expect(formatDuration(3 * 86_400_000 + 4 * 3_600_000)).toBe('3d 04h');
    expect(formatDuration(null)).toBe('-');
  });

  it('hour of week: Monday 00:00 is 0, in UTC and in a zone across DST', () => {
    const utc = hourOfWeekIn('UTC');
    expect(utc(Date.UTC(2024, 2, 11, 0, 30))).toBe(0); // Monday
    expect(utc(Date.UTC(2024, 2, 17, 23, 59))).toBe(167); // Sunday
    const amsterdam = hourOfWeekIn('Europe/Amsterdam');
    expect(amsterdam(Date.UTC(2024, 2, 11, 8, 0))).toBe(9); // CET: 09:00 Monday
    expect(amsterdam(Date.UTC(2024, 3, 1, 7, 0))).toBe(9); // CEST: 09:00 Monday
    expect(hourOfWeekLabel(33)).toBe('Tue 09:00');
  });

  it('quantile keys', () => {
    expect(quantileKey(0.95)).toBe('p95');
    expect(quantileKey(0.999)).toBe('p99.9');
    expect(quantileKey(0.5)).toBe('p50');
  });
});

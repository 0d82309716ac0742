import fc from 'fast-check';
import {
  CareValidationError,
  createBusinessCalendar,
  intersectCalendars,
  unionCalendars,
} from 'socialcare/calendar';
import { describe, expect, it } from 'vitest';

const t = (iso: string): number => Date.parse(iso);
const H = 3_600_000;
const weekdays = (hours: [string, string][]) => ({
  mon: hours,
  tue: hours,
  wed: hours,
  thu: hours,
  fri: hours,
});
const amsterdam = createBusinessCalendar({
  timeZone: 'Europe/Amsterdam',
  week: weekdays([['09:00', '17:00']]),
});
const newYork = createBusinessCalendar({
  timeZone: 'America/New_York',
  week: weekdays([['09:00', '17:00']]),
  holidays: ['2024-07-04'],
});
const sydney = createBusinessCalendar({ timeZone: 'Australia/Sydney', week: weekdays([['09:00', '17:00']]) });

describe('unionCalendars / intersectCalendars', () => {
  it('union covers follow-the-sun hours across zones', () => {
    const coverage = unionCalendars([amsterdam, newYork]);
    // Monday 8 January 2024: Amsterdam 08:00Z-16:00Z, New York 14:00Z-22:00Z.
    expect(coverage.openIntervals('2024-01-08T00:00:00Z', '2024-01-09T00:00:00Z')).toEqual([
      [t('2024-01-08T08:00:00Z'), t('2024-01-08T22:00:00Z')],
    ]);
    expect(coverage.elapsed('2024-01-08T00:00:00Z', '2024-01-09T00:00:00Z')).toBe(14 * H);
    expect(coverage.nextClose('2024-01-08T09:00:00Z')).toBe(t('2024-01-08T22:00:00Z'));
    expect(coverage.add('2024-01-08T21:00:00Z', 2 * H)).toBe(t('2024-01-09T09:00:00Z'));
    expect(coverage.isOpen('2024-01-08T15:00:00Z')).toBe(true);
    expect(coverage.describe()).toBe(
      'Mon-Fri 09:00-17:00 (Europe/Amsterdam) + Mon-Fri 09:00-17:00 (America/New_York)',
    );
    expect(coverage.timeZone).toBe('Europe/Amsterdam');
  });

  it('intersection keeps only the overlap, with holidays of each', () => {
    const overlap = intersectCalendars([amsterdam, newYork]);
    expect(overlap.openIntervals('2024-01-08T00:00:00Z', '2024-01-09T00:00:00Z')).toEqual([
      [t('2024-01-08T14:00:00Z'), t('2024-01-08T16:00:00Z')],
    ]);
    expect(overlap.elapsed('2024-07-04T00:00:00Z', '2024-07-05T00:00:00Z')).toBe(0);
    expect(
      intersectCalendars([amsterdam, sydney]).elapsed('2024-01-08T00:00:00Z', '2024-01-15T00:00:00Z'),
    ).toBe(0);
  });

  it('three zones union to a near-24h weekday and can be combined again', () => {
    const all = unionCalendars([unionCalendars([amsterdam, newYork]), sydney], {
      timeZone: 'UTC',
      name: 'global',
    });
    expect(all.name).toBe('global');
    // Sydney Tuesday 09:00-17:00 AEDT = Monday 22:00Z - Tuesday 06:00Z: it joins New York's 22:00Z close.
    expect(all.nextClose('2024-01-08T21:00:00Z')).toBe(t('2024-01-09T06:00:00Z'));
    expect(all.nextOpenText('2024-01-09T07:00:00Z')).toBe("We're back Tuesday at 08:00");
  });

  it('agrees with the components pointwise (property)', () => {
    const calendars = [amsterdam, newYork, sydney];
    const union = unionCalendars(calendars);
    const intersection = intersectCalendars([amsterdam, newYork]);
    fc.assert(
      fc.property(fc.integer({ min: t('2024-01-01T00:00:00Z'), max: t('2026-01-01T00:00:00Z') }), (at) => {
        expect(union.isOpen(at)).toBe(calendars.some((c) => c.isOpen(at)));
        expect(intersection.isOpen(at)).toBe(amsterdam.isOpen(at) && newYork.isOpen(at));
        const day = 86_400_000;
        const sum = amsterdam.elapsed(at, at + day) + newYork.elapsed(at, at + day);
        expect(intersectCalendars([amsterdam, newYork]).elapsed(at, at + day)).toBe(
          sum - unionCalendars([amsterdam, newYork]).elapsed(at, at + day),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('rejects an empty list and foreign objects', () => {
    expect(() => unionCalendars([])).toThrow(CareValidationError);
    expect(() => intersectCalendars([{} as never])).toThrow(/calendars\[0\]/);
  });
});

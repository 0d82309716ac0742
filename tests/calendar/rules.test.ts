import { CalendarNeverOpenError, CareValidationError, createBusinessCalendar } from 'socialcare/calendar';
import { describe, expect, it } from 'vitest';

const t = (iso: string): number => Date.parse(iso);
const H = 3_600_000;
const weekdays = {
  mon: [['09:00', '17:00']],
  tue: [['09:00', '17:00']],
  wed: [['09:00', '17:00']],
  thu: [['09:00', '17:00']],
  fri: [['09:00', '17:00']],
} as const;
// 2024-01-01 is a Monday.
const office = createBusinessCalendar({ timeZone: 'UTC', week: weekdays });

describe('calendar-semantics rules', () => {
  it('rule 1: intervals are half-open [open, close)', () => {
    expect(office.isOpen('2024-01-01T09:00:00Z')).toBe(true);
    expect(office.isOpen(t('2024-01-01T17:00:00Z') - 1)).toBe(true);
    expect(office.isOpen('2024-01-01T17:00:00Z')).toBe(false);
    expect(office.isOpen(t('2024-01-01T09:00:00Z') - 1)).toBe(false);
    expect(office.openIntervals('2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z')).toEqual([
      [t('2024-01-01T09:00:00Z'), t('2024-01-01T17:00:00Z')],
    ]);
  });

  it('rule 2: zero durations return t when open, else the next opening (add) / previous closing (subtract)', () => {
    expect(office.add('2024-01-01T10:00:00Z', 0)).toBe(t('2024-01-01T10:00:00Z'));
    expect(office.add('2024-01-01T09:00:00Z', 0)).toBe(t('2024-01-01T09:00:00Z'));
    expect(office.add('2024-01-01T17:00:00Z', 0)).toBe(t('2024-01-02T09:00:00Z'));
    expect(office.add('2024-01-06T12:00:00Z', 0)).toBe(t('2024-01-08T09:00:00Z'));
    expect(office.subtract('2024-01-01T10:00:00Z', 0)).toBe(t('2024-01-01T10:00:00Z'));
    expect(office.subtract('2024-01-01T17:00:00Z', 0)).toBe(t('2024-01-01T17:00:00Z'));
    expect(office.subtract('2024-01-02T09:00:00Z', 0)).toBe(t('2024-01-01T17:00:00Z'));
    expect(office.subtract('2024-01-07T12:00:00Z', 0)).toBe(t('2024-01-05T17:00:00Z'));
  });

  it('rule 3: a budget that runs out on a boundary returns that boundary', () => {
    expect(office.add('2024-01-01T09:00:00Z', 8 * H)).toBe(t('2024-01-01T17:00:00Z'));
    expect(office.add('2024-01-01T13:00:00Z', '4h')).toBe(t('2024-01-01T17:00:00Z'));
    expect(office.add('2024-01-05T09:00:00Z', 8 * H)).toBe(t('2024-01-05T17:00:00Z'));
    expect(office.subtract('2024-01-01T17:00:00Z', 8 * H)).toBe(t('2024-01-01T09:00:00Z'));
    expect(office.subtract('2024-01-08T13:00:00Z', 4 * H)).toBe(t('2024-01-08T09:00:00Z'));
    expect(office.add('2024-01-01T17:00:00Z', 1)).toBe(t('2024-01-02T09:00:00Z') + 1);
  });

  it('rule 4: durations are physical time (5 h / 7 h in a 00:00-06:00 window on DST nights)', () => {
    const night = createBusinessCalendar({
      timeZone: 'America/New_York',
      week: { sun: [['00:00', '06:00']] },
    });
    expect(night.elapsed('2024-03-10T00:00:00Z', '2024-03-11T00:00:00Z')).toBe(5 * H);
    expect(night.elapsed('2024-11-03T00:00:00Z', '2024-11-04T00:00:00Z')).toBe(7 * H);
    expect(night.elapsed('2024-03-17T00:00:00Z', '2024-03-18T00:00:00Z')).toBe(6 * H);
    expect(night.add('2024-03-10T05:00:00Z', 5 * H)).toBe(t('2024-03-10T10:00:00Z'));
  });

  it('rule 5: boundaries in a gap move forward by the gap, repeated times take the earlier instant', () => {
    const gap = createBusinessCalendar({ timeZone: 'America/New_York', week: { sun: [['02:30', '05:00']] } });
    // 02:30 does not exist on 2024-03-10: it becomes 03:30 EDT (07:30Z).
    expect(gap.isOpen('2024-03-10T07:00:00Z')).toBe(false);
    expect(gap.isOpen('2024-03-10T07:30:00Z')).toBe(true);
    expect(gap.nextOpen('2024-03-10T00:00:00Z')).toBe(t('2024-03-10T07:30:00Z'));
    expect(gap.elapsed('2024-03-10T00:00:00Z', '2024-03-11T00:00:00Z')).toBe(1.5 * H);
    const repeated = createBusinessCalendar({
      timeZone: 'America/New_York',
      week: { sun: [['01:30', '03:00']] },
    });
    // 01:30 happens twice on 2024-11-03: the first one (EDT, 05:30Z) opens.
    expect(repeated.nextOpen('2024-11-03T00:00:00Z')).toBe(t('2024-11-03T05:30:00Z'));
    expect(repeated.isOpen('2024-11-03T05:30:00Z')).toBe(true);
    expect(repeated.isOpen('2024-11-03T06:30:00Z')).toBe(true);
    expect(repeated.nextClose('2024-11-03T05:30:00Z')).toBe(t('2024-11-03T08:00:00Z'));
    expect(repeated.elapsed('2024-11-03T00:00:00Z', '2024-11-04T00:00:00Z')).toBe(2.5 * H);
    // isOpen and the arithmetic agree on the resolved intervals.
    expect(repeated.add('2024-11-03T00:00:00Z', 0)).toBe(t('2024-11-03T05:30:00Z'));
  });

  it('rule 6: overnight intervals belong to the day they start', () => {
    const night = { timeZone: 'UTC', week: { fri: [['22:00', '06:00']] } } as const;
    // 2024-01-05 is a Friday.
    const saturdayHoliday = createBusinessCalendar({ ...night, holidays: ['2024-01-06'] });
    expect(saturdayHoliday.isOpen('2024-01-06T03:00:00Z')).toBe(true);
    const fridayHoliday = createBusinessCalendar({ ...night, holidays: ['2024-01-05'] });
    expect(fridayHoliday.isOpen('2024-01-05T23:00:00Z')).toBe(false);
    expect(fridayHoliday.isOpen('2024-01-06T03:00:00Z')).toBe(false);
    const saturdaySpecial = createBusinessCalendar({
      ...night,
      special: [{ date: '2024-01-06', hours: [] }],
    });
    expect(saturdaySpecial.isOpen('2024-01-06T05:59:59Z')).toBe(true);
    const fridaySpecial = createBusinessCalendar({
      ...night,
      special: [{ date: '2024-01-05', hours: [['20:00', '02:00']] }],
    });
    expect(fridaySpecial.openIntervals('2024-01-05T00:00:00Z', '2024-01-07T00:00:00Z')).toEqual([
      [t('2024-01-05T20:00:00Z'), t('2024-01-06T02:00:00Z')],
    ]);
  });

  it('rule 7: adjacent intervals merge, joins are not closings', () => {
    const allWeek = createBusinessCalendar({
      timeZone: 'Europe/Berlin',
      week: {
        mon: [['00:00', '24:00']],
        tue: [['00:00', '24:00']],
        wed: [['00:00', '24:00']],
        thu: [['00:00', '24:00']],
        fri: [['00:00', '24:00']],
      },
    });
    expect(allWeek.nextClose('2024-01-01T10:00:00Z')).toBe(t('2024-01-05T23:00:00Z'));
    expect(allWeek.openIntervals('2024-01-01T00:00:00Z', '2024-01-07T23:00:00Z')).toEqual([
      [t('2024-01-01T00:00:00Z'), t('2024-01-05T23:00:00Z')],
    ]);
    const split = createBusinessCalendar({
      timeZone: 'UTC',
      week: { fri: [['22:00', '06:00']], sat: [['06:00', '12:00']] },
    });
    expect(split.nextClose('2024-01-05T23:00:00Z')).toBe(t('2024-01-06T12:00:00Z'));
    expect(split.nextOpen('2024-01-05T23:00:00Z')).toBe(t('2024-01-12T22:00:00Z'));
    const always = createBusinessCalendar({
      timeZone: 'UTC',
      week: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]),
      ),
    });
    expect(always.nextClose('2024-01-01T10:00:00Z')).toBe(Number.POSITIVE_INFINITY);
    expect(always.openIntervals('2024-01-01T00:00:00Z', '2024-03-01T00:00:00Z')).toHaveLength(1);
  });

  it('rule 8: elapsed is antisymmetric and counts [a, b)', () => {
    const a = t('2024-01-01T08:00:00Z');
    const b = t('2024-01-03T12:00:00Z');
    expect(office.elapsed(a, b)).toBe(19 * H);
    expect(office.elapsed(b, a)).toBe(-19 * H);
    expect(office.elapsed(a, a)).toBe(0);
    expect(office.elapsed('2024-01-01T09:00:00Z', '2024-01-01T09:00:00.001Z')).toBe(1);
  });

  it('rule 9: special days win over holidays; holidays remove whole days; closures are time ranges', () => {
    const calendar = createBusinessCalendar({
      timeZone: 'UTC',
      week: weekdays,
      holidays: ['2024-01-02', '2024-01-03'],
      special: [{ date: '2024-01-03', hours: [['10:00', '12:00']] }],
      closures: [{ from: '2024-01-04T12:00:00Z', to: '2024-01-04T13:00:00Z' }],
    });
    expect(calendar.elapsed('2024-01-02T00:00:00Z', '2024-01-03T00:00:00Z')).toBe(0);
    expect(calendar.elapsed('2024-01-03T00:00:00Z', '2024-01-04T00:00:00Z')).toBe(2 * H);
    expect(calendar.elapsed('2024-01-04T00:00:00Z', '2024-01-05T00:00:00Z')).toBe(7 * H);
    expect(calendar.isOpen('2024-01-04T12:30:00Z')).toBe(false);
    expect(calendar.nextClose('2024-01-04T10:00:00Z')).toBe(t('2024-01-04T12:00:00Z'));
    expect(calendar.nextOpen('2024-01-04T12:00:00Z')).toBe(t('2024-01-04T13:00:00Z'));
  });

  it('rule 10: nextOpen / nextClose are strictly after t, even on a boundary', () => {
    expect(office.nextOpen('2024-01-01T09:00:00Z')).toBe(t('2024-01-02T09:00:00Z'));
    expect(office.nextOpen('2024-01-01T10:00:00Z')).toBe(t('2024-01-02T09:00:00Z'));
    expect(office.nextOpen('2024-01-01T08:00:00Z')).toBe(t('2024-01-01T09:00:00Z'));
    expect(office.nextClose('2024-01-01T17:00:00Z')).toBe(t('2024-01-02T17:00:00Z'));
    expect(office.nextClose('2024-01-01T16:00:00Z')).toBe(t('2024-01-01T17:00:00Z'));
    expect(office.nextClose('2024-01-06T16:00:00Z')).toBe(t('2024-01-08T17:00:00Z'));
  });

  it('rule 11: exclude ranges are closed time for add, subtract and elapsed', () => {
    const exclude = [[t('2024-01-01T10:00:00Z'), t('2024-01-01T12:00:00Z')]] as const;
    expect(office.elapsed('2024-01-01T09:00:00Z', '2024-01-01T17:00:00Z', { exclude })).toBe(6 * H);
    expect(office.add('2024-01-01T09:00:00Z', 2 * H, { exclude })).toBe(t('2024-01-01T13:00:00Z'));
    expect(office.add('2024-01-01T09:00:00Z', 1 * H, { exclude })).toBe(t('2024-01-01T10:00:00Z'));
    expect(office.add('2024-01-01T10:30:00Z', 0, { exclude })).toBe(t('2024-01-01T12:00:00Z'));
    expect(office.subtract('2024-01-01T13:00:00Z', 2 * H, { exclude })).toBe(t('2024-01-01T09:00:00Z'));
    expect(office.subtract('2024-01-01T12:00:00Z', 0, { exclude })).toBe(t('2024-01-01T10:00:00Z'));
    const objects = [{ from: '2024-01-01T16:00:00Z', to: '2024-01-02T10:00:00Z' }];
    expect(office.add('2024-01-01T15:00:00Z', 2 * H, { exclude: objects })).toBe(t('2024-01-02T11:00:00Z'));
    expect(() => office.elapsed(0, 1, { exclude: [[5, 1]] })).toThrow(CareValidationError);
  });

  it('rule 12: a calendar never open within the horizon throws a typed error', () => {
    const closed = createBusinessCalendar({ timeZone: 'Europe/Berlin' });
    expect(() => closed.add('2024-01-01T00:00:00Z', H)).toThrow(CalendarNeverOpenError);
    expect(() => closed.nextOpen('2024-01-01T00:00:00Z')).toThrow(CalendarNeverOpenError);
    expect(() => closed.subtract('2024-01-01T00:00:00Z', H)).toThrow(CalendarNeverOpenError);
    expect(closed.isOpen('2024-01-01T00:00:00Z')).toBe(false);
    const once = { timeZone: 'UTC', special: [{ date: '2026-06-01', hours: [['09:00', '10:00']] }] } as const;
    expect(createBusinessCalendar(once).add('2024-01-01T00:00:00Z', 0)).toBe(t('2026-06-01T09:00:00Z'));
    expect(() => createBusinessCalendar({ ...once, horizon: '365d' }).add('2024-01-01T00:00:00Z', 0)).toThrow(
      CalendarNeverOpenError,
    );
    expect(() => createBusinessCalendar(once, { horizon: 'P30D' }).nextOpen('2024-01-01T00:00:00Z')).toThrow(
      CalendarNeverOpenError,
    );
    // Open time that stops: a long budget does not loop forever.
    expect(() => createBusinessCalendar(once).add('2024-01-01T00:00:00Z', 2 * H)).toThrow(
      CalendarNeverOpenError,
    );
  });

  it('rule 14: integer milliseconds end to end', () => {
    const precise = createBusinessCalendar({
      timeZone: 'UTC',
      week: { mon: [['09:00:00.250', '09:00:01']] },
    });
    expect(precise.elapsed('2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z')).toBe(750);
    expect(precise.add('2024-01-01T00:00:00Z', 1)).toBe(t('2024-01-01T09:00:00.251Z'));
    expect(office.add(t('2024-01-01T09:00:00Z') + 7, 3)).toBe(t('2024-01-01T09:00:00Z') + 10);
    expect(office.add('2024-01-01T09:00:00Z', 0.4)).toBe(t('2024-01-01T09:00:00Z'));
  });
});

import fc from 'fast-check';
import { createBusinessCalendar } from 'socialcare/calendar';
import { describe, expect, it } from 'vitest';
import { OpenTimeIndex } from './open-time-index';
import type { SlaRange } from './sla-calendar';

const calendars = {
  weekdays: createBusinessCalendar({
    timeZone: 'Europe/Amsterdam',
    week: {
      mon: [
        ['09:00', '12:30'],
        ['13:30', '17:00'],
      ],
      tue: [['09:00', '17:00']],
      wed: [['09:00', '17:00']],
      thu: [['09:00', '17:00']],
      fri: [['09:00', '17:00']],
    },
    holidays: ['2024-03-29', '2024-04-01', '2024-12-25'],
    special: [{ date: '2024-12-24', hours: [['09:00', '13:00']] }],
  }),
  overnight: createBusinessCalendar({
    timeZone: 'America/New_York',
    week: { fri: [['22:00', '06:00']], sat: [['00:00', '24:00']], sun: [['20:00', '02:00']] },
  }),
  always: createBusinessCalendar({
    timeZone: 'UTC',
    week: {
      mon: [['00:00', '24:00']],
      tue: [['00:00', '24:00']],
      wed: [['00:00', '24:00']],
      thu: [['00:00', '24:00']],
      fri: [['00:00', '24:00']],
      sat: [['00:00', '24:00']],
      sun: [['00:00', '24:00']],
    },
  }),
};

const START = Date.parse('2024-03-01T00:00:00Z');
const SPAN = 400 * 86_400_000;
const instant = fc.integer({ min: START, max: START + SPAN });
const ranges = fc
  .array(fc.tuple(instant, fc.integer({ min: 0, max: 5 * 86_400_000 })), { maxLength: 4 })
  .map((list) => {
    const sorted = list
      .map(([from, length]) => [from, from + length] as [number, number])
      .sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const range of sorted) {
      const last = merged[merged.length - 1];
      if (last && last[1] >= range[0]) last[1] = Math.max(last[1], range[1]);
      else merged.push(range);
    }
    return merged as SlaRange[];
  });

describe('OpenTimeIndex agrees with the calendar it caches', () => {
  for (const [name, calendar] of Object.entries(calendars)) {
    it(`${name}: elapsed and add, with and without exclusions (DST in range)`, () => {
      const index = new OpenTimeIndex(calendar);
      fc.assert(
        fc.property(
          instant,
          instant,
          fc.integer({ min: 0, max: 200 * 3_600_000 }),
          ranges,
          (a, b, ms, exclude) => {
            const options = { exclude };
            expect(index.elapsed(a, b)).toBe(calendar.elapsed(a, b));
            expect(index.elapsed(a, b, options)).toBe(calendar.elapsed(a, b, options));
            expect(index.add(a, ms)).toBe(calendar.add(a, ms));
            expect(index.add(a, ms, options)).toBe(calendar.add(a, ms, options));
            expect(index.add(a, 0, options)).toBe(calendar.add(a, 0, options));
          },
        ),
        { numRuns: 300 },
      );
    });
  }

  for (const [name, calendar] of Object.entries(calendars)) {
    it(`${name}: measureClock (with and without exclusions) equals elapsed and add`, () => {
      const index = new OpenTimeIndex(calendar);
      fc.assert(
        fc.property(
          instant,
          fc.integer({ min: 0, max: 20 * 86_400_000 }),
          fc.array(fc.integer({ min: 0, max: 100 * 3_600_000 }), { minLength: 1, maxLength: 3 }),
          ranges,
          (start, length, budgets, exclude) => {
            const out: number[] = [];
            const used = index.measureClock(start, start + length, budgets, budgets.length, out, exclude);
            const options = { exclude };
            expect(used).toBe(calendar.elapsed(start, start + length, options));
            budgets.forEach((budget, i) => {
              expect(out[i]).toBe(calendar.add(start, budget, options));
            });
          },
        ),
        { numRuns: 300 },
      );
    });
  }

  for (const [name, calendar] of Object.entries(calendars)) {
    it(`${name}: measureClock with consecutive budgets (due, then breach) equals add, at closing instants too`, () => {
      const index = new OpenTimeIndex(calendar);
      // Half-hour multiples: starts, budgets and pauses often meet the instants the calendar opens
      // and closes, where the budget one more than the previous one lands in the next interval.
      const halfHour = 1_800_000;
      const aligned = fc.integer({ min: 0, max: SPAN / halfHour }).map((k) => START + k * halfHour);
      const pauses = fc
        .array(fc.tuple(aligned, fc.integer({ min: 1, max: 96 })), { maxLength: 3 })
        .map((list) => {
          const merged: [number, number][] = [];
          for (const [from, halves] of list.sort((a, b) => a[0] - b[0])) {
            const last = merged[merged.length - 1];
            const to = from + halves * halfHour;
            if (last && last[1] >= from) last[1] = Math.max(last[1], to);
            else merged.push([from, to]);
          }
          return merged as SlaRange[];
        });
      fc.assert(
        fc.property(
          aligned,
          fc.integer({ min: 0, max: 200 }),
          fc.integer({ min: 0, max: 20 * 86_400_000 }),
          fc.constantFrom(0, 1, -1),
          pauses,
          (start, halves, length, shift, exclude) => {
            const due = halves * halfHour + shift;
            const budgets = [due, due + 1, due + 2];
            for (const list of [[], exclude]) {
              const out: number[] = [];
              index.measureClock(start, start + length, budgets, budgets.length, out, list);
              budgets.forEach((budget, i) => {
                expect(out[i]).toBe(calendar.add(start, budget, { exclude: list }));
              });
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  }

  it('counts a negative budget back from the start, across the lunch break (as the calendar does)', () => {
    const index = new OpenTimeIndex(calendars.weekdays);
    const afterLunch = Date.parse('2024-10-07T11:30:00Z'); // Monday 13:30 in Amsterdam, reopening
    const out: number[] = [];
    index.measureClock(afterLunch, afterLunch, [-1, 0, 1], 3, out);
    expect(out).toEqual([
      Date.parse('2024-10-07T10:29:59.999Z'), // 12:29:59.999, the last open ms before lunch
      afterLunch,
      afterLunch + 1,
    ]);
    expect(out[0]).toBe(calendars.weekdays.add(afterLunch, -1));
  });

  it('never answers an excluded instant: a pause that starts when the calendar opens', () => {
    const index = new OpenTimeIndex(calendars.weekdays);
    const before = Date.parse('2024-03-05T06:00:00Z'); // Tuesday 07:00 in Amsterdam, closed
    const opens = Date.parse('2024-03-05T08:00:00Z'); // 09:00
    const options = { exclude: [[opens, opens + 3_600_000]] as SlaRange[] };
    for (const ms of [0, 1, 30 * 60_000]) {
      expect(index.add(before, ms, options)).toBe(calendars.weekdays.add(before, ms, options));
    }
    expect(index.add(before, 0, options)).toBe(opens + 3_600_000);
  });

  it('answers instants before the first cached chunk', () => {
    const index = new OpenTimeIndex(calendars.weekdays);
    const late = Date.parse('2025-01-10T10:00:00Z');
    const early = Date.parse('2024-02-01T10:00:00Z');
    expect(index.elapsed(late, late + 3_600_000)).toBe(calendars.weekdays.elapsed(late, late + 3_600_000));
    expect(index.elapsed(early, late)).toBe(calendars.weekdays.elapsed(early, late));
    expect(index.add(early, 1_000 * 3_600_000)).toBe(calendars.weekdays.add(early, 1_000 * 3_600_000));
  });
});

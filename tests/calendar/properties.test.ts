import fc from 'fast-check';
import { type BusinessCalendarInput, createBusinessCalendar } from 'socialcare/calendar';
import { describe, expect, it } from 'vitest';
import { reference, referenceIntervals } from './reference-calendar';

/** Multiply the number of runs for a deeper search: CALENDAR_PROPERTY_RUNS=10 npx vitest run tests/calendar. */
const SCALE = Math.max(1, Number(process.env.CALENDAR_PROPERTY_RUNS ?? 1));
const DAY = 86_400_000;
const H = 3_600_000;
const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/Berlin',
  'Europe/London',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'America/Sao_Paulo',
  'Pacific/Apia',
  'America/Santiago',
  'Africa/Casablanca',
];
const KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const fmt = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** One day's hours: sorted distinct minute marks paired up; the last pair may cross midnight. */
const dayHours = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 0, max: 1440 }), { maxLength: 6 }), fc.boolean())
  .map(([marks, overnight]) => {
    const sorted = [...marks]
      .sort((a, b) => a - b)
      .filter((m, i, all) => i % 2 === 1 || m < 1440 || all.length === 1);
    const out: [string, string][] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) out.push([fmt(sorted[i]!), fmt(sorted[i + 1]!)]);
    const last = out[out.length - 1];
    if (overnight && last && sorted[0]! > 0 && last[1] !== '24:00' && sorted.length >= 2) {
      // close before the day's first opening: crosses midnight into the next date
      out[out.length - 1] = [last[0], fmt(Math.min(sorted[0]! - 1, 600))];
      if (out[out.length - 1]![1] === out[out.length - 1]![0]) out.pop();
    }
    return out.filter(([a, b]) => a !== b);
  });

const dateIn = (from: string, days: number) =>
  fc
    .integer({ min: 0, max: days })
    .map((n) => new Date(Date.parse(from) + n * DAY).toISOString().slice(0, 10));

const calendarInput: fc.Arbitrary<BusinessCalendarInput> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    week: fc.tuple(...KEYS.map(() => dayHours)),
    holidays: fc.uniqueArray(dateIn('2024-01-01', 500), { maxLength: 12 }),
    special: fc.uniqueArray(fc.record({ date: dateIn('2024-01-01', 500), hours: dayHours }), {
      maxLength: 6,
      selector: (s) => s.date,
    }),
    closures: fc.array(
      fc.tuple(fc.integer({ min: 0, max: 500 * 24 }), fc.integer({ min: 1, max: 72 })).map(([h, len]) => ({
        from: new Date(Date.parse('2024-01-01T00:00:00Z') + h * H).toISOString(),
        to: new Date(Date.parse('2024-01-01T00:00:00Z') + (h + len) * H).toISOString(),
      })),
      { maxLength: 3 },
    ),
  })
  .map((r) => ({ ...r, week: Object.fromEntries(KEYS.map((k, i) => [k, r.week[i]!])) }))
  .filter((input) => {
    try {
      createBusinessCalendar(input);
      return Object.values(input.week ?? {}).some((d) => (d?.length ?? 0) > 0);
    } catch {
      return false;
    }
  });

// Query instants around DST changes of 2024 in both hemispheres.
const ANCHORS = [
  '2024-03-10',
  '2024-03-31',
  '2024-04-07',
  '2024-09-08',
  '2024-10-06',
  '2024-10-27',
  '2024-11-03',
  '2024-06-15',
];
const WINDOW_DAYS = 40;

describe('calendar engine matches a naive reference implementation', () => {
  it(
    'isOpen, elapsed, add, subtract, nextOpen and nextClose agree with the reference',
    () => {
      fc.assert(
        fc.property(
          calendarInput,
          fc.constantFrom(...ANCHORS),
          fc.array(
            fc.tuple(
              fc.integer({ min: 0, max: 20 * DAY }),
              fc.integer({ min: 0, max: 20 * DAY }),
              fc.integer({ min: 0, max: 30 * H }),
            ),
            {
              minLength: 5,
              maxLength: 5,
            },
          ),
          (input, anchor, queries) => {
            const calendar = createBusinessCalendar(input);
            const anchorDay = Math.floor(Date.parse(anchor) / DAY);
            const iv = referenceIntervals(input, anchorDay - WINDOW_DAYS / 2, anchorDay + WINDOW_DAYS / 2);
            const lo = (anchorDay - 10) * DAY;
            for (const [x, y, d] of queries) {
              const a = lo + x;
              const b = lo + y;
              expect(calendar.isOpen(a)).toBe(reference.isOpen(iv, a));
              const span = reference.elapsed(iv, Math.min(a, b), Math.max(a, b));
              expect(calendar.elapsed(a, b)).toBe(a <= b ? span : 0 - span);
              const added = reference.add(iv, a, d);
              if (added !== undefined && added < (anchorDay + WINDOW_DAYS / 2 - 2) * DAY)
                expect(calendar.add(a, d)).toBe(added);
              const subtracted = reference.subtract(iv, b, d);
              if (subtracted !== undefined && subtracted > (anchorDay - WINDOW_DAYS / 2 + 2) * DAY)
                expect(calendar.subtract(b, d)).toBe(subtracted);
              const open = reference.nextOpen(iv, a);
              if (open !== undefined && open < (anchorDay + WINDOW_DAYS / 2 - 2) * DAY)
                expect(calendar.nextOpen(a)).toBe(open);
              const close = reference.nextClose(iv, a);
              if (close !== undefined && close < (anchorDay + WINDOW_DAYS / 2 - 2) * DAY)
                expect(calendar.nextClose(a)).toBe(close);
              expect(calendar.openIntervals(a, a + 3 * DAY)).toEqual(
                iv
                  .filter(([s, e]) => e > a && s < a + 3 * DAY)
                  .map(([s, e]) => [Math.max(s, a), Math.min(e, a + 3 * DAY)]),
              );
            }
          },
        ),
        { numRuns: 20 * SCALE },
      );
    },
    60_000 * SCALE,
  );
});

describe('exclusions match the reference', () => {
  it(
    'add, subtract and elapsed with exclude agree with the reference on the remaining open time',
    () => {
      fc.assert(
        fc.property(
          calendarInput,
          fc.constantFrom(...ANCHORS),
          fc.array(fc.tuple(fc.integer({ min: 0, max: 20 * DAY }), fc.integer({ min: 0, max: 3 * DAY })), {
            maxLength: 4,
          }),
          fc.array(
            fc.tuple(
              fc.integer({ min: 0, max: 20 * DAY }),
              fc.integer({ min: 0, max: 20 * DAY }),
              fc.integer({ min: 0, max: 30 * H }),
            ),
            {
              minLength: 4,
              maxLength: 4,
            },
          ),
          (input, anchor, pauses, queries) => {
            const calendar = createBusinessCalendar(input);
            const anchorDay = Math.floor(Date.parse(anchor) / DAY);
            const lo = (anchorDay - 10) * DAY;
            const exclude = pauses.map(
              ([from, length]) => [lo + from, lo + from + length] as [number, number],
            );
            let iv = referenceIntervals(input, anchorDay - WINDOW_DAYS / 2, anchorDay + WINDOW_DAYS / 2);
            for (const [cf, ct] of exclude) {
              iv = iv.flatMap(([a, b]): [number, number][] =>
                ct <= a || cf >= b
                  ? [[a, b]]
                  : ([cf > a ? [a, cf] : undefined, ct < b ? [ct, b] : undefined].filter(Boolean) as [
                      number,
                      number,
                    ][]),
              );
            }
            const merged: [number, number][] = [];
            for (const [a, b] of iv.sort((x, y) => x[0] - y[0])) {
              const last = merged[merged.length - 1];
              if (last && a <= last[1]) last[1] = Math.max(last[1], b);
              else merged.push([a, b]);
            }
            const upper = (anchorDay + WINDOW_DAYS / 2 - 2) * DAY;
            const lower = (anchorDay - WINDOW_DAYS / 2 + 2) * DAY;
            for (const [x, y, d] of queries) {
              const a = lo + x;
              const b = lo + y;
              const span = reference.elapsed(merged, Math.min(a, b), Math.max(a, b));
              expect(calendar.elapsed(a, b, { exclude })).toBe(a <= b ? span : 0 - span);
              const added = reference.add(merged, a, d);
              if (added !== undefined && added < upper) expect(calendar.add(a, d, { exclude })).toBe(added);
              const subtracted = reference.subtract(merged, b, d);
              if (subtracted !== undefined && subtracted > lower)
                expect(calendar.subtract(b, d, { exclude })).toBe(subtracted);
            }
          },
        ),
        { numRuns: 15 * SCALE },
      );
    },
    60_000 * SCALE,
  );
});

const instantIn2024to2027 = fc.integer({
  min: Date.parse('2024-01-01T00:00:00Z'),
  max: Date.parse('2027-01-01T00:00:00Z'),
});
const budget = fc.integer({ min: 0, max: 2_000 * H });

describe('calendar properties (fast-check)', () => {
  it('elapsed(a, add(a, d)) == d when a is open', () => {
    fc.assert(
      fc.property(calendarInput, instantIn2024to2027, budget, (input, a, d) => {
        const calendar = createBusinessCalendar(input);
        const start = calendar.add(a, 0);
        expect(calendar.isOpen(start)).toBe(true);
        expect(calendar.elapsed(start, calendar.add(start, d))).toBe(d);
        expect(calendar.elapsed(calendar.subtract(start, d), start)).toBe(d);
      }),
      { numRuns: 150 * SCALE },
    );
  });

  it('add lands in open time or on a closing instant', () => {
    fc.assert(
      fc.property(calendarInput, instantIn2024to2027, budget, (input, a, d) => {
        const calendar = createBusinessCalendar(input);
        const result = calendar.add(a, d);
        expect(calendar.isOpen(result) || calendar.isOpen(result - 1)).toBe(true);
        if (d > 0 && !calendar.isOpen(result)) expect(calendar.subtract(result, 0)).toBe(result);
      }),
      { numRuns: 150 * SCALE },
    );
  });

  it('add is monotonic in d, subtract antitonic', () => {
    fc.assert(
      fc.property(calendarInput, instantIn2024to2027, budget, budget, (input, a, d1, d2) => {
        const calendar = createBusinessCalendar(input);
        const [small, large] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(calendar.add(a, small)).toBeLessThanOrEqual(calendar.add(a, large));
        expect(calendar.subtract(a, small)).toBeGreaterThanOrEqual(calendar.subtract(a, large));
      }),
      { numRuns: 150 * SCALE },
    );
  });

  it('elapsed is antisymmetric and additive', () => {
    fc.assert(
      fc.property(
        calendarInput,
        instantIn2024to2027,
        instantIn2024to2027,
        instantIn2024to2027,
        (input, a, b, c) => {
          const calendar = createBusinessCalendar(input);
          expect(calendar.elapsed(a, b) + calendar.elapsed(b, a)).toBe(0);
          expect(calendar.elapsed(a, b) + calendar.elapsed(b, c)).toBe(calendar.elapsed(a, c));
        },
      ),
      { numRuns: 150 * SCALE },
    );
  });

  it('excluding more time never increases elapsed, and add with exclusions skips them', () => {
    const range = fc
      .tuple(instantIn2024to2027, fc.integer({ min: 0, max: 30 * DAY }))
      .map(([f, len]) => [f, f + len] as const);
    fc.assert(
      fc.property(
        calendarInput,
        instantIn2024to2027,
        instantIn2024to2027,
        fc.array(range, { maxLength: 4 }),
        range,
        budget,
        (input, a, b, some, extra, d) => {
          const calendar = createBusinessCalendar(input);
          const [from, to] = a <= b ? [a, b] : [b, a];
          const fewer = calendar.elapsed(from, to, { exclude: some });
          const more = calendar.elapsed(from, to, { exclude: [...some, extra] });
          expect(more).toBeLessThanOrEqual(fewer);
          expect(fewer).toBeLessThanOrEqual(calendar.elapsed(from, to));
          const end = calendar.add(from, d, { exclude: some });
          expect(calendar.elapsed(from, end, { exclude: some })).toBe(d);
          const begin = calendar.subtract(to, d, { exclude: some });
          expect(calendar.elapsed(begin, to, { exclude: some })).toBe(d);
        },
      ),
      { numRuns: 100 * SCALE },
    );
  });
});

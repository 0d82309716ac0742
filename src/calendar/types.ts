import type { DurationInput } from '../shared/duration';
import type { Instant, InstantInput } from '../shared/instant';

/**
 * A day of the week as used in {@link BusinessCalendarInput.week}.
 *
 * @example
 * ```ts
 * const day: Weekday = 'mon';
 * ```
 */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * The weekdays in order, Monday first.
 *
 * @example
 * ```ts
 * WEEKDAYS[0]; // 'mon'
 * ```
 */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * Opening hours of one day: `[open, close]` local times `HH:MM` or `HH:MM:SS`. `close <= open`
 * crosses midnight and ends on the next local date; `"24:00"` is the next local midnight.
 *
 * @example
 * ```ts
 * const split: HoursInput = [['09:00', '12:30'], ['13:30', '17:00']];
 * const night: HoursInput = [['22:00', '06:00']];
 * ```
 */
export type HoursInput = readonly (readonly [open: string, close: string])[];

/**
 * A date whose hours replace the weekly hours (`hours: []` = closed all day).
 *
 * @example
 * ```ts
 * const christmasEve: SpecialDayInput = { date: '2024-12-24', hours: [['09:00', '13:00']] };
 * ```
 */
export interface SpecialDayInput {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
  /** The hours of that date. */
  readonly hours: HoursInput;
}

/**
 * A time-ranged closure `[from, to)` (an outage, a team event).
 *
 * @example
 * ```ts
 * const outage: ClosureInput = { from: '2024-06-01T10:00:00Z', to: '2024-06-01T12:00:00Z' };
 * ```
 */
export interface ClosureInput {
  /** First closed instant. */
  readonly from: InstantInput;
  /** First instant open again (exclusive end). */
  readonly to: InstantInput;
}

/**
 * The published hours of a team, as described in `calendar-semantics.md`. Every local time, date and
 * holiday is local to `timeZone`.
 *
 * @example
 * ```ts
 * const input: BusinessCalendarInput = {
 *   timeZone: 'Europe/Amsterdam',
 *   week: { mon: [['09:00', '17:00']], fri: [['22:00', '06:00']] },
 *   holidays: ['2024-12-25'],
 *   special: [{ date: '2024-12-24', hours: [['09:00', '13:00']] }],
 * };
 * ```
 */
export interface BusinessCalendarInput {
  /** IANA time zone, e.g. `Europe/Amsterdam`. */
  readonly timeZone: string;
  /** A label for the calendar (a team or account), used nowhere in the arithmetic. */
  readonly name?: string;
  /** Weekly hours; a missing day is closed. */
  readonly week?: Partial<Record<Weekday, HoursInput>>;
  /** Local dates `YYYY-MM-DD` whose own intervals are removed. */
  readonly holidays?: readonly string[];
  /** Dates whose hours replace the weekly hours (they win over holidays). */
  readonly special?: readonly SpecialDayInput[];
  /** Time-ranged closures. */
  readonly closures?: readonly ClosureInput[];
  /** How far to search for open time before giving up with `CalendarNeverOpenError` (default 10 years). */
  readonly horizon?: DurationInput;
}

/**
 * Options of `createBusinessCalendar` (they win over the same fields of the input).
 *
 * @example
 * ```ts
 * createBusinessCalendar(input, { horizon: '730d', cacheWeeks: 256 });
 * ```
 */
export interface BusinessCalendarOptions {
  /** How far to search for open time before throwing `CalendarNeverOpenError` (default 10 years). */
  readonly horizon?: DurationInput;
  /** How many resolved weeks to keep in memory (default 1024). */
  readonly cacheWeeks?: number;
}

/**
 * A closed range `[from, to)` as a pair or an object.
 *
 * @example
 * ```ts
 * const pause: ExcludeRange = ['2024-03-11T15:00:00Z', '2024-03-11T16:00:00Z'];
 * ```
 */
export type ExcludeRange =
  | readonly [from: InstantInput, to: InstantInput]
  | { readonly from: InstantInput; readonly to: InstantInput };

/**
 * Options of `add`, `subtract` and `elapsed`.
 *
 * @example
 * ```ts
 * calendar.elapsed(created, solved, { exclude: [[waitingSince, customerReplied]] });
 * ```
 */
export interface BusinessTimeOptions {
  /** Half-open `[from, to)` ranges treated as closed time (SLA pauses such as waiting on the customer). */
  readonly exclude?: readonly ExcludeRange[];
}

/**
 * An open interval `[open, close)` in epoch milliseconds.
 *
 * @example
 * ```ts
 * const [open, close]: OpenInterval = calendar.openIntervals(from, to)[0]!;
 * ```
 */
export type OpenInterval = [open: Instant, close: Instant];

/**
 * A business-hours calendar. Instants in are `Date | number | ISO string`; instants out are epoch ms.
 * Durations are physical milliseconds (or `'1h30m'` / `'PT1H30M'`).
 *
 * @example
 * ```ts
 * const calendar = createBusinessCalendar({ timeZone: 'America/New_York', week: { mon: [['09:00', '17:00']] } });
 * calendar.add('2024-03-11T13:00:00Z', '2h'); // 2024-03-11T15:00:00Z as epoch ms
 * ```
 */
export interface BusinessCalendar {
  /** The IANA zone of the calendar (for combined calendars, the zone used for texts). */
  readonly timeZone: string;
  /** The calendar's name, when the input gave one. */
  readonly name: string | undefined;
  /** True when `at` lies inside an open interval `[open, close)`. */
  isOpen(at: InstantInput): boolean;
  /** The next opening strictly after `at`; `Infinity` when open without a break for the whole horizon. */
  nextOpen(at: InstantInput): Instant;
  /** The next closing strictly after `at`; `Infinity` when open without a break for the whole horizon. */
  nextClose(at: InstantInput): Instant;
  /** The instant `duration` of open time after `at` (a negative duration subtracts). */
  add(at: InstantInput, duration: DurationInput, options?: BusinessTimeOptions): Instant;
  /** The instant `duration` of open time before `at` (a negative duration adds). */
  subtract(at: InstantInput, duration: DurationInput, options?: BusinessTimeOptions): Instant;
  /** Open ms in `[from, to)`, negative when `to < from`. */
  elapsed(from: InstantInput, to: InstantInput, options?: BusinessTimeOptions): number;
  /** The open intervals clipped to `[from, to)`, adjacent ones merged. */
  openIntervals(from: InstantInput, to: InstantInput): OpenInterval[];
  /** The published hours, e.g. `Mon-Fri 09:00-17:00, Sat 10:00-14:00 (Europe/Amsterdam)`. */
  describe(locale?: string): string;
  /** An out-of-hours line, e.g. `We're back Monday at 09:00`. */
  nextOpenText(at: InstantInput, locale?: string): string;
}

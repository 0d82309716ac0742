/** A half-open `[from, to)` range of epoch milliseconds. */
export type SlaRange = readonly [from: number, to: number];

/** Options the SLA code passes to a calendar: pauses treated as closed time. */
export interface SlaCalendarOptions {
  /** Sorted, disjoint `[from, to)` ranges treated as closed (SLA pauses). */
  readonly exclude?: readonly SlaRange[];
}

/**
 * The part of a business calendar the SLA code uses. Any object with these two methods fits,
 * in particular a calendar made by `createBusinessCalendar` from `socialcare/calendar`.
 *
 * @example
 * ```ts
 * import { createBusinessCalendar } from 'socialcare/calendar';
 * const calendar: SlaCalendar = createBusinessCalendar({ timeZone: 'Europe/Paris', week: { mon: [['09:00', '17:00']] } });
 * ```
 */
export interface SlaCalendar {
  /** The instant `ms` of open time after `at` (excluded ranges count as closed). */
  add(at: number, ms: number, options?: SlaCalendarOptions): number;
  /** Open milliseconds in `[from, to)` minus the excluded ranges. */
  elapsed(from: number, to: number, options?: SlaCalendarOptions): number;
}

/**
 * Whether a value looks like a calendar the SLA code can use (has `add` and `elapsed`).
 *
 * @example
 * ```ts
 * isSlaCalendar(createBusinessCalendar(input)); // true
 * ```
 */
export function isSlaCalendar(value: unknown): value is SlaCalendar {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { add?: unknown }).add === 'function' &&
    typeof (value as { elapsed?: unknown }).elapsed === 'function'
  );
}

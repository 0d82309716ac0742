import { DAY } from '../shared/duration';
import { CareValidationError } from '../shared/errors';
import { type InstantInput, toInstant } from '../shared/instant';
import { parseLocalDate } from './local-time';

/**
 * The range of dates a holiday source returns.
 *
 * @example
 * ```ts
 * const range: HolidayRange = { from: '2025-01-01', to: '2025-12-31' };
 * ```
 */
export interface HolidayRange {
  /** First date: a local date `YYYY-MM-DD` (inclusive) or an instant (its UTC date, inclusive). */
  readonly from: string | InstantInput;
  /** Last date: a local date `YYYY-MM-DD` (inclusive) or an instant (exclusive). */
  readonly to: string | InstantInput;
}

/** Day number (days since 1970-01-01) of a range end; an instant `to` is exclusive. */
export function rangeDay(value: string | InstantInput, field: 'from' | 'to'): number {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = parseLocalDate(value);
    if (day === undefined) {
      throw new CareValidationError(`Invalid ${field}: "${value}" is not an existing date YYYY-MM-DD.`, [
        { path: [field], message: 'not an existing date' },
      ]);
    }
    return day;
  }
  if (value === undefined || value === null) {
    throw new CareValidationError(`Invalid ${field}: a date YYYY-MM-DD or an instant is required.`, [
      { path: [field], message: 'required' },
    ]);
  }
  const instant = toInstant(value, field);
  return Math.floor((field === 'to' ? instant - 1 : instant) / DAY);
}

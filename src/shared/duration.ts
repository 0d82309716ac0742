import { CareValidationError } from './errors';

/** One second, minute, hour, day and week in milliseconds. */
export const SECOND = 1_000;
/** One minute in milliseconds. */
export const MINUTE = 60 * SECOND;
/** One hour in milliseconds. */
export const HOUR = 60 * MINUTE;
/** One day (24 physical hours) in milliseconds. */
export const DAY = 24 * HOUR;
/** One week (7 physical days) in milliseconds. */
export const WEEK = 7 * DAY;

/**
 * A duration as accepted at the public edge: milliseconds, a short form (`'90m'`, `'1h30m'`,
 * `'2d'`, `'45s'`, `'500ms'`) or ISO 8601 (`'PT1H30M'`, `'P1D'`; days are 24 hours).
 */
export type DurationInput = number | string;

const SHORT =
  /^(?:(\d+(?:\.\d+)?)w)?(?:(\d+(?:\.\d+)?)d)?(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?!s))?(?:(\d+(?:\.\d+)?)s)?(?:(\d+)ms)?$/;
const ISO =
  /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

/**
 * Converts a {@link DurationInput} to whole milliseconds.
 *
 * @throws CareValidationError when the value is negative, not finite or not a known form
 * @example
 * ```ts
 * toDuration('1h30m'); // 5400000
 * toDuration('PT15M'); // 900000
 * ```
 */
export function toDuration(value: DurationInput, field = 'duration'): number {
  const ms = typeof value === 'number' ? value : parseDurationText(value.trim());
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) {
    throw new CareValidationError(
      `Invalid ${field}: ${JSON.stringify(value)} is not a duration (use milliseconds, '1h30m' or 'PT1H30M').`,
      [{ path: [field], message: 'expected a non-negative duration' }],
    );
  }
  return Math.round(ms);
}

function parseDurationText(text: string): number | undefined {
  if (text === '') return undefined;
  const short = SHORT.exec(text);
  if (short) {
    const [, w, d, h, m, s, msPart] = short;
    return num(w) * WEEK + num(d) * DAY + num(h) * HOUR + num(m) * MINUTE + num(s) * SECOND + num(msPart);
  }
  const iso = ISO.exec(text);
  if (iso && text.length > 1 && !/T$/i.test(text)) {
    const [, w, d, h, m, s] = iso;
    return num(w) * WEEK + num(d) * DAY + num(h) * HOUR + num(m) * MINUTE + num(s) * SECOND;
  }
  return undefined;
}

function num(part: string | undefined): number {
  return part === undefined ? 0 : Number(part);
}

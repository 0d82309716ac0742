import { CareValidationError } from './errors';

/** An instant as accepted at the public edge: a `Date`, epoch milliseconds, or an ISO 8601 string. */
export type InstantInput = Date | number | string;

/** Epoch milliseconds: the only representation of an instant inside socialcare. */
export type Instant = number;

/**
 * Converts an {@link InstantInput} to epoch milliseconds. Strings must be ISO 8601 with a zone
 * designator (`Z` or an offset) so that the instant does not depend on the host's zone.
 *
 * @param value - the instant
 * @param field - the name of the field, used in the error message
 * @throws CareValidationError when the value is not a valid instant
 *
 * @example
 * ```ts
 * toInstant('2024-03-10T07:00:00Z'); // 1710054000000
 * ```
 */
export function toInstant(value: InstantInput, field = 'instant'): Instant {
  let ms: number;
  if (typeof value === 'number') ms = value;
  else if (value instanceof Date) ms = value.getTime();
  else if (typeof value === 'string') {
    if (!ISO_WITH_ZONE.test(value)) {
      throw new CareValidationError(
        `Invalid ${field}: "${value}" is not an ISO 8601 instant with a zone (e.g. 2024-03-10T07:00:00Z).`,
        [{ path: [field], message: 'expected an ISO 8601 instant with Z or an offset' }],
      );
    }
    ms = Date.parse(value);
  } else {
    throw new CareValidationError(`Invalid ${field}: expected a Date, epoch milliseconds or an ISO string.`, [
      { path: [field], message: 'expected Date | number | string' },
    ]);
  }
  if (!Number.isFinite(ms)) {
    throw new CareValidationError(`Invalid ${field}: ${String(value)} is not a valid instant.`, [
      { path: [field], message: 'not a finite instant' },
    ]);
  }
  return Math.trunc(ms);
}

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Formats epoch milliseconds as an ISO 8601 UTC string. */
export function formatInstant(at: Instant): string {
  return new Date(at).toISOString();
}

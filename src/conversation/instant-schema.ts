import { z } from 'zod';

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * An instant at the public edge: a `Date`, epoch milliseconds, or an ISO 8601 string with a zone;
 * parsed to integer epoch milliseconds.
 *
 * @example
 * ```ts
 * InstantSchema.parse('2024-03-10T07:00:00Z'); // 1710054000000
 * ```
 */
export const InstantSchema = z
  .union([
    z.number().finite(),
    z.date(),
    z.string().regex(ISO_WITH_ZONE, 'expected an ISO 8601 instant with Z or an offset'),
  ])
  .transform((value, ctx) => {
    const ms =
      typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : value.getTime();
    if (!Number.isFinite(ms)) {
      ctx.addIssue({ code: 'custom', message: 'not a valid instant' });
      return z.NEVER;
    }
    return Math.trunc(ms);
  });

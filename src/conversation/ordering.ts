import type { Message } from './message';

const DIGITS = /^\d+$/;

/**
 * Compares two ids: numeric ids (tweet ids and other snowflakes, longer than 2^53) by their
 * numeric value without converting to `number`, others by code unit order.
 *
 * @example
 * ```ts
 * ['10', '9', 'b', 'a'].sort(compareIds); // ['9', '10', 'a', 'b']
 * ```
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const aNumeric = DIGITS.test(a);
  const bNumeric = DIGITS.test(b);
  if (aNumeric && bNumeric) {
    const aTrim = a.replace(/^0+(?=\d)/, '');
    const bTrim = b.replace(/^0+(?=\d)/, '');
    if (aTrim.length !== bTrim.length) return aTrim.length - bTrim.length;
    return aTrim < bTrim ? -1 : aTrim > bTrim ? 1 : a < b ? -1 : 1;
  }
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return a < b ? -1 : 1;
}

/**
 * Orders messages by `createdAt`, then by id (the tie-break of the KPI definitions).
 *
 * @example
 * ```ts
 * messages.slice().sort(compareMessages);
 * ```
 */
export function compareMessages(
  a: Pick<Message, 'createdAt' | 'id'>,
  b: Pick<Message, 'createdAt' | 'id'>,
): number {
  return a.createdAt - b.createdAt || compareIds(a.id, b.id);
}

/**
 * Orders events by `at`, then by id: the order the fold applies them in, whatever order they arrived in.
 *
 * @example
 * ```ts
 * events.slice().sort(compareEvents);
 * ```
 */
export function compareEvents(
  a: { readonly at: number; readonly id: string },
  b: { readonly at: number; readonly id: string },
): number {
  return a.at - b.at || compareIds(a.id, b.id);
}

import type { Message } from './message';

/**
 * Compares two ids: numeric ids (tweet ids and other snowflakes, longer than 2^53) by their
 * numeric value without converting to `number`, others by code unit order. Numeric ids sort
 * before the others. Ids only reach this on a tie of instants, but sorting millions of events
 * makes that often: it reads char codes, with no regular expression and no copy.
 *
 * @example
 * ```ts
 * ['10', '9', 'b', 'a'].sort(compareIds); // ['9', '10', 'a', 'b']
 * ```
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const aNumeric = isDigits(a);
  const bNumeric = isDigits(b);
  if (aNumeric && bNumeric) {
    const aStart = leadingZeros(a);
    const bStart = leadingZeros(b);
    const length = a.length - aStart;
    if (length !== b.length - bStart) return length - (b.length - bStart);
    for (let i = 0; i < length; i++) {
      const difference = a.charCodeAt(aStart + i) - b.charCodeAt(bStart + i);
      if (difference !== 0) return difference < 0 ? -1 : 1;
    }
    // The same number written with different zero padding.
  } else if (aNumeric !== bNumeric) {
    return aNumeric ? -1 : 1;
  }
  return a < b ? -1 : 1;
}

function isDigits(id: string): boolean {
  if (id.length === 0) return false;
  for (let i = 0; i < id.length; i++) {
    const code = id.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** How many leading zeros to skip, keeping the last digit ('000' is 0). */
function leadingZeros(digits: string): number {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return i;
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

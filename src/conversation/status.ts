import { z } from 'zod';

/**
 * Conversation statuses. `pending-customer` waits on the customer (SLA clocks pause by default);
 * `resolved` and `closed` end the case (a later customer message reopens it).
 *
 * @example
 * ```ts
 * ConversationStatusSchema.parse('pending-customer');
 * ```
 */
export const ConversationStatusSchema = z.enum([
  'new',
  'open',
  'pending-customer',
  'pending-internal',
  'on-hold',
  'resolved',
  'closed',
]);

/** A conversation status. */
export type ConversationStatus = z.output<typeof ConversationStatusSchema>;

/** Statuses in which the case is finished. */
export const DONE_STATUSES: ReadonlySet<ConversationStatus> = new Set(['resolved', 'closed']);

/**
 * Whether a status means the case is finished (`resolved` or `closed`).
 *
 * @example
 * ```ts
 * isDoneStatus('resolved'); // true
 * ```
 */
export function isDoneStatus(status: ConversationStatus): boolean {
  return DONE_STATUSES.has(status);
}

/**
 * Priority of a case, used by SLA rules.
 *
 * @example
 * ```ts
 * PrioritySchema.parse('high');
 * ```
 */
export const PrioritySchema = z.enum(['low', 'normal', 'high', 'urgent']);

/** `'low' | 'normal' | 'high' | 'urgent'`. */
export type Priority = z.output<typeof PrioritySchema>;

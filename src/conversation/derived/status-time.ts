import type { Conversation } from '../conversation';
import type { ConversationStatus } from '../status';

/** A closed-open interval `[from, to)` of epoch milliseconds. */
export type InstantRange = readonly [from: number, to: number];

/**
 * Milliseconds spent in each status up to `at` (the current period counts up to `at`).
 *
 * @example
 * ```ts
 * timeInStatus(state, Date.parse('2024-03-11T00:00:00Z'))['pending-customer'];
 * ```
 */
export function timeInStatus(conversation: Conversation, at: number): Record<ConversationStatus, number> {
  const totals: Record<ConversationStatus, number> = {
    new: 0,
    open: 0,
    'pending-customer': 0,
    'pending-internal': 0,
    'on-hold': 0,
    resolved: 0,
    closed: 0,
  };
  for (const period of conversation.statusHistory) {
    const end = Math.min(period.to ?? at, at);
    if (end > period.from) totals[period.status] += end - period.from;
  }
  return totals;
}

/**
 * The intervals spent in any of `statuses`, up to `at` (an open period ends at `at`; without `at`
 * it ends at `Infinity`). Adjacent intervals are merged. This is what SLA pauses are made of: pass
 * the result to a calendar's `exclude` option.
 *
 * @example
 * ```ts
 * statusIntervals(state, ['pending-customer'], now); // [[t1, t2], [t3, now]]
 * ```
 */
export function statusIntervals(
  conversation: Conversation,
  statuses: Iterable<ConversationStatus>,
  at = Number.POSITIVE_INFINITY,
): InstantRange[] {
  const wanted = new Set(statuses);
  const out: [number, number][] = [];
  for (const period of conversation.statusHistory) {
    if (!wanted.has(period.status) || period.from >= at) continue;
    const end = Math.min(period.to ?? at, at);
    if (end <= period.from) continue;
    const last = out[out.length - 1];
    if (last && last[1] >= period.from) last[1] = Math.max(last[1], end);
    else out.push([period.from, end]);
  }
  return out;
}

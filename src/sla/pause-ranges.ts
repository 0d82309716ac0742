import type { ConversationStatus } from '../conversation/status';
import type { SlaRange } from './sla-calendar';
import type { SlaSubject } from './subject';

/**
 * The pauses of a subject as known at `at`.
 * @internal
 */
export interface PauseState {
  /** Sorted, disjoint `[from, to)` ranges, the last one cut at `at`. */
  readonly ranges: SlaRange[];
  /** When the pause in force at `at` began; `undefined` when not paused at `at`. */
  readonly pausedSince: number | undefined;
}

const NOT_PAUSED: PauseState = { ranges: [], pausedSince: undefined };

/**
 * The time spent in pausing statuses up to `at` (the model's status intervals). With
 * `resumeOnCustomerMessage`, a `pending-customer` period ends early at the next customer message (the
 * customer answered: the wait is over even before an agent changes the status).
 * @internal
 */
export function pauseRanges(
  subject: SlaSubject,
  statuses: readonly ConversationStatus[],
  at: number,
  resumeOnCustomerMessage = false,
): PauseState {
  if (statuses.length === 0) return NOT_PAUSED;
  const history = subject.statusHistory;
  const messages = subject.messages;
  let ranges: [number, number][] | undefined;
  let pausedSince: number | undefined;
  let m = 0;
  for (let i = 0; i < history.length; i++) {
    const period = history[i]!;
    if (period.from > at) break;
    if (!statuses.includes(period.status)) continue;
    let end = period.to ?? Number.POSITIVE_INFINITY;
    if (resumeOnCustomerMessage && period.status === 'pending-customer') {
      while (m < messages.length && messages[m]!.createdAt <= period.from) m++;
      let k = m;
      while (k < messages.length && messages[k]!.direction !== 'inbound') k++;
      const answered = messages[k]?.createdAt;
      if (answered !== undefined && answered < end) end = answered;
    }
    if (end > at) {
      pausedSince = period.from;
      end = at;
    }
    if (end <= period.from) continue;
    // The first range starts a one-element list (pushing into an empty list allocates room for 17).
    const last = ranges?.[ranges.length - 1];
    if (last && last[1] >= period.from) {
      if (end > last[1]) last[1] = end;
    } else if (ranges) ranges.push([period.from, end]);
    else ranges = [[period.from, end]];
  }
  if (pausedSince !== undefined && ranges) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === at && last[0] < pausedSince) pausedSince = last[0];
  }
  return ranges === undefined && pausedSince === undefined
    ? NOT_PAUSED
    : { ranges: ranges ?? [], pausedSince };
}

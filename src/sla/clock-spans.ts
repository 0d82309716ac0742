import type { Visibility } from '../conversation/platform';
import { DONE_STATUSES } from '../conversation/status';
import type { SlaMetric } from './metric';
import type { SlaSubject } from './subject';

const DONE_STARTS: number[] = [];
const DONE_ENDS: number[] = [];
const DONE = { starts: DONE_STARTS, ends: DONE_ENDS };
const INBOUND: number[] = [];
const INBOUND_INDEX: number[] = [];
const RESPONSES: number[] = [];
const RESPONSE_INDEX: number[] = [];

function wants(wanted: ReadonlySet<SlaMetric> | undefined, metric: SlaMetric): boolean {
  return wanted === undefined || wanted.has(metric);
}

/**
 * Where one clock starts and what fulfils it, as known at an instant.
 * @internal
 */
export interface ClockSpan {
  readonly metric: SlaMetric;
  /** 1-based number of the clock within its metric. */
  readonly turn: number;
  readonly startedAt: number;
  /** The response or resolution that fulfilled it (at or before the evaluation instant). */
  readonly fulfilledAt: number | undefined;
  /** Visibility of the message that started it (rules can depend on it). */
  readonly visibility: Visibility;
}

/**
 * Derives every clock of a subject as known at `at` (messages and statuses after `at` are ignored).
 *
 * The case is done from a transition into `resolved` or `closed` until it leaves those statuses or
 * the customer writes again (a customer message reopens a case, even before an agent changes its status).
 *
 * - Response clocks: the first customer message starts `firstResponse`; it ends at the first brand
 *   response at or after it, or when the case is resolved or closed. Each later customer message after
 *   that end starts a `nextResponse` clock, ended the same way.
 * - `periodicUpdate`: each brand response (at or after the first customer message) while the case is
 *   not done starts a clock, ended by the next brand response or the case becoming done.
 * - `resolution`: the first customer message starts it; the case becoming resolved or closed ends it;
 *   a customer message after that starts the next cycle.
 *
 * @internal
 */
export function clockSpans(
  subject: SlaSubject,
  at: number,
  countBotReplies: boolean,
  wanted: ReadonlySet<SlaMetric> | undefined,
): ClockSpan[] {
  const messages = subject.messages;
  // Scratch lists, reused between calls (the spans returned do not refer to them).
  const inbound = INBOUND;
  const inboundIndex = INBOUND_INDEX;
  const responses = RESPONSES;
  const responseIndex = RESPONSE_INDEX;
  let inboundCount = 0;
  let responseCount = 0;
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i]!;
    const createdAt = message.createdAt;
    if (createdAt > at) break;
    if (message.direction === 'inbound') {
      inbound[inboundCount] = createdAt;
      inboundIndex[inboundCount++] = i;
    } else if (countBotReplies || message.author.kind !== 'bot') {
      if (responseCount > 0 && responses[responseCount - 1] === createdAt) continue;
      responses[responseCount] = createdAt;
      responseIndex[responseCount++] = i;
    }
  }
  inbound.length = inboundCount;
  inboundIndex.length = inboundCount;
  responses.length = responseCount;
  responseIndex.length = responseCount;
  const spans: ClockSpan[] = [];
  if (inbound.length === 0) return spans;
  const { starts: doneStarts, ends: doneEnds } = doneIntervals(subject, at, inbound);

  // Response clocks.
  if (wants(wanted, 'firstResponse') || wants(wanted, 'nextResponse')) {
    let i = 0;
    let r = 0;
    let d = 0;
    let turn = 0;
    for (;;) {
      const startedAt = inbound[i]!;
      while (r < responses.length && responses[r]! < startedAt) r++;
      while (d < doneStarts.length && doneStarts[d]! < startedAt) d++;
      const end = Math.min(
        responses[r] ?? Number.POSITIVE_INFINITY,
        doneStarts[d] ?? Number.POSITIVE_INFINITY,
      );
      const fulfilledAt = end === Number.POSITIVE_INFINITY ? undefined : end;
      const metric: SlaMetric = turn === 0 ? 'firstResponse' : 'nextResponse';
      if (wants(wanted, metric)) {
        spans.push({
          metric,
          turn: turn === 0 ? 1 : turn,
          startedAt,
          fulfilledAt,
          visibility: messages[inboundIndex[i]!]!.visibility,
        });
      }
      if (fulfilledAt === undefined) break;
      turn++;
      while (i < inbound.length && inbound[i]! <= fulfilledAt) i++;
      if (i >= inbound.length) break;
    }
  }

  // Periodic updates.
  if (wants(wanted, 'periodicUpdate')) {
    const firstInbound = inbound[0]!;
    let d = 0;
    let turn = 0;
    for (let r = 0; r < responses.length; r++) {
      const startedAt = responses[r]!;
      if (startedAt < firstInbound) continue;
      // Skip responses sent while the case is done; a case becoming done at the very instant of the
      // response fulfils the clock at once (so the result does not depend on the order of the two).
      while (d < doneStarts.length && doneStarts[d]! < startedAt) d++;
      if (d > 0 && startedAt < doneEnds[d - 1]!) continue;
      const end = Math.min(
        responses[r + 1] ?? Number.POSITIVE_INFINITY,
        doneStarts[d] ?? Number.POSITIVE_INFINITY,
      );
      turn++;
      spans.push({
        metric: 'periodicUpdate',
        turn,
        startedAt,
        fulfilledAt: end === Number.POSITIVE_INFINITY ? undefined : end,
        visibility: messages[responseIndex[r]!]!.visibility,
      });
    }
  }

  // Resolution cycles.
  if (wants(wanted, 'resolution')) {
    let i = 0;
    let d = 0;
    let turn = 0;
    while (i < inbound.length) {
      const startedAt = inbound[i]!;
      while (d < doneStarts.length && doneStarts[d]! < startedAt) d++;
      const fulfilledAt = doneStarts[d];
      turn++;
      spans.push({
        metric: 'resolution',
        turn,
        startedAt,
        fulfilledAt,
        visibility: messages[inboundIndex[i]!]!.visibility,
      });
      if (fulfilledAt === undefined) break;
      while (i < inbound.length && inbound[i]! <= fulfilledAt) i++;
    }
  }
  return spans;
}

/**
 * The intervals in which the case is done, as `[starts[k], ends[k])`: from a transition into a done
 * status until a non-done status or the next customer message.
 */
function doneIntervals(
  subject: SlaSubject,
  at: number,
  inbound: readonly number[],
): { starts: number[]; ends: number[] } {
  const history = subject.statusHistory;
  const starts = DONE_STARTS;
  const ends = DONE_ENDS;
  starts.length = 0;
  ends.length = 0;
  let open = false;
  for (let i = 0; i < history.length; i++) {
    const period = history[i]!;
    if (period.from > at) break;
    if (DONE_STATUSES.has(period.status)) {
      if (!open) {
        starts.push(period.from);
        ends.push(Number.POSITIVE_INFINITY);
        open = true;
      } else {
        const reopened = firstAfter(inbound, starts[starts.length - 1]!);
        if (reopened !== undefined && reopened <= period.from) {
          ends[ends.length - 1] = period.from;
          starts.push(period.from);
          ends.push(Number.POSITIVE_INFINITY);
        }
      }
    } else if (open) {
      ends[ends.length - 1] = period.from;
      open = false;
    }
  }
  for (let k = 0; k < starts.length; k++) {
    const reopened = firstAfter(inbound, starts[k]!);
    if (reopened !== undefined && reopened < ends[k]!) ends[k] = reopened;
  }
  return DONE;
}

/** The first value strictly after `t` in a sorted list. */
function firstAfter(sorted: readonly number[], t: number): number | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! <= t) low = mid + 1;
    else high = mid;
  }
  return sorted[low];
}

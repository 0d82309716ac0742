import type { Visibility } from '../conversation/platform';
import { DONE_STATUSES } from '../conversation/status';
import type { SlaMetric } from './metric';
import type { SlaSubject } from './subject';

// Scratch lists, reused between calls (the spans returned do not refer to them). They only grow:
// the number of entries in use is kept aside (setting `length` on every call is a runtime call).
const DONE_STARTS: number[] = [];
const DONE_ENDS: number[] = [];
const INBOUND: number[] = [];
const INBOUND_INDEX: number[] = [];
const RESPONSES: number[] = [];
const RESPONSE_INDEX: number[] = [];
const INF = Number.POSITIVE_INFINITY;
/** Read once: an imported binding costs a getter call per read where modules are transpiled to CommonJS. */
const DONE = DONE_STATUSES;

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
 * The spans of one evaluation as parallel lists, reused from one evaluation to the next: no object
 * per span (a conversation has a handful, and millions of conversations are evaluated). Read a span
 * with {@link SpanList.load}, which fills one reused {@link ClockSpan}.
 * @internal
 */
export class SpanList {
  /** Spans in use (the lists only grow; entries past `count` are stale). */
  count = 0;
  /** Whether the latest response span (first or next response) is still open (not fulfilled). */
  responseOpen = false;
  /** Whether the latest resolution cycle is still open. */
  resolutionOpen = false;
  private readonly metrics: SlaMetric[] = [];
  private readonly turns: number[] = [];
  private readonly starts: number[] = [];
  /** `Infinity` while open (keeps the list all doubles). */
  private readonly ends: number[] = [];
  private readonly visibilities: Visibility[] = [];
  private readonly current: {
    metric: SlaMetric;
    turn: number;
    startedAt: number;
    fulfilledAt: number | undefined;
    visibility: Visibility;
  } = { metric: 'firstResponse', turn: 0, startedAt: 0, fulfilledAt: undefined, visibility: 'public' };

  push(metric: SlaMetric, turn: number, startedAt: number, end: number, visibility: Visibility): void {
    const i = this.count++;
    this.metrics[i] = metric;
    this.turns[i] = turn;
    this.starts[i] = startedAt;
    this.ends[i] = end;
    this.visibilities[i] = visibility;
  }

  /** Span `i`, in an object reused by the next call (copy what must outlive it). */
  load(i: number): ClockSpan {
    const span = this.current;
    span.metric = this.metrics[i]!;
    span.turn = this.turns[i]!;
    span.startedAt = this.starts[i]!;
    const end = this.ends[i]!;
    span.fulfilledAt = end === INF ? undefined : end;
    span.visibility = this.visibilities[i]!;
    return span;
  }
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
 * The spans are written into `spans` (emptied first), in that order of metrics.
 *
 * @internal
 */
export function clockSpans(
  subject: SlaSubject,
  at: number,
  countBotReplies: boolean,
  wanted: ReadonlySet<SlaMetric> | undefined,
  spans: SpanList,
): void {
  const messages = subject.messages;
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
  spans.count = 0;
  spans.responseOpen = false;
  spans.resolutionOpen = false;
  if (inboundCount === 0) return;
  const doneCount = doneIntervals(subject, at, inboundCount);
  const doneStarts = DONE_STARTS;
  const doneEnds = DONE_ENDS;
  const wantsFirst = wanted === undefined || wanted.has('firstResponse');
  const wantsNext = wanted === undefined || wanted.has('nextResponse');

  // Response clocks.
  if (wantsFirst || wantsNext) {
    let i = 0;
    let r = 0;
    let d = 0;
    let turn = 0;
    for (;;) {
      const startedAt = inbound[i]!;
      while (r < responseCount && responses[r]! < startedAt) r++;
      while (d < doneCount && doneStarts[d]! < startedAt) d++;
      const response = r < responseCount ? responses[r]! : INF;
      const done = d < doneCount ? doneStarts[d]! : INF;
      const end = Math.min(response, done);
      const fulfilledAt = end === INF ? undefined : end;
      if (turn === 0 ? wantsFirst : wantsNext) {
        spans.push(
          turn === 0 ? 'firstResponse' : 'nextResponse',
          turn === 0 ? 1 : turn,
          startedAt,
          end,
          messages[inboundIndex[i]!]!.visibility,
        );
      }
      if (fulfilledAt === undefined) {
        spans.responseOpen = true;
        break;
      }
      turn++;
      while (i < inboundCount && inbound[i]! <= fulfilledAt) i++;
      if (i >= inboundCount) break;
    }
  }

  // Periodic updates.
  if (wanted === undefined || wanted.has('periodicUpdate')) {
    const firstInbound = inbound[0]!;
    let d = 0;
    let turn = 0;
    for (let r = 0; r < responseCount; r++) {
      const startedAt = responses[r]!;
      if (startedAt < firstInbound) continue;
      // Skip responses sent while the case is done; a case becoming done at the very instant of the
      // response fulfils the clock at once (so the result does not depend on the order of the two).
      while (d < doneCount && doneStarts[d]! < startedAt) d++;
      if (d > 0 && startedAt < doneEnds[d - 1]!) continue;
      const response = r + 1 < responseCount ? responses[r + 1]! : INF;
      const done = d < doneCount ? doneStarts[d]! : INF;
      const end = Math.min(response, done);
      turn++;
      spans.push('periodicUpdate', turn, startedAt, end, messages[responseIndex[r]!]!.visibility);
    }
  }

  // Resolution cycles.
  if (wanted === undefined || wanted.has('resolution')) {
    let i = 0;
    let d = 0;
    let turn = 0;
    while (i < inboundCount) {
      const startedAt = inbound[i]!;
      while (d < doneCount && doneStarts[d]! < startedAt) d++;
      const fulfilledAt = d < doneCount ? doneStarts[d]! : INF;
      turn++;
      spans.push('resolution', turn, startedAt, fulfilledAt, messages[inboundIndex[i]!]!.visibility);
      if (fulfilledAt === INF) {
        spans.resolutionOpen = true;
        break;
      }
      while (i < inboundCount && inbound[i]! <= fulfilledAt) i++;
    }
  }
}

/**
 * The intervals in which the case is done, as `[DONE_STARTS[k], DONE_ENDS[k])` for `k` below the
 * returned count: from a transition into a done status until a non-done status or the next customer
 * message (the first `inboundCount` entries of `INBOUND`).
 */
function doneIntervals(subject: SlaSubject, at: number, inboundCount: number): number {
  const history = subject.statusHistory;
  const starts = DONE_STARTS;
  const ends = DONE_ENDS;
  let count = 0;
  let open = false;
  for (let i = 0; i < history.length; i++) {
    const period = history[i]!;
    if (period.from > at) break;
    if (DONE.has(period.status)) {
      if (!open) {
        starts[count] = period.from;
        ends[count++] = INF;
        open = true;
      } else {
        const reopened = firstAfter(INBOUND, inboundCount, starts[count - 1]!);
        if (reopened !== undefined && reopened <= period.from) {
          ends[count - 1] = period.from;
          starts[count] = period.from;
          ends[count++] = INF;
        }
      }
    } else if (open) {
      ends[count - 1] = period.from;
      open = false;
    }
  }
  for (let k = 0; k < count; k++) {
    const reopened = firstAfter(INBOUND, inboundCount, starts[k]!);
    if (reopened !== undefined && reopened < ends[k]!) ends[k] = reopened;
  }
  return count;
}

/** The first value strictly after `t` among the first `length` values of a sorted list. */
function firstAfter(sorted: readonly number[], length: number, t: number): number | undefined {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! <= t) low = mid + 1;
    else high = mid;
  }
  return low < length ? sorted[low] : undefined;
}

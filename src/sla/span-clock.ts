// One clock written for one span: its time used, due, warning and breach instants and its status,
// under one set of terms or over segments of changing terms.

import { BREACH, CROSSED, crossings, need, type Segment, TARGET, WARN } from './clock-crossings';
import type { ClockSpan } from './clock-spans';
import type { SlaClockStatus } from './metric';
import { OpenTimeIndex } from './open-time-index';
import type { SlaTerms } from './policy';
import type { SlaCalendarOptions } from './sla-calendar';
import type { MutableClock } from './sla-clock';

/**
 * {@link evaluateSpan} for one segment, without building it: writes the clock into `out`; `false`
 * when the metric has no target.
 * @internal
 */
export function evaluateSingle(
  span: ClockSpan,
  terms: SlaTerms,
  options: SlaCalendarOptions | undefined,
  at: number,
  pausedSince: number | undefined,
  out: MutableClock,
): boolean {
  const metric = span.metric;
  const targetMs = terms.targets[metric];
  if (targetMs === undefined) return false;
  const arithmetic = terms.arithmetic;
  const startedAt = span.startedAt;
  const end = span.fulfilledAt ?? at;
  const warnNeed = need(terms, metric, WARN);
  let elapsedMs: number;
  let dueAt: number;
  let breachedAt: number | undefined;
  let warnAt: number | undefined;
  // The instant the time used exceeds the target, when known without another calendar call.
  let breachAt: number | undefined;
  if (arithmetic instanceof OpenTimeIndex) {
    // One pass over the interval index (and the pauses) for the time used and every instant.
    const budgets = BUDGETS;
    budgets[0] = targetMs;
    budgets[1] = targetMs + 1;
    budgets[2] = warnNeed ?? 0;
    elapsedMs = arithmetic.measureClock(
      startedAt,
      end,
      budgets,
      warnNeed === undefined ? 2 : 3,
      INSTANTS,
      options?.exclude,
    );
    dueAt = INSTANTS[0]!;
    breachAt = INSTANTS[1]!;
    breachedAt = elapsedMs > targetMs ? breachAt : undefined;
    warnAt = warnNeed === undefined ? undefined : warnNeed <= 0 ? startedAt : INSTANTS[2]!;
  } else {
    elapsedMs = arithmetic.elapsed(startedAt, end, options);
    dueAt = arithmetic.add(startedAt, targetMs, options);
    breachedAt = elapsedMs > targetMs ? arithmetic.add(startedAt, targetMs + 1, options) : undefined;
    breachAt = breachedAt;
    warnAt =
      warnNeed === undefined
        ? undefined
        : warnNeed <= 0
          ? startedAt
          : arithmetic.add(startedAt, warnNeed, options);
  }
  const fulfilled = span.fulfilledAt !== undefined;
  const breached = breachedAt !== undefined;
  const paused = !fulfilled && !breached && pausedSince !== undefined;
  BREACH_AT.value = breachAt;
  out.metric = metric;
  out.turn = span.turn;
  out.status = breached ? 'breached' : fulfilled ? 'met' : paused ? 'paused' : 'running';
  out.rule = terms.rule;
  out.targetMs = targetMs;
  out.startedAt = startedAt;
  out.dueAt = dueAt;
  out.warnAt = warnAt;
  out.elapsedMs = elapsedMs;
  out.remainingMs = targetMs - elapsedMs;
  out.fulfilledAt = span.fulfilledAt;
  out.breachedAt = breachedAt;
  out.atRisk = warnAt !== undefined && warnAt <= end;
  out.pausedSince = paused ? pausedSince : undefined;
  return true;
}

/**
 * The breach instant {@link evaluateSingle} found on its way (no extra calendar call for the wake-up).
 * Module-level scratch read by the engine right after the call.
 * @internal
 */
export const BREACH_AT: { value: number | undefined } = { value: undefined };
const BUDGETS: number[] = [0, 0, 0];
const INSTANTS: number[] = [0, 0, 0];

/**
 * Writes the clock of a span whose terms change while it runs into `out`; `false` without a target.
 * @internal
 */
export function evaluateSpan(
  span: ClockSpan,
  segments: readonly Segment[],
  at: number,
  pausedSince: number | undefined,
  out: MutableClock,
): boolean {
  const end = span.fulfilledAt ?? at;
  let elapsedMs = 0;
  let inForce = segments[0]!;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.from > end) break;
    inForce = segment;
    const to = Math.min(segment.to, end);
    if (to > segment.from) elapsedMs += segment.terms.arithmetic.elapsed(segment.from, to, segment.options);
  }
  const targetMs = inForce.terms.targets[span.metric];
  if (targetMs === undefined) return false;
  const metric = span.metric;
  const single = segments.length === 1;
  crossings(segments, metric);
  const dueAt = CROSSED[TARGET];
  const breachedAt = !single || elapsedMs > targetMs ? CROSSED[BREACH] : undefined;
  const fulfilled = span.fulfilledAt !== undefined;
  const breached = breachedAt !== undefined && reached(breachedAt, end, fulfilled, segments);
  const warnAt = CROSSED[WARN];
  const paused = !fulfilled && !breached && pausedSince !== undefined;
  const status: SlaClockStatus = breached ? 'breached' : fulfilled ? 'met' : paused ? 'paused' : 'running';
  out.metric = metric;
  out.turn = span.turn;
  out.status = status;
  out.rule = inForce.terms.rule;
  out.targetMs = targetMs;
  out.startedAt = span.startedAt;
  out.dueAt = dueAt;
  out.warnAt = warnAt;
  out.elapsedMs = elapsedMs;
  out.remainingMs = targetMs - elapsedMs;
  out.fulfilledAt = span.fulfilledAt;
  out.breachedAt = breached ? breachedAt : undefined;
  out.atRisk = warnAt !== undefined && reached(warnAt, end, fulfilled, segments);
  out.pausedSince = paused ? pausedSince : undefined;
  return true;
}

/**
 * Whether a threshold crossed at `instant` counts by `end`. A running clock that is already over a
 * threshold when new terms take effect crosses it at the change; when that change is at the very
 * instant evaluated, it counts from the next instant, once it is certain that the clock did not stop
 * at the same instant (a fulfilment at the change is judged without it, see `changeApplies` in
 * clock-terms).
 */
function reached(instant: number, end: number, fulfilled: boolean, segments: readonly Segment[]): boolean {
  if (instant < end) return true;
  if (instant > end) return false;
  if (fulfilled) return true;
  for (let i = 1; i < segments.length; i++) {
    if (segments[i]!.from === instant) {
      DEFERRED.value = true;
      return false;
    }
  }
  return true;
}

/**
 * Set when {@link reached} put a threshold off to the next instant: the monitor must wake then.
 * Module-level scratch: the engine clears it before {@link evaluateSpan} and reads it after.
 * @internal
 */
export const DEFERRED: { value: boolean } = { value: false };

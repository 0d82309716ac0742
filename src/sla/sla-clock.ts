// The clock objects the engine writes: the public `SlaClock`, its mutable form, and the buffer of
// reused clocks the monitor evaluates into.

import type { SlaClockStatus, SlaMetric } from './metric';

/**
 * One SLA clock at an instant: a metric for one turn of a conversation.
 *
 * Times are epoch milliseconds; `elapsedMs` and `remainingMs` are business time (pauses excluded).
 *
 * @example
 * ```ts
 * const clock: SlaClock | undefined = evaluateSla(conversation, policy, { at }).metrics.firstResponse[0];
 * if (clock?.status === 'running' && clock.atRisk) warn(clock.dueAt);
 * ```
 */
export interface SlaClock {
  readonly metric: SlaMetric;
  /** 1-based number of the clock within its metric (the n-th next response, update or resolution cycle). */
  readonly turn: number;
  readonly status: SlaClockStatus;
  /** The rule that set the target (its name), `undefined` for the policy's defaults. */
  readonly rule: string | undefined;
  /** The target in force, in milliseconds of business time. */
  readonly targetMs: number;
  /** When the clock started (a customer message, or a brand response for periodic updates). */
  readonly startedAt: number | undefined;
  /**
   * When the target is (or was) reached: `calendar.add(startedAt, target, { exclude: pauses so far })`.
   * A pause that starts later moves it: it is a projection from what is known at the instant.
   */
  readonly dueAt: number | undefined;
  /** When the warning threshold is (or was) reached, when the policy has a warning. */
  readonly warnAt: number | undefined;
  /** Business time used, pauses excluded, up to the fulfilment or the instant. */
  readonly elapsedMs: number;
  /** `targetMs - elapsedMs`; negative once breached. */
  readonly remainingMs: number;
  /** The response or resolution that stopped the clock. */
  readonly fulfilledAt: number | undefined;
  /** The first instant the time used exceeded the target. */
  readonly breachedAt: number | undefined;
  /** True once the warning threshold was reached before the clock stopped. */
  readonly atRisk: boolean;
  /** When the current pause began, while `status` is `paused`. */
  readonly pausedSince: number | undefined;
}

/**
 * Tells the engine which clocks are already decided (met or breached) so it can skip them: the
 * monitor has nothing left to emit for those.
 * @internal
 */
export interface SettledClocks {
  isSettled(metric: SlaMetric, startedAt: number): boolean;
}

/**
 * Clocks of a subject at an instant, plus the next instant at which they would change on their own.
 * @internal
 */
export interface SubjectEvaluation {
  /** The clocks; only the first `count` are valid when the evaluation was written into a {@link ClockBuffer}. */
  readonly clocks: readonly SlaClock[];
  readonly count: number;
  /** The earliest future instant a warning, a breach or a policy version falls due; `Infinity` if none. */
  readonly wakeAt: number;
}

/**
 * An {@link SlaClock} the engine writes in place (one object per clock, reused in a {@link ClockBuffer}).
 * @internal
 */
export type MutableClock = { -readonly [K in keyof SlaClock]: SlaClock[K] };

/**
 * Clock objects reused from one evaluation to the next: the monitor reads each conversation's
 * clocks once, right after evaluating it, so it needs no new objects per event.
 * @internal
 */
export class ClockBuffer implements SubjectEvaluation {
  readonly clocks: MutableClock[] = [];
  count = 0;
  wakeAt = Number.POSITIVE_INFINITY;
  /** 1 when the latest response span is open (not fulfilled), + 2 when the latest resolution cycle is. */
  openSpans = 0;
}

/**
 * The next clock object to write: a reused one in a buffer, else a new one.
 * @internal
 */
export function slot(out: ClockBuffer | { clocks: MutableClock[]; count: number }): MutableClock {
  const clocks = out.clocks;
  let clock = clocks[out.count];
  if (clock === undefined) {
    clock = blankClock();
    clocks.push(clock);
  }
  return clock;
}

/** A clock with every field present, in the order of {@link SlaClock} (one object shape). */
function blankClock(): MutableClock {
  return {
    metric: 'firstResponse',
    turn: 0,
    status: 'not-started',
    rule: undefined,
    targetMs: 0,
    startedAt: undefined,
    dueAt: undefined,
    warnAt: undefined,
    elapsedMs: 0,
    remainingMs: 0,
    fulfilledAt: undefined,
    breachedAt: undefined,
    atRisk: false,
    pausedSince: undefined,
  };
}

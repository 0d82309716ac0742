import type { Visibility } from '../conversation/platform';
import { type ClockSpan, clockSpans } from './clock-spans';
import type { SlaClockStatus, SlaMetric } from './metric';
import { OpenTimeIndex } from './open-time-index';
import { pauseRanges } from './pause-ranges';
import type { SlaPolicy, SlaTerms } from './policy';
import { matchTerms, type PolicyVersions, versionIndexAt } from './policy-versions';
import type { SlaCalendarOptions } from './sla-calendar';
import { accountBoundaries, attributesAt, type SlaSubject } from './subject';

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

interface Segment {
  readonly from: number;
  readonly to: number;
  readonly terms: SlaTerms;
  readonly options: SlaCalendarOptions | undefined;
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
  readonly clocks: SlaClock[];
  /** The earliest future instant a warning, a breach or a policy version falls due; `Infinity` if none. */
  readonly wakeAt: number;
}

/**
 * Evaluates every clock of a subject at `at`.
 * @internal
 */
export function evaluateSubject(
  subject: SlaSubject,
  versions: PolicyVersions,
  at: number,
  wanted?: ReadonlySet<SlaMetric>,
  withWake = false,
  settled?: SettledClocks,
): SubjectEvaluation {
  const versionIndex = versionIndexAt(versions, at);
  const list = versions.versions;
  const current = list[versionIndex]!;
  const spans = clockSpans(subject, at, current.countBotReplies, wanted);
  const clocks: SlaClock[] = [];
  let wakeAt = Number.POSITIVE_INFINITY;
  if (spans.length === 0) {
    if (!hasInboundBy(subject, at)) addNotStarted(subject, versions, at, wanted, clocks);
    return { clocks, wakeAt };
  }
  let pausedSince: number | undefined;
  let options: (SlaCalendarOptions | undefined)[];
  if (list.length === 1) {
    const state = pauseRanges(subject, current.pauseStatuses, at, current.resumeOnCustomerMessage);
    pausedSince = state.pausedSince;
    options = state.ranges.length === 0 ? NO_OPTIONS : [{ exclude: state.ranges }];
  } else {
    options = [];
    for (let v = 0; v < list.length; v++) {
      const state = pauseRanges(subject, list[v]!.pauseStatuses, at, list[v]!.resumeOnCustomerMessage);
      if (v === versionIndex) pausedSince = state.pausedSince;
      options.push(state.ranges.length === 0 ? undefined : { exclude: state.ranges });
    }
  }
  const nextVersionStart = versions.starts[versionIndex + 1] ?? Number.POSITIVE_INFINITY;
  const single = list.length === 1;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (settled?.isSettled(span.metric, span.startedAt)) continue;
    let clock: SlaClock | undefined;
    let breachProjection: number | undefined;
    const terms = single ? singleTerms(subject, versions, current, span, at) : undefined;
    if (terms) {
      clock = evaluateSingle(span, terms, options[0], at, pausedSince);
      if (withWake && clock?.status === 'running') {
        breachProjection =
          clock.breachedAt ??
          BREACH_AT.value ??
          terms.arithmetic.add(span.startedAt, clock.targetMs + 1, options[0]);
      }
    } else {
      const segments = segmentsOf(subject, versions, span, at, options);
      clock = evaluateSpan(span, segments, at, pausedSince);
      if (withWake && clock?.status === 'running') breachProjection = crossing(segments, span.metric, BREACH);
    }
    // A later policy version may change the target of an open span (or give one to a span that has
    // none now): wake up when it takes effect.
    if (withWake && span.fulfilledAt === undefined && nextVersionStart < wakeAt) wakeAt = nextVersionStart;
    if (!clock) continue;
    clocks.push(clock);
    if (withWake && clock.status === 'running') {
      if (breachProjection !== undefined && breachProjection < wakeAt) wakeAt = breachProjection;
      if (!clock.atRisk && clock.warnAt !== undefined && clock.warnAt < wakeAt) wakeAt = clock.warnAt;
    }
  }
  return { clocks, wakeAt };
}

/**
 * The terms of a span when they cannot change while it runs (one policy version, and no change of
 * the attributes its rules look at); `undefined` otherwise.
 */
function singleTerms(
  subject: SlaSubject,
  versions: PolicyVersions,
  policy: SlaPolicy,
  span: ClockSpan,
  at: number,
): SlaTerms | undefined {
  if (policy.rules.length === 0) return policy.defaults;
  const start = span.startedAt;
  const until = span.fulfilledAt ?? at;
  if (versions.usesPriority) {
    for (const change of subject.priorityChanges)
      if (change.at > start && change.at <= until) return undefined;
  }
  if (versions.usesTags) {
    for (const change of subject.tagChanges) if (change.at > start && change.at <= until) return undefined;
  }
  if (versions.usesAccount) {
    const boundaries: number[] = [];
    accountBoundaries(subject, start, until, boundaries);
    if (boundaries.length > 0) return undefined;
  }
  // Attributes that never change in this subject give the same terms for every span of a visibility.
  const constant =
    !versions.usesAccount &&
    (!versions.usesPriority || subject.priorityChanges.length === 0) &&
    (!versions.usesTags || subject.tagChanges.length === 0);
  if (constant) {
    const cache = TERMS_CACHE;
    if (cache.subject !== subject || cache.policy !== policy) {
      cache.subject = subject;
      cache.policy = policy;
      cache.public = undefined;
      cache.private = undefined;
    }
    const known = cache[span.visibility];
    if (known) return known;
    const terms = matchTerms(policy, attributesAt(subject, start, versions), span.visibility);
    cache[span.visibility] = terms;
    return terms;
  }
  return matchTerms(policy, attributesAt(subject, start, versions), span.visibility);
}

/** The terms found for the last subject, per visibility (valid while its attributes cannot change). */
const TERMS_CACHE: {
  subject: SlaSubject | undefined;
  policy: SlaPolicy | undefined;
  public: SlaTerms | undefined;
  private: SlaTerms | undefined;
} = { subject: undefined, policy: undefined, public: undefined, private: undefined };

/** {@link evaluateSpan} for one segment, without building it. */
function evaluateSingle(
  span: ClockSpan,
  terms: SlaTerms,
  options: SlaCalendarOptions | undefined,
  at: number,
  pausedSince: number | undefined,
): SlaClock | undefined {
  const metric = span.metric;
  const targetMs = terms.targets[metric];
  if (targetMs === undefined) return undefined;
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
  if (options === undefined && arithmetic instanceof OpenTimeIndex) {
    // No pauses: one pass over the interval index for the time used and every instant.
    const budgets = BUDGETS;
    budgets[0] = targetMs;
    budgets[1] = targetMs + 1;
    budgets[2] = warnNeed ?? 0;
    elapsedMs = arithmetic.measureClock(startedAt, end, budgets, warnNeed === undefined ? 2 : 3, INSTANTS);
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
  return {
    metric,
    turn: span.turn,
    status: breached ? 'breached' : fulfilled ? 'met' : paused ? 'paused' : 'running',
    rule: terms.rule,
    targetMs,
    startedAt,
    dueAt,
    warnAt,
    elapsedMs,
    remainingMs: targetMs - elapsedMs,
    fulfilledAt: span.fulfilledAt,
    breachedAt,
    atRisk: warnAt !== undefined && warnAt <= end,
    pausedSince: paused ? pausedSince : undefined,
  };
}

const NO_OPTIONS: (SlaCalendarOptions | undefined)[] = [undefined];
/** The breach instant {@link evaluateSingle} found on its way (no extra calendar call for the wake-up). */
const BREACH_AT: { value: number | undefined } = { value: undefined };
const BUDGETS: number[] = [0, 0, 0];
const INSTANTS: number[] = [0, 0, 0];
const TARGET = 0;
const BREACH = 1;
const WARN = 2;

function need(terms: SlaTerms, metric: SlaMetric, kind: number): number | undefined {
  const target = terms.targets[metric];
  if (target === undefined) return undefined;
  if (kind === TARGET) return target;
  if (kind === BREACH) return target + 1;
  const warning = terms.warning;
  if (warning === undefined) return undefined;
  return 'before' in warning ? Math.max(0, target - warning.before) : Math.round(target * warning.share);
}

/** The first instant at or after the span's start at which the time used reaches `need`. */
function crossing(segments: readonly Segment[], metric: SlaMetric, kind: number): number | undefined {
  let used = 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const wanted = need(segment.terms, metric, kind);
    if (wanted !== undefined) {
      if (used >= wanted) return segment.from;
      const found = segment.terms.arithmetic.add(segment.from, wanted - used, segment.options);
      if (found < segment.to) return found;
    }
    if (segment.to === Number.POSITIVE_INFINITY) return undefined;
    used += segment.terms.arithmetic.elapsed(segment.from, segment.to, segment.options);
  }
  return undefined;
}

function evaluateSpan(
  span: ClockSpan,
  segments: readonly Segment[],
  at: number,
  pausedSince: number | undefined,
): SlaClock | undefined {
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
  if (targetMs === undefined) return undefined;
  const metric = span.metric;
  const single = segments.length === 1;
  const dueAt = crossing(segments, metric, TARGET);
  const breachedAt = !single || elapsedMs > targetMs ? crossing(segments, metric, BREACH) : undefined;
  const breached = breachedAt !== undefined && breachedAt <= end;
  const warnAt = crossing(segments, metric, WARN);
  const fulfilled = span.fulfilledAt !== undefined;
  const paused = !fulfilled && !breached && pausedSince !== undefined;
  const status: SlaClockStatus = breached ? 'breached' : fulfilled ? 'met' : paused ? 'paused' : 'running';
  return {
    metric,
    turn: span.turn,
    status,
    rule: inForce.terms.rule,
    targetMs,
    startedAt: span.startedAt,
    dueAt,
    warnAt,
    elapsedMs,
    remainingMs: targetMs - elapsedMs,
    fulfilledAt: span.fulfilledAt,
    breachedAt: breached ? breachedAt : undefined,
    atRisk: warnAt !== undefined && warnAt <= end,
    pausedSince: paused ? pausedSince : undefined,
  };
}

function segmentsOf(
  subject: SlaSubject,
  versions: PolicyVersions,
  span: ClockSpan,
  at: number,
  options: readonly (SlaCalendarOptions | undefined)[],
): Segment[] {
  const start = span.startedAt;
  const boundaries: number[] = [];
  const starts = versions.starts;
  for (let i = 1; i < starts.length; i++) if (starts[i]! > start) boundaries.push(starts[i]!);
  const hasRules = versions.versions.some((policy) => policy.rules.length > 0);
  if (hasRules) {
    const until = span.fulfilledAt ?? at;
    if (versions.usesPriority) {
      for (const change of subject.priorityChanges)
        if (change.at > start && change.at <= until) boundaries.push(change.at);
    }
    if (versions.usesTags) {
      for (const change of subject.tagChanges)
        if (change.at > start && change.at <= until) boundaries.push(change.at);
    }
    if (versions.usesAccount) accountBoundaries(subject, start, until, boundaries);
  }
  if (boundaries.length > 1) boundaries.sort((a, b) => a - b);
  const segments: Segment[] = [];
  let from = start;
  let previousTerms: SlaTerms | undefined;
  let previousVersion = -1;
  for (let i = 0; i <= boundaries.length; i++) {
    const version = versionIndexAt(versions, from);
    const policy = versions.versions[version]!;
    const terms =
      policy.rules.length === 0
        ? policy.defaults
        : matchTerms(policy, attributesAt(subject, from, versions), span.visibility);
    if (terms === previousTerms && version === previousVersion) {
      // Same terms: extend the previous segment.
    } else {
      if (segments.length > 0) {
        const last = segments[segments.length - 1]!;
        segments[segments.length - 1] = { ...last, to: from };
      }
      segments.push({ from, to: Number.POSITIVE_INFINITY, terms, options: options[version] });
      previousTerms = terms;
      previousVersion = version;
    }
    const next = boundaries[i];
    if (next === undefined) break;
    if (next > from) from = next;
  }
  return segments;
}

function addNotStarted(
  subject: SlaSubject,
  versions: PolicyVersions,
  at: number,
  wanted: ReadonlySet<SlaMetric> | undefined,
  clocks: SlaClock[],
): void {
  const policy = versions.versions[versionIndexAt(versions, at)]!;
  const visibility: Visibility = subject.messages[0]?.visibility ?? 'public';
  const terms =
    policy.rules.length === 0
      ? policy.defaults
      : matchTerms(policy, attributesAt(subject, at, versions), visibility);
  for (const metric of ['firstResponse', 'resolution'] as const) {
    const targetMs = terms.targets[metric];
    if (targetMs === undefined || (wanted !== undefined && !wanted.has(metric))) continue;
    clocks.push({
      metric,
      turn: 1,
      status: 'not-started',
      rule: terms.rule,
      targetMs,
      startedAt: undefined,
      dueAt: undefined,
      warnAt: undefined,
      elapsedMs: 0,
      remainingMs: targetMs,
      fulfilledAt: undefined,
      breachedAt: undefined,
      atRisk: false,
      pausedSince: undefined,
    });
  }
}

function hasInboundBy(subject: SlaSubject, at: number): boolean {
  for (const message of subject.messages) {
    if (message.createdAt > at) return false;
    if (message.direction === 'inbound') return true;
  }
  return false;
}

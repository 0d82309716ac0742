import type { Visibility } from '../conversation/platform';
import { BREACH, CROSSED, crossings, need, type Segment, TARGET, WARN } from './clock-crossings';
import { type ClockSpan, clockSpans, SpanList } from './clock-spans';
import type { SlaClockStatus, SlaMetric } from './metric';
import { OpenTimeIndex } from './open-time-index';
import { pauseRanges } from './pause-ranges';
import type { SlaPolicy, SlaTerms } from './policy';
import { matchTerms, type PolicyVersions, type SlaAttributes, versionIndexAt } from './policy-versions';
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

type MutableClock = { -readonly [K in keyof SlaClock]: SlaClock[K] };

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
 * Span lists in use: one shared list, plus a fresh one for a nested evaluation (a calendar that
 * evaluates SLAs from inside `add`, say), so reusing the list is never visible.
 */
const SHARED_SPANS = new SpanList();
let depth = 0;

/**
 * Evaluates every clock of a subject at `at`. With a `buffer`, the clocks are written into its
 * reused objects (valid until the next evaluation into that buffer) and the buffer is returned.
 * @internal
 */
export function evaluateSubject(
  subject: SlaSubject,
  versions: PolicyVersions,
  at: number,
  wanted?: ReadonlySet<SlaMetric>,
  withWake = false,
  settled?: SettledClocks,
  buffer?: ClockBuffer,
): SubjectEvaluation {
  const spans = depth === 0 ? SHARED_SPANS : new SpanList();
  depth++;
  try {
    const out = buffer ?? { clocks: [] as MutableClock[], count: 0, wakeAt: Number.POSITIVE_INFINITY };
    out.count = 0;
    out.wakeAt = Number.POSITIVE_INFINITY;
    fill(subject, versions, at, wanted, withWake, settled, spans, out);
    if (buffer) buffer.openSpans = (spans.responseOpen ? 1 : 0) + (spans.resolutionOpen ? 2 : 0);
    return out;
  } finally {
    depth--;
  }
}

/** The next clock object to write: a reused one in a buffer, else a new one. */
function slot(out: ClockBuffer | { clocks: MutableClock[]; count: number }): MutableClock {
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

function fill(
  subject: SlaSubject,
  versions: PolicyVersions,
  at: number,
  wanted: ReadonlySet<SlaMetric> | undefined,
  withWake: boolean,
  settled: SettledClocks | undefined,
  spans: SpanList,
  out: { clocks: MutableClock[]; count: number; wakeAt: number },
): void {
  // The terms cache is valid within one evaluation only (a monitor's subject changes between them).
  TERMS_CACHE.subject = undefined;
  const versionIndex = versionIndexAt(versions, at);
  const list = versions.versions;
  const current = list[versionIndex]!;
  clockSpans(subject, at, current.countBotReplies, wanted, spans);
  const count = spans.count;
  let wakeAt = Number.POSITIVE_INFINITY;
  if (count === 0) {
    if (!hasInboundBy(subject, at)) addNotStarted(subject, versions, at, wanted, out);
    return;
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
  for (let i = 0; i < count; i++) {
    const span = spans.load(i);
    if (settled?.isSettled(span.metric, span.startedAt)) continue;
    const clock = slot(out);
    let found: boolean;
    let breachProjection: number | undefined;
    let terms = single ? singleTerms(subject, versions, current, span, at) : undefined;
    let segments: Segment[] | undefined;
    let segmentOptions = options[0];
    if (terms === undefined) {
      segments = segmentsOf(subject, versions, span, at, options);
      // One segment (the change inside the span kept the same terms): the single-terms path,
      // which gives the same clock with fewer calendar calls.
      if (segments.length === 1) {
        terms = segments[0]!.terms;
        segmentOptions = segments[0]!.options;
        segments = undefined;
      }
    }
    if (segments === undefined) {
      found = evaluateSingle(span, terms!, segmentOptions, at, pausedSince, clock);
      if (withWake && found && clock.status === 'running') {
        breachProjection =
          clock.breachedAt ??
          BREACH_AT.value ??
          terms!.arithmetic.add(span.startedAt, clock.targetMs + 1, segmentOptions);
      }
    } else {
      DEFERRED.value = false;
      found = evaluateSpan(span, segments, at, pausedSince, clock);
      // The breach instant evaluateSpan found on its way.
      if (withWake && found && clock.status === 'running') breachProjection = CROSSED[BREACH];
      // A threshold put off to the next instant (running or paused): look again then.
      if (withWake && found && DEFERRED.value && at + 1 < wakeAt) wakeAt = at + 1;
    }
    // A later policy version may change the target of an open span (or give one to a span that has
    // none now): wake up when it takes effect.
    if (withWake && span.fulfilledAt === undefined && nextVersionStart < wakeAt) wakeAt = nextVersionStart;
    if (!found) continue;
    out.count++;
    if (withWake && clock.status === 'running') {
      // A threshold crossed at a change taking effect at `at` counts from the next instant (see `reached`).
      if (breachProjection !== undefined) {
        const due = breachProjection > at ? breachProjection : at + 1;
        if (due < wakeAt) wakeAt = due;
      }
      if (!clock.atRisk && clock.warnAt !== undefined) {
        const due = clock.warnAt > at ? clock.warnAt : at + 1;
        if (due < wakeAt) wakeAt = due;
      }
    }
  }
  // Without a buffer the list is handed out: drop the object prepared for a span without a target.
  if (out.clocks.length > out.count && !(out instanceof ClockBuffer)) out.clocks.length = out.count;
  out.wakeAt = wakeAt;
}

/**
 * Whether a change of an attribute rules look at (priority, tags, account), made at `changeAt`,
 * applies to a span: after its start, up to `at` while it runs, and strictly before its fulfilment
 * once fulfilled. A change at the very instant a clock stops comes too late for it, so the clock does
 * not depend on which of two facts of the same instant is known first (the monitor learns them one
 * by one, and a met or breached clock is final).
 */
function changeApplies(changeAt: number, span: ClockSpan, at: number): boolean {
  if (changeAt <= span.startedAt) return false;
  const fulfilledAt = span.fulfilledAt;
  return fulfilledAt === undefined ? changeAt <= at : changeAt < fulfilledAt;
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
  if (versions.usesPriority) {
    for (const change of subject.priorityChanges) if (changeApplies(change.at, span, at)) return undefined;
  }
  if (versions.usesTags) {
    for (const change of subject.tagChanges) if (changeApplies(change.at, span, at)) return undefined;
  }
  if (versions.usesAccount) {
    const boundaries: number[] = [];
    accountBoundaries(subject, start, span.fulfilledAt ?? at, boundaries);
    for (const boundary of boundaries) if (changeApplies(boundary, span, at)) return undefined;
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

/**
 * {@link evaluateSpan} for one segment, without building it: writes the clock into `out`; `false`
 * when the metric has no target.
 */
function evaluateSingle(
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

const NO_OPTIONS: (SlaCalendarOptions | undefined)[] = [undefined];
/** The breach instant {@link evaluateSingle} found on its way (no extra calendar call for the wake-up). */
const BREACH_AT: { value: number | undefined } = { value: undefined };
const BUDGETS: number[] = [0, 0, 0];
const INSTANTS: number[] = [0, 0, 0];
/** Writes the clock of a span whose terms change while it runs into `out`; `false` without a target. */
function evaluateSpan(
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
 * at the same instant (a fulfilment at the change is judged without it, see {@link changeApplies}).
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

/** Set when {@link reached} put a threshold off to the next instant: the monitor must wake then. */
const DEFERRED: { value: boolean } = { value: false };

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
    if (versions.usesPriority) {
      for (const change of subject.priorityChanges)
        if (changeApplies(change.at, span, at)) boundaries.push(change.at);
    }
    if (versions.usesTags) {
      for (const change of subject.tagChanges)
        if (changeApplies(change.at, span, at)) boundaries.push(change.at);
    }
    if (versions.usesAccount) {
      const accounts: number[] = [];
      accountBoundaries(subject, start, span.fulfilledAt ?? at, accounts);
      for (const boundary of accounts) if (changeApplies(boundary, span, at)) boundaries.push(boundary);
    }
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
  out: { clocks: MutableClock[]; count: number },
): void {
  const policy = versions.versions[versionIndexAt(versions, at)]!;
  const visibility: Visibility = subject.messages[0]?.visibility ?? 'public';
  const terms =
    policy.rules.length === 0
      ? policy.defaults
      : matchTerms(policy, attributesAt(subject, at, versions), visibility);
  pushNotStarted(terms, wanted, out);
}

/**
 * The clocks at `at` of a conversation in which nothing has happened yet (no message, no event by
 * then): the not-started clocks {@link evaluateSubject} gives, from the rule attributes as of `at`,
 * without building a subject, spans or pauses.
 * @internal
 */
export function notStartedClocks(
  versions: PolicyVersions,
  at: number,
  wanted: ReadonlySet<SlaMetric> | undefined,
  attributes: SlaAttributes,
  visibility: Visibility,
): SlaClock[] {
  const policy = versions.versions[versionIndexAt(versions, at)]!;
  const terms = policy.rules.length === 0 ? policy.defaults : matchTerms(policy, attributes, visibility);
  const out = { clocks: [] as MutableClock[], count: 0 };
  pushNotStarted(terms, wanted, out);
  return out.clocks;
}

const NOT_STARTED_METRICS = ['firstResponse', 'resolution'] as const;

function pushNotStarted(
  terms: SlaTerms,
  wanted: ReadonlySet<SlaMetric> | undefined,
  out: { clocks: MutableClock[]; count: number },
): void {
  for (const metric of NOT_STARTED_METRICS) {
    const targetMs = terms.targets[metric];
    if (targetMs === undefined || (wanted !== undefined && !wanted.has(metric))) continue;
    const clock = slot(out);
    out.count++;
    clock.metric = metric;
    clock.turn = 1;
    clock.status = 'not-started';
    clock.rule = terms.rule;
    clock.targetMs = targetMs;
    clock.startedAt = undefined;
    clock.dueAt = undefined;
    clock.warnAt = undefined;
    clock.elapsedMs = 0;
    clock.remainingMs = targetMs;
    clock.fulfilledAt = undefined;
    clock.breachedAt = undefined;
    clock.atRisk = false;
    clock.pausedSince = undefined;
  }
}

function hasInboundBy(subject: SlaSubject, at: number): boolean {
  for (const message of subject.messages) {
    if (message.createdAt > at) return false;
    if (message.direction === 'inbound') return true;
  }
  return false;
}

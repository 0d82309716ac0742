// Evaluates every clock of a subject at an instant: its spans, pauses and terms, one clock a span,
// and the next instant at which the clocks would change on their own.

import { BREACH, CROSSED, type Segment } from './clock-crossings';
import { clockSpans, SpanList } from './clock-spans';
import { segmentsOf, singleTerms, TERMS_CACHE } from './clock-terms';
import type { SlaMetric } from './metric';
import { addNotStarted, hasInboundBy } from './not-started-clocks';
import { pauseRanges } from './pause-ranges';
import { type PolicyVersions, versionIndexAt } from './policy-versions';
import type { SlaCalendarOptions } from './sla-calendar';
import {
  ClockBuffer,
  type MutableClock,
  type SettledClocks,
  type SubjectEvaluation,
  slot,
} from './sla-clock';
import { BREACH_AT, DEFERRED, evaluateSingle, evaluateSpan } from './span-clock';
import type { SlaSubject } from './subject';

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

const NO_OPTIONS: (SlaCalendarOptions | undefined)[] = [undefined];

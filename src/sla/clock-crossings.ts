// Where a running clock reaches its thresholds (due, breach, warning) when its terms change while
// it runs: a walk over the segments of its span, each under one set of terms.

import type { SlaMetric } from './metric';
import type { SlaTerms } from './policy';
import type { SlaCalendarOptions } from './sla-calendar';

/**
 * A stretch of a span under one set of terms (a policy version and the rule that matches).
 * @internal
 */
export interface Segment {
  readonly from: number;
  readonly to: number;
  readonly terms: SlaTerms;
  readonly options: SlaCalendarOptions | undefined;
}

/** Index in {@link CROSSED}: the instant the target is used up (the due instant). */
export const TARGET = 0;
/** Index in {@link CROSSED}: the first instant past the target (the breach). */
export const BREACH = 1;
/** Index in {@link CROSSED}: the instant of the warning. */
export const WARN = 2;

/** Business time a kind of threshold needs under `terms`, or undefined when it has none. */
export function need(terms: SlaTerms, metric: SlaMetric, kind: number): number | undefined {
  const target = terms.targets[metric];
  if (target === undefined) return undefined;
  if (kind === TARGET) return target;
  if (kind === BREACH) return target + 1;
  const warning = terms.warning;
  if (warning === undefined) return undefined;
  return 'before' in warning ? Math.max(0, target - warning.before) : Math.round(target * warning.share);
}

/**
 * {@link crossing} for the target, the breach and the warning at once, into `CROSSED` (indexed by
 * `TARGET`, `BREACH`, `WARN`): one walk over the segments, each segment's open time measured once,
 * and `add` called only in the segment where a threshold is reached.
 */
export function crossings(segments: readonly Segment[], metric: SlaMetric): void {
  const crossed = CROSSED;
  crossed[TARGET] = undefined;
  crossed[BREACH] = undefined;
  crossed[WARN] = undefined;
  let pending = 3;
  let used = 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const arithmetic = segment.terms.arithmetic;
    const last = segment.to === Number.POSITIVE_INFINITY;
    // Open time of the segment, measured when first needed.
    let open = -1;
    for (let kind = TARGET; kind <= WARN; kind++) {
      if (crossed[kind] !== undefined) continue;
      const wanted = need(segment.terms, metric, kind);
      if (wanted === undefined) continue;
      if (used >= wanted) {
        crossed[kind] = segment.from;
        pending--;
        continue;
      }
      if (!last) {
        if (open < 0) open = arithmetic.elapsed(segment.from, segment.to, segment.options);
        // More than the segment holds: `add` would land at or after its end.
        if (wanted - used > open) continue;
      }
      const found = arithmetic.add(segment.from, wanted - used, segment.options);
      if (found < segment.to) {
        crossed[kind] = found;
        pending--;
      }
    }
    if (pending === 0 || last) return;
    used += open < 0 ? arithmetic.elapsed(segment.from, segment.to, segment.options) : open;
  }
}

/** What {@link crossings} found, by kind (`TARGET`, `BREACH`, `WARN`). @internal */
export const CROSSED: (number | undefined)[] = [undefined, undefined, undefined];

/**
 * The first instant at or after the span's start at which the time used reaches the need of one
 * kind: the plain definition, kept as the reference {@link crossings} is tested against.
 * @internal
 */
export function crossing(segments: readonly Segment[], metric: SlaMetric, kind: number): number | undefined {
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

// Which terms (policy version and matching rule) a span runs under: one set when nothing the rules
// look at changes while it runs, else the segments of the span, each under one set of terms.

import type { Segment } from './clock-crossings';
import type { ClockSpan } from './clock-spans';
import type { SlaPolicy, SlaTerms } from './policy';
import { matchTerms, type PolicyVersions, versionIndexAt } from './policy-versions';
import type { SlaCalendarOptions } from './sla-calendar';
import { accountBoundaries, attributesAt, type SlaSubject } from './subject';

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
 * @internal
 */
export function singleTerms(
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

/**
 * The terms found for the last subject, per visibility (valid while its attributes cannot change).
 * Module-level scratch shared with the engine, which clears it at the start of each evaluation.
 * @internal
 */
export const TERMS_CACHE: {
  subject: SlaSubject | undefined;
  policy: SlaPolicy | undefined;
  public: SlaTerms | undefined;
  private: SlaTerms | undefined;
} = { subject: undefined, policy: undefined, public: undefined, private: undefined };

/**
 * The segments of a span whose terms change while it runs (a policy version taking effect, a change of
 * an attribute its rules look at), each under one set of terms and its version's calendar options.
 * @internal
 */
export function segmentsOf(
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

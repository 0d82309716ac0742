// Which terms (policy version and matching rule) a span runs under: one set when nothing the rules
// look at changes while it runs, else the segments of the span, each under one set of terms.

import type { Segment } from './clock-crossings';
import type { ClockSpan } from './clock-spans';
import type { SlaPolicy, SlaTerms } from './policy';
import { matchTerms, type PolicyVersions, versionIndexAt } from './policy-versions';
import type { SlaCalendarOptions } from './sla-calendar';
import { accountBoundaries, reusedAttributesAt, type SlaSubject } from './subject';

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
    const terms = matchTerms(policy, reusedAttributesAt(subject, start, versions), span.visibility);
    cache[span.visibility] = terms;
    return terms;
  }
  return matchTerms(policy, reusedAttributesAt(subject, start, versions), span.visibility);
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
 * The instants where a span's terms may change, in a list reused by every call (`segmentsOf` reads
 * them before it returns and calls no code outside the SLA engine meanwhile).
 */
const BOUNDARIES: number[] = [];

/**
 * The segments of a span whose terms change while it runs (a policy version taking effect, a change of
 * an attribute its rules look at), each under one set of terms and its version's calendar options.
 *
 * Allocates only the segments and their list: the instants are gathered in a reused list, and each
 * segment object is made once its end is known.
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
  const boundaries = BOUNDARIES;
  let count = 0;
  const starts = versions.starts;
  for (let i = 1; i < starts.length; i++) if (starts[i]! > start) boundaries[count++] = starts[i]!;
  const hasRules = versions.versions.some((policy) => policy.rules.length > 0);
  if (hasRules) {
    if (versions.usesPriority) {
      for (const change of subject.priorityChanges)
        if (changeApplies(change.at, span, at)) boundaries[count++] = change.at;
    }
    if (versions.usesTags) {
      for (const change of subject.tagChanges)
        if (changeApplies(change.at, span, at)) boundaries[count++] = change.at;
    }
    if (versions.usesAccount) {
      const accounts: number[] = [];
      accountBoundaries(subject, start, span.fulfilledAt ?? at, accounts);
      for (const boundary of accounts) if (changeApplies(boundary, span, at)) boundaries[count++] = boundary;
    }
  }
  sortFirst(boundaries, count);
  let segments: Segment[] | undefined;
  // The segment being built: it ends where the terms next differ.
  let segmentFrom = start;
  let segmentTerms: SlaTerms | undefined;
  let segmentVersion = -1;
  let from = start;
  for (let i = 0; ; i++) {
    const version = versionIndexAt(versions, from);
    const policy = versions.versions[version]!;
    const terms =
      policy.rules.length === 0
        ? policy.defaults
        : matchTerms(policy, reusedAttributesAt(subject, from, versions), span.visibility);
    if (segmentTerms === undefined) {
      segmentTerms = terms;
      segmentVersion = version;
    } else if (terms !== segmentTerms || version !== segmentVersion) {
      const segment = { from: segmentFrom, to: from, terms: segmentTerms, options: options[segmentVersion] };
      if (segments) segments.push(segment);
      else segments = [segment];
      segmentFrom = from;
      segmentTerms = terms;
      segmentVersion = version;
    }
    if (i === count) break;
    const next = boundaries[i]!;
    if (next > from) from = next;
  }
  const last = {
    from: segmentFrom,
    to: Number.POSITIVE_INFINITY,
    terms: segmentTerms,
    options: options[segmentVersion],
  };
  if (!segments) return [last];
  segments.push(last);
  return segments;
}

/** Sorts the first `count` numbers of a list in place (a few: insertion sort, no comparator calls). */
function sortFirst(list: number[], count: number): void {
  for (let i = 1; i < count; i++) {
    const value = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]! > value) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = value;
  }
}

// The clocks of a conversation in which no customer message has arrived yet: not started, with the
// targets the rules give as of the instant.

import type { Visibility } from '../conversation/platform';
import type { SlaMetric } from './metric';
import type { SlaTerms } from './policy';
import { matchTerms, type PolicyVersions, type SlaAttributes, versionIndexAt } from './policy-versions';
import { type MutableClock, type SlaClock, slot } from './sla-clock';
import { reusedAttributesAt, type SlaSubject } from './subject';

/**
 * Writes the not-started clocks of a subject with no customer message by `at` into `out`, from the
 * rule attributes as of `at`.
 * @internal
 */
export function addNotStarted(
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
      : matchTerms(policy, reusedAttributesAt(subject, at, versions), visibility);
  pushNotStarted(terms, wanted, out);
}

/**
 * The clocks at `at` of a conversation in which nothing has happened yet (no message, no event by
 * then): the not-started clocks `evaluateSubject` (clock-engine) gives, from the rule attributes as
 * of `at`, without building a subject, spans or pauses.
 * @internal
 */
export function notStartedClocks(
  versions: PolicyVersions,
  at: number,
  wanted: ReadonlySet<SlaMetric> | undefined,
  attributes: SlaAttributes,
  visibility: Visibility,
): readonly SlaClock[] {
  const policy = versions.versions[versionIndexAt(versions, at)]!;
  const terms = policy.rules.length === 0 ? policy.defaults : matchTerms(policy, attributes, visibility);
  // At most two clocks, in an exact-size list: a list grown by pushing allocates room for 17.
  const first = notStartedClock(terms, wanted, 'firstResponse');
  const resolution = notStartedClock(terms, wanted, 'resolution');
  if (first === undefined) return resolution === undefined ? [] : [resolution];
  return resolution === undefined ? [first] : [first, resolution];
}

/** The not-started clock of one metric, `undefined` without a target or when not wanted. */
function notStartedClock(
  terms: SlaTerms,
  wanted: ReadonlySet<SlaMetric> | undefined,
  metric: 'firstResponse' | 'resolution',
): SlaClock | undefined {
  const targetMs = terms.targets[metric];
  if (targetMs === undefined || (wanted !== undefined && !wanted.has(metric))) return undefined;
  // The fields in the order of the engine's clocks (one object shape).
  return {
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
  };
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

/**
 * Whether the subject has a customer (inbound) message by `at`.
 * @internal
 */
export function hasInboundBy(subject: SlaSubject, at: number): boolean {
  for (const message of subject.messages) {
    if (message.createdAt > at) return false;
    if (message.direction === 'inbound') return true;
  }
  return false;
}

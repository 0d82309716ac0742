import type { Conversation } from '../conversation/conversation';
import { type InstantInput, toInstant } from '../shared/instant';
import { evaluateSubject } from './clock-engine';
import type { SlaMetric } from './metric';
import { notStartedClocks } from './not-started-clocks';
import { policyVersions, type SlaAttributes, type SlaPolicySource, versionIndexAt } from './policy-versions';
import type { SlaClock } from './sla-clock';
import { subjectFromConversation } from './subject';

/**
 * Options of {@link evaluateSla}.
 *
 * @example
 * ```ts
 * evaluateSla(conversation, policy, { at: '2024-03-11T10:00:00Z', metrics: ['firstResponse'] });
 * ```
 */
export interface EvaluateSlaOptions {
  /** The instant to evaluate at (default: the conversation's latest event). Later facts are ignored. */
  readonly at?: InstantInput;
  /** Only these metrics (default: all with a target). */
  readonly metrics?: readonly SlaMetric[];
}

/**
 * Every clock of a conversation at an instant.
 *
 * @example
 * ```ts
 * const { clocks, metrics } = evaluateSla(conversation, policy, { at });
 * ```
 */
export interface SlaEvaluation {
  readonly conversationId: string;
  /** The instant evaluated. */
  readonly at: number;
  /** The name of the policy version in force at `at`. */
  readonly policy: string;
  /** Every clock, grouped by metric in the order of `SLA_METRICS`, then by turn. */
  readonly clocks: readonly SlaClock[];
  /** The same clocks by metric. */
  readonly metrics: Readonly<Record<SlaMetric, readonly SlaClock[]>>;
}

/**
 * Evaluates a conversation against an SLA policy at an instant: for every metric with a target and
 * every turn it applies to, the clock's status, start, due and warning instants, business time used
 * and left, fulfilment and breach. Facts after `at` (later messages, statuses) are ignored, so the
 * same conversation can be evaluated at any instant of its history.
 *
 * - Breach is decided on business time used: breached iff elapsed (pauses excluded) > target;
 *   `breachedAt` is the first such instant and a breach is final.
 * - Pauses are the periods in the policy's pausing statuses (a `pending-customer` pause also ends at
 *   the customer's next message); they are passed to the calendar's `exclude`.
 * - `dueAt` is `calendar.add(startedAt, target, { exclude: pauses so far })`: a projection that moves
 *   later if a pause starts afterwards.
 * - With policy versions (a list of policies with `effectiveFrom`), time already used is kept and the
 *   rest is measured with the version in force; the same holds when a rule stops or starts matching
 *   (a priority or tag change).
 *
 * @example
 * ```ts
 * const result = evaluateSla(conversation, policy, { at: '2024-03-11T10:00:00Z' });
 * const first = result.metrics.firstResponse[0];
 * console.log(first?.status, first?.remainingMs);
 * ```
 */
export function evaluateSla(
  conversation: Conversation,
  policy: SlaPolicySource,
  options: EvaluateSlaOptions = {},
): SlaEvaluation {
  const versions = policyVersions(policy);
  const at = options.at === undefined ? conversation.updatedAt : toInstant(options.at, 'at');
  const wanted = options.metrics === undefined ? undefined : wantedMetrics(options.metrics);
  const first = conversation.messages[0];
  let clocks: readonly SlaClock[];
  if (conversation.createdAt > at && (first === undefined || first.createdAt > at) && !versions.usesTags) {
    // Nothing had happened by `at` (common when a batch is evaluated at one instant): every clock is
    // not started, with the rule attributes as of then (no priority yet, the platform and visibility
    // of the first message, the account when no message names one). No subject, spans or pauses.
    const attributes = NOTHING_YET;
    attributes.platform = first?.platform;
    attributes.account = versions.usesAccount ? accountBeforeMessages(conversation) : undefined;
    clocks = notStartedClocks(versions, at, wanted, attributes, first?.visibility ?? 'public');
  } else {
    clocks = evaluateSubject(
      subjectFromConversation(conversation, versions, at),
      versions,
      at,
      wanted,
    ).clocks;
  }
  return {
    conversationId: conversation.id,
    at,
    policy: versions.versions[versionIndexAt(versions, at)]!.name,
    clocks,
    metrics: groupByMetric(clocks),
  };
}

const NO_TAGS: readonly string[] = [];

/**
 * The rule attributes before anything happened, in one reused object (the rules read them at once,
 * and most conversations of a batch evaluated at one instant may not have started).
 */
const NOTHING_YET: { -readonly [K in keyof SlaAttributes]: SlaAttributes[K] } = {
  platform: undefined,
  account: undefined,
  priority: undefined,
  tags: NO_TAGS,
};

/** The last `metrics` option seen (a copy: the caller may change its list) and its set. */
const lastMetrics: { list: SlaMetric[]; set: ReadonlySet<SlaMetric> } = { list: [], set: new Set() };

/**
 * The metrics option as a set: the same set as the last call when the list holds the same metrics
 * (a batch passes one list call after call), without a new set per conversation.
 */
function wantedMetrics(metrics: readonly SlaMetric[]): ReadonlySet<SlaMetric> {
  const last = lastMetrics;
  let same = metrics.length === last.list.length;
  for (let i = 0; same && i < metrics.length; i++) same = metrics[i] === last.list[i];
  if (!same) {
    last.list = [...metrics];
    last.set = new Set(metrics);
  }
  return last.set;
}

/** The account rules see before any message: the conversation's own, unless a message names one. */
function accountBeforeMessages(conversation: Conversation): string | undefined {
  for (const message of conversation.messages) if (message.accountId !== undefined) return undefined;
  return conversation.accountId;
}

/** The list of a metric without clocks, shared (frozen: results are read-only). */
const NO_CLOCKS: readonly SlaClock[] = Object.freeze([]);

/**
 * Groups clocks by metric.
 *
 * The engine lists clocks grouped by metric in the order of `SLA_METRICS`, so each metric is one run
 * of the list: copied with one exact-size slice (pushing into four empty lists would allocate room
 * for 17 clocks in each, and millions of conversations are evaluated), and a metric without clocks
 * shares one frozen empty list. Clocks in another order take the general path.
 * @internal
 */
export function groupByMetric(clocks: readonly SlaClock[]): Record<SlaMetric, readonly SlaClock[]> {
  const n = clocks.length;
  let a = 0;
  while (a < n && clocks[a]!.metric === 'firstResponse') a++;
  let b = a;
  while (b < n && clocks[b]!.metric === 'nextResponse') b++;
  let c = b;
  while (c < n && clocks[c]!.metric === 'periodicUpdate') c++;
  let d = c;
  while (d < n && clocks[d]!.metric === 'resolution') d++;
  if (d < n) return groupInAnyOrder(clocks);
  return {
    firstResponse: run(clocks, 0, a),
    nextResponse: run(clocks, a, b),
    periodicUpdate: run(clocks, b, c),
    resolution: run(clocks, c, d),
  };
}

/** Clocks `from` to `to` (excluded) as a new list, or the shared empty list. */
function run(clocks: readonly SlaClock[], from: number, to: number): readonly SlaClock[] {
  if (to === from) return NO_CLOCKS;
  // A literal allocates exactly one slot, without the call `slice` costs.
  if (to === from + 1) return [clocks[from]!];
  return clocks.slice(from, to);
}

/** {@link groupByMetric} for clocks in any order. */
function groupInAnyOrder(clocks: readonly SlaClock[]): Record<SlaMetric, readonly SlaClock[]> {
  const group = (metric: SlaMetric) => {
    const found = clocks.filter((clock) => clock.metric === metric);
    return found.length === 0 ? NO_CLOCKS : found;
  };
  return {
    firstResponse: group('firstResponse'),
    nextResponse: group('nextResponse'),
    periodicUpdate: group('periodicUpdate'),
    resolution: group('resolution'),
  };
}

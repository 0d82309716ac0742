import type { Conversation } from '../conversation/conversation';
import { type InstantInput, toInstant } from '../shared/instant';
import { evaluateSubject } from './clock-engine';
import { SLA_METRICS, type SlaMetric } from './metric';
import { policyVersions, type SlaPolicySource } from './policy-versions';
import { subjectFromConversation } from './subject';

/**
 * Attainment of one metric: clocks met, breached and still open, and the share met.
 *
 * @example
 * ```ts
 * const { met, breached, share } = replaySla(history, policy).metrics.firstResponse;
 * ```
 */
export interface SlaAttainment {
  /** Clocks fulfilled within target. */
  met: number;
  /** Clocks that used more than their target (fulfilled late or still open past due). */
  breached: number;
  /** Clocks still running or paused, not yet breached. */
  open: number;
  /** `met / (met + breached)`, `undefined` when nothing was decided. */
  share: number | undefined;
}

/** Attainment per metric for a group of conversations. */
export interface SlaAttainmentGroup {
  /** Conversations in the group. */
  conversations: number;
  /** Attainment per metric (every turn counts). */
  metrics: Record<SlaMetric, SlaAttainment>;
}

/** The result of {@link replaySla}. */
export interface SlaReplay extends SlaAttainmentGroup {
  /** The instant evaluated. */
  readonly at: number;
  /** The same figures per brand account (`(no account)` when none is known). */
  readonly byAccount: Record<string, SlaAttainmentGroup>;
}

/** Options of {@link replaySla}. */
export interface ReplaySlaOptions {
  /** Evaluate at this instant (default: the latest event of all the conversations). */
  readonly at?: InstantInput;
}

/**
 * The account key used when a conversation names no brand account.
 *
 * @example
 * ```ts
 * replaySla(history, policy).byAccount[NO_ACCOUNT]?.conversations;
 * ```
 */
export const NO_ACCOUNT = '(no account)';

/**
 * Replays a policy over past conversations: the attainment per metric (met, breached, share) overall
 * and per brand account. Use it to ask "what would our attainment have been with these hours or these
 * targets?" before changing them. Pass a list of policy versions with `effectiveFrom` to replay a policy
 * change: clocks running at the change keep the time already used and the rest is measured with the
 * new version.
 *
 * @example
 * ```ts
 * const replay = replaySla(conversations, policy);
 * replay.metrics.firstResponse.share; // 0.93
 * replay.byAccount.AcmeCare?.metrics.resolution.share;
 * ```
 */
export function replaySla(
  conversations: Iterable<Conversation>,
  policy: SlaPolicySource,
  options: ReplaySlaOptions = {},
): SlaReplay {
  const versions = policyVersions(policy);
  let list: Iterable<Conversation> = conversations;
  let at: number;
  if (options.at !== undefined) at = toInstant(options.at, 'at');
  else {
    const array = Array.isArray(conversations)
      ? (conversations as readonly Conversation[])
      : [...conversations];
    list = array;
    at = Number.NEGATIVE_INFINITY;
    for (const conversation of array) if (conversation.updatedAt > at) at = conversation.updatedAt;
    if (at === Number.NEGATIVE_INFINITY) at = 0;
  }
  const overall = emptyGroup();
  const byAccount: Record<string, SlaAttainmentGroup> = {};
  for (const conversation of list) {
    const { clocks } = evaluateSubject(subjectFromConversation(conversation, versions, at), versions, at);
    const key = conversation.accountId ?? NO_ACCOUNT;
    let group = byAccount[key];
    if (!group) {
      group = emptyGroup();
      byAccount[key] = group;
    }
    overall.conversations++;
    group.conversations++;
    for (const clock of clocks) {
      if (clock.status === 'not-started') continue;
      const field = clock.status === 'met' ? 'met' : clock.status === 'breached' ? 'breached' : 'open';
      overall.metrics[clock.metric][field]++;
      group.metrics[clock.metric][field]++;
    }
  }
  finish(overall);
  for (const group of Object.values(byAccount)) finish(group);
  return { at, ...overall, byAccount };
}

function emptyGroup(): SlaAttainmentGroup {
  const metrics = {} as Record<SlaMetric, SlaAttainment>;
  for (const metric of SLA_METRICS) metrics[metric] = { met: 0, breached: 0, open: 0, share: undefined };
  return { conversations: 0, metrics };
}

function finish(group: SlaAttainmentGroup): void {
  for (const metric of SLA_METRICS) {
    const entry = group.metrics[metric];
    const decided = entry.met + entry.breached;
    entry.share = decided === 0 ? undefined : entry.met / decided;
  }
}

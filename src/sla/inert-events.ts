import type { ConversationEvent } from '../conversation/events';
import { type ConversationStatus, DONE_STATUSES } from '../conversation/status';
import type { PolicyVersions } from './policy-versions';
import type { TrackedConversation } from './tracked-conversation';

/**
 * Recognises events that cannot change any clock of a conversation, so the monitor can skip
 * re-evaluating it (an evaluation is most of the cost of an event). Only two common cases, both
 * judged on the conversation's state before the event and only when the event is its latest fact
 * (nothing after it to recompute):
 *
 * - a customer message while the latest response clock and the latest resolution cycle are open
 *   (running or paused): no clock starts, no case reopens (the case is not resolved or closed), no
 *   pause ends (none that a customer message ends), and the brand account cannot change (no rule
 *   looks at it);
 * - a status change between two statuses that neither pause the clocks (in any policy version) nor
 *   mean the case is done (`new` to `open`, say): the pauses and the done intervals stay the same.
 *
 * Anything else is re-evaluated. The property tests check the monitor against `evaluateSla` at every
 * step of random streams, which covers these shortcuts.
 * @internal
 */
export class InertEvents {
  private readonly usesAccount: boolean;
  private readonly pausing: ReadonlySet<ConversationStatus>;
  private readonly customerEndsPause: boolean;

  constructor(versions: PolicyVersions) {
    this.usesAccount = versions.usesAccount;
    const pausing = new Set<ConversationStatus>();
    let customerEndsPause = false;
    for (const policy of versions.versions) {
      for (const status of policy.pauseStatuses) pausing.add(status);
      if (policy.resumeOnCustomerMessage && policy.pauseStatuses.includes('pending-customer'))
        customerEndsPause = true;
    }
    this.pausing = pausing;
    this.customerEndsPause = customerEndsPause;
  }

  /** Whether `event`, about to be applied to `tracked`, cannot change any of its clocks. */
  isInert(tracked: TrackedConversation, event: ConversationEvent): boolean {
    // Cheapest checks first: most events fail one of them before any list is read.
    if (event.type === 'message-received' || event.type === 'message-sent') {
      const message = event.message;
      // The latest response clock and the latest resolution cycle must still be open (as of the last
      // evaluation, and only events that change no clock came since): a customer message then
      // neither starts a response clock nor a resolution cycle.
      if (message.direction !== 'inbound' || tracked.openSpans !== BOTH_OPEN || this.usesAccount)
        return false;
      const status = tracked.currentStatus();
      if (DONE_STATUSES.has(status) || (this.customerEndsPause && status === 'pending-customer'))
        return false;
      // Strictly after the last message: it cannot become the message that started a clock.
      if (tracked.messageCount === 0 || tracked.lastMessageAt() >= message.createdAt) return false;
      return this.isLatest(tracked, message.createdAt, event.at);
    }
    if (event.type === 'conversation-status-changed') {
      const from = tracked.currentStatus();
      const to = event.status;
      if (DONE_STATUSES.has(from) || DONE_STATUSES.has(to) || this.pausing.has(from) || this.pausing.has(to))
        return false;
      return this.isLatest(tracked, event.at, event.at);
    }
    return false;
  }

  /** Whether an event at `instant` (logged at `at`) comes at or after every fact already known. */
  private isLatest(tracked: TrackedConversation, instant: number, at: number): boolean {
    // An earlier log instant would move the conversation's creation (and its first status period).
    if (tracked.messageCount === 0 || at < tracked.createdAt || instant < tracked.createdAt) return false;
    if (tracked.lastMessageAt() > instant || tracked.lastStatusAt() > instant) return false;
    const priorities = tracked.priorityChanges;
    if (priorities.length > 0 && priorities[priorities.length - 1]!.at > instant) return false;
    const tags = tracked.tagChanges;
    return tags.length === 0 || tags[tags.length - 1]!.at <= instant;
  }
}

/** `TrackedConversation.openSpans` when both the latest response clock and resolution cycle are open. */
const BOTH_OPEN = 3;

import type { Direction } from '../conversation/message';
import type { PartyKind } from '../conversation/party';
import type { Platform, Visibility } from '../conversation/platform';
import type { ConversationStatus } from '../conversation/status';
import type { AccountTable } from './account-table';
import {
  codeAccount,
  codeAuthorIndex,
  codeDirection,
  codePlatform,
  codeStatus,
  codeVisibility,
  KIND_MASK,
  PARTY_KINDS,
  STATUS_FACT,
} from './fact-codes';
import type { SlaPriorityChange, SlaSubject, SlaTagChange } from './subject';
import { FACT_STRIDE, type TrackedConversation } from './tracked-conversation';

interface MessageSlot {
  createdAt: number;
  direction: Direction;
  visibility: Visibility;
  platform: Platform;
  author: { readonly kind: PartyKind };
  accountId: string | undefined;
}

interface PeriodSlot {
  status: ConversationStatus;
  from: number;
  /** `Infinity` for the period in force (read as `to ?? Infinity`). */
  to: number;
}

/** One author object per kind, by the author bits of a message code. */
const AUTHORS: readonly { readonly kind: PartyKind }[] = PARTY_KINDS.map((kind) => ({ kind }));
const NONE: readonly never[] = [];

/**
 * A monitor conversation as the SLA engine reads it (an {@link SlaSubject}): its flat facts laid out
 * as message and status-period objects in scratch space reused from one evaluation to the next. The
 * objects stay hot in the cache and nothing is allocated per event; the engine never keeps them past
 * the evaluation. Take one with {@link MonitorSubject.acquire}, give it back with `release()`.
 * @internal
 */
export class MonitorSubject implements SlaSubject {
  id = '';
  readonly messages: MessageSlot[] = [];
  readonly statusHistory: PeriodSlot[] = [];
  /** Every object made so far (the lists above hold the first ones in use). */
  private readonly messagePool: MessageSlot[] = [];
  private readonly periodPool: PeriodSlot[] = [];
  readonly priority = undefined;
  readonly tags: readonly string[] = NONE;
  readonly accountId = undefined;
  priorityChanges: readonly SlaPriorityChange[] = NONE;
  tagChanges: readonly SlaTagChange[] = NONE;
  private inUse = false;

  private static readonly shared = new MonitorSubject();

  /**
   * The subject of `tracked`: the shared scratch one, or a fresh one when the shared one is in use
   * (an evaluation started from inside another, say by a calendar that evaluates SLAs).
   */
  static acquire(tracked: TrackedConversation, accounts: AccountTable): MonitorSubject {
    const subject = MonitorSubject.shared.inUse ? new MonitorSubject() : MonitorSubject.shared;
    subject.inUse = true;
    subject.load(tracked, accounts);
    return subject;
  }

  /** Ends the use of this subject (its objects will be overwritten). */
  release(): void {
    this.inUse = false;
    this.priorityChanges = NONE;
    this.tagChanges = NONE;
  }

  private load(tracked: TrackedConversation, accounts: AccountTable): void {
    this.id = tracked.id;
    this.priorityChanges = tracked.priorityChanges;
    this.tagChanges = tracked.tagChanges;
    const numbers = tracked.numbers;
    const messages = this.messages;
    const periods = this.statusHistory;
    const createdAt = tracked.createdAt;
    let messageCount = 0;
    let periodCount = 0;
    // Status periods are built the way the conversation fold builds them: the conversation is `new`
    // until its first status change (a period of its own when that change comes after its creation,
    // even a change to `new`), and a change to the status in force continues its period.
    let last: PeriodSlot | undefined;
    for (let i = tracked.factStart; i < numbers.length; i += FACT_STRIDE) {
      const at = numbers[i]!;
      const code = numbers[i + 1]!;
      if ((code & KIND_MASK) === STATUS_FACT) {
        const status = codeStatus(code);
        if (last === undefined) {
          if (at > createdAt) last = this.period(periodCount++, 'new', createdAt);
        } else if (last.status === status) continue;
        if (last) last.to = at;
        last = this.period(periodCount++, status, at);
        continue;
      }
      let message = this.messagePool[messageCount];
      if (message === undefined) {
        message = {
          createdAt: 0,
          direction: 'inbound',
          visibility: 'public',
          platform: 'x',
          author: AUTHORS[0]!,
          accountId: undefined,
        };
        this.messagePool.push(message);
      }
      messages[messageCount++] = message;
      message.createdAt = at;
      message.direction = codeDirection(code);
      message.visibility = codeVisibility(code);
      message.platform = codePlatform(code);
      message.author = AUTHORS[codeAuthorIndex(code)]!;
      const account = codeAccount(code);
      message.accountId = account === 0 ? undefined : accounts.nameOf(account);
    }
    if (last === undefined) this.period(periodCount++, 'new', createdAt);
    // Setting `length` is a runtime call: only when there is something to drop.
    if (messages.length !== messageCount) messages.length = messageCount;
    if (periods.length !== periodCount) periods.length = periodCount;
  }

  /** Writes period `index` (reusing a pooled object) as open from `from`, and returns it. */
  private period(index: number, status: ConversationStatus, from: number): PeriodSlot {
    let slot = this.periodPool[index];
    if (slot === undefined) {
      slot = { status, from, to: Number.POSITIVE_INFINITY };
      this.periodPool.push(slot);
    } else {
      slot.status = status;
      slot.from = from;
      slot.to = Number.POSITIVE_INFINITY;
    }
    this.statusHistory[index] = slot;
    return slot;
  }
}

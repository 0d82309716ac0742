import type { PartyKind } from '../conversation/party';
import type { Platform } from '../conversation/platform';
import type { ConversationStatus, Priority } from '../conversation/status';
import type { AccountTable } from './account-table';
import {
  codeAccount,
  codeAuthor,
  codeDirection,
  codePlatform,
  codeStatus,
  codeVisibility,
  KIND_MASK,
  messageCode,
  STATUS_FACT,
} from './fact-codes';
import type { SlaClockStatus, SlaMetric } from './metric';
import { FACT_STRIDE, MARK_STRIDE, TrackedConversation } from './tracked-conversation';

/** One conversation in a monitor snapshot. */
export interface SlaSnapshotConversation {
  readonly id: string;
  readonly createdAt: number;
  readonly messages: readonly {
    readonly id: string;
    readonly at: number;
    readonly direction: 'inbound' | 'outbound';
    readonly visibility: 'public' | 'private';
    readonly platform: Platform;
    readonly author: PartyKind;
    readonly account?: string;
  }[];
  readonly statuses: readonly {
    readonly id: string;
    readonly at: number;
    readonly status: ConversationStatus;
  }[];
  readonly priorities: readonly { readonly id: string; readonly at: number; readonly priority: Priority }[];
  readonly tags: readonly {
    readonly id: string;
    readonly at: number;
    readonly added: readonly string[];
    readonly removed: readonly string[];
  }[];
  readonly clocks: readonly {
    readonly metric: SlaMetric;
    readonly startedAt: number;
    readonly status: SlaClockStatus;
    readonly atRisk: boolean;
  }[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type SnapshotMessage = Mutable<SlaSnapshotConversation['messages'][number]>;

/**
 * A monitor conversation as plain data for a snapshot: its facts decoded back into messages and
 * status changes, and what was emitted for each clock.
 * @internal
 */
export function snapshotConversation(
  tracked: TrackedConversation,
  accounts: AccountTable,
): SlaSnapshotConversation {
  const messages: SnapshotMessage[] = [];
  const statuses: { id: string; at: number; status: ConversationStatus }[] = [];
  const numbers = tracked.numbers;
  for (let i = tracked.factStart, k = 0; i < numbers.length; i += FACT_STRIDE, k++) {
    const at = numbers[i]!;
    const code = numbers[i + 1]!;
    const id = tracked.ids[k]!;
    if ((code & KIND_MASK) === STATUS_FACT) {
      statuses.push({ id, at, status: codeStatus(code) });
      continue;
    }
    const message: SnapshotMessage = {
      id,
      at,
      direction: codeDirection(code),
      visibility: codeVisibility(code),
      platform: codePlatform(code),
      author: codeAuthor(code),
    };
    const account = accounts.nameOf(codeAccount(code));
    if (account !== undefined) message.account = account;
    messages.push(message);
  }
  const clocks: { metric: SlaMetric; startedAt: number; status: SlaClockStatus; atRisk: boolean }[] = [];
  for (let i = 0; i < tracked.markEnd; i += MARK_STRIDE) {
    clocks.push({
      metric: tracked.markMetric(i),
      startedAt: tracked.markStart(i),
      status: tracked.markStatus(i),
      atRisk: tracked.markAtRisk(i),
    });
  }
  return {
    id: tracked.id,
    createdAt: tracked.createdAt,
    messages,
    statuses,
    priorities: tracked.priorityChanges.map((entry) => ({ ...entry })),
    tags: tracked.tagChanges.map((entry) => ({
      ...entry,
      added: [...entry.added],
      removed: [...entry.removed],
    })),
    clocks,
  };
}

/**
 * Rebuilds a monitor conversation from its snapshot (account names are indexed in `accounts`).
 * @internal
 */
export function restoreConversation(
  data: SlaSnapshotConversation,
  order: number,
  accounts: AccountTable,
): TrackedConversation {
  const tracked = new TrackedConversation(data.id, order);
  tracked.createdAt = data.createdAt;
  for (const message of data.messages) {
    const code = messageCode(
      message.direction,
      message.visibility,
      message.author,
      message.platform,
      accounts.indexOf(message.account),
    );
    tracked.addMessage(message.at, code, message.id);
  }
  for (const entry of data.statuses) tracked.addStatus(entry.at, entry.status, entry.id);
  if (data.priorities.length > 0) tracked.priorityChanges = data.priorities.map((entry) => ({ ...entry }));
  if (data.tags.length > 0) tracked.tagChanges = data.tags.map((entry) => ({ ...entry }));
  for (const clock of data.clocks) {
    const index = tracked.addMark(clock.metric, clock.startedAt);
    tracked.setMark(index, clock.status, clock.atRisk);
  }
  return tracked;
}

import type { StatusPeriod } from '../conversation/conversation';
import type { ConversationEvent } from '../conversation/events';
import { compareEvents, compareMessages } from '../conversation/ordering';
import type { PartyKind } from '../conversation/party';
import type { ConversationStatus } from '../conversation/status';
import type { DeadlineEntry } from './deadline-heap';
import type { SlaClockStatus, SlaMetric } from './metric';
import type { SlaMessageFact, SlaPriorityChange, SlaSubject, SlaTagChange } from './subject';

const AUTHORS: Readonly<Record<PartyKind, { readonly kind: PartyKind }>> = {
  customer: { kind: 'customer' },
  agent: { kind: 'agent' },
  bot: { kind: 'bot' },
  brand: { kind: 'brand' },
};

/** A message as the monitor keeps it: the SLA facts and the message id. */
interface MessageRecord extends SlaMessageFact {
  readonly id: string;
}

interface StatusRecord {
  readonly id: string;
  readonly at: number;
  readonly status: ConversationStatus;
}

interface PriorityRecord extends SlaPriorityChange {
  readonly id: string;
}

interface TagRecord extends SlaTagChange {
  readonly id: string;
}

const STATUS_CODES: readonly SlaClockStatus[] = ['running', 'paused', 'met', 'breached', 'not-started'];
const AT_RISK = 8;
const METRIC_CODES: readonly SlaMetric[] = ['firstResponse', 'nextResponse', 'periodicUpdate', 'resolution'];

/** One conversation in a monitor snapshot. */
export interface SlaSnapshotConversation {
  readonly id: string;
  readonly createdAt: number;
  readonly messages: readonly {
    readonly id: string;
    readonly at: number;
    readonly direction: 'inbound' | 'outbound';
    readonly visibility: 'public' | 'private';
    readonly platform: SlaMessageFact['platform'];
    readonly author: PartyKind;
    readonly account?: string;
  }[];
  readonly statuses: readonly StatusRecord[];
  readonly priorities: readonly PriorityRecord[];
  readonly tags: readonly TagRecord[];
  readonly clocks: readonly {
    readonly metric: SlaMetric;
    readonly startedAt: number;
    readonly status: SlaClockStatus;
    readonly atRisk: boolean;
  }[];
}

const EMPTY: readonly never[] = [];
const NO_KEYS: number[] = [];

/**
 * The compact state the monitor keeps per conversation: only the facts SLA clocks depend on
 * (message instants, directions and accounts, status changes, priority and tag changes) and what it
 * has emitted, never the folded conversation.
 * @internal
 */
export class TrackedConversation implements DeadlineEntry, SlaSubject {
  readonly id: string;
  createdAt = Number.POSITIVE_INFINITY;
  messages: MessageRecord[] = [];
  statuses: readonly StatusRecord[] = EMPTY;
  // The conversation is its own SLA subject (no view object per evaluation): `statusHistory`,
  // `priority`, `tags`, `accountId` (accessors below) and these lists are what the engine reads.
  priorityChanges: readonly PriorityRecord[] = EMPTY;
  tagChanges: readonly TagRecord[] = EMPTY;
  /**
   * What has been emitted for each clock, three numbers per clock (one array, no object per clock):
   * metric index, start instant, status code (+8 once at risk).
   */
  marks: number[] = [];
  /**
   * From the last evaluation: 1 when the latest response clock (first or next response) is still
   * open (not fulfilled), + 2 when the latest resolution cycle is (see `InertEvents`).
   */
  openSpans = 0;
  wakeAt = Number.POSITIVE_INFINITY;
  heapIndex = -1;
  readonly order: number;
  /**
   * The status periods while an evaluation reads them (built on first use, see {@link releasePeriods}):
   * not kept between evaluations, memory first.
   */
  private periods: readonly StatusPeriod[] | undefined;
  /**
   * A short hash of every message id and status, priority and tag event id kept (one small number
   * each): a duplicate check that does not touch the records unless a hash matches.
   */
  private keys: number[] = NO_KEYS;

  constructor(id: string, order: number) {
    this.id = id;
    this.order = order;
  }

  /**
   * Applies an event. Returns `false` when it changes nothing the clocks depend on (a duplicate,
   * an edit, a reaction...).
   */
  apply(event: ConversationEvent, intern: (value: string) => string): boolean {
    let changed = false;
    if (event.at < this.createdAt) {
      this.createdAt = event.at;
      this.periods = undefined;
      changed = true;
    }
    switch (event.type) {
      case 'message-received':
      case 'message-sent': {
        const message = event.message;
        const messages = this.messages;
        const key = idKey(message.id, MESSAGE_SALT);
        if (this.keys.includes(key)) {
          for (let i = 0; i < messages.length; i++) if (messages[i]!.id === message.id) return changed;
        }
        this.keys = withKey(this.keys, key);
        // One shape for every record (`accountId` always present): the engine's property reads stay
        // monomorphic on the monitor's records.
        const record: MessageRecord = {
          id: message.id,
          createdAt: message.createdAt,
          direction: message.direction,
          visibility: message.visibility,
          platform: message.platform,
          author: AUTHORS[message.author.kind],
          accountId: message.accountId === undefined ? undefined : intern(message.accountId),
        };
        insertSorted(messages, record, compareMessages);
        return true;
      }
      case 'conversation-status-changed': {
        const key = idKey(event.id, STATUS_SALT);
        if (this.keys.includes(key) && hasId(this.statuses, event.id)) return changed;
        this.keys = withKey(this.keys, key);
        const list = this.statuses === EMPTY ? [] : (this.statuses as StatusRecord[]);
        insertSorted(list, { id: event.id, at: event.at, status: event.status }, compareEvents);
        this.statuses = list;
        this.periods = undefined;
        return true;
      }
      case 'conversation-prioritized': {
        const key = idKey(event.id, PRIORITY_SALT);
        if (this.keys.includes(key) && hasId(this.priorityChanges, event.id)) return changed;
        this.keys = withKey(this.keys, key);
        const list = this.priorityChanges === EMPTY ? [] : (this.priorityChanges as PriorityRecord[]);
        insertSorted(list, { id: event.id, at: event.at, priority: event.priority }, compareEvents);
        this.priorityChanges = list;
        return true;
      }
      case 'conversation-tagged': {
        const key = idKey(event.id, TAG_SALT);
        if (this.keys.includes(key) && hasId(this.tagChanges, event.id)) return changed;
        this.keys = withKey(this.keys, key);
        const list = this.tagChanges === EMPTY ? [] : (this.tagChanges as TagRecord[]);
        insertSorted(
          list,
          { id: event.id, at: event.at, added: event.added, removed: event.removed },
          compareEvents,
        );
        this.tagChanges = list;
        return true;
      }
      default:
        return changed;
    }
  }

  /** The SLA view of this conversation: itself. */
  subject(): SlaSubject {
    return this;
  }

  get statusHistory(): readonly StatusPeriod[] {
    if (this.periods === undefined) this.periods = this.buildStatusHistory();
    return this.periods;
  }

  /** Drops the status periods built for an evaluation (about 70 bytes a conversation otherwise). */
  releasePeriods(): void {
    this.periods = undefined;
  }

  /** The monitor follows priority and tag changes, and the accounts of messages (see {@link SlaSubject}). */
  get priority(): undefined {
    return undefined;
  }

  get tags(): readonly string[] {
    return EMPTY;
  }

  get accountId(): undefined {
    return undefined;
  }

  /** The status periods, built the way the conversation fold builds them. */
  private buildStatusHistory(): StatusPeriod[] {
    const statuses = this.statuses;
    const createdAt = this.createdAt;
    const first = statuses[0];
    if (first === undefined) return [{ status: 'new', from: createdAt }];
    const periods: { status: ConversationStatus; from: number; to?: number }[] = [];
    // The conversation is `new` until its first status change (when that comes after its creation),
    // kept as its own period even when that change is to `new`.
    if (first.at > createdAt) periods.push({ status: 'new', from: createdAt, to: first.at });
    let last: { status: ConversationStatus; from: number; to?: number } | undefined;
    for (let i = 0; i < statuses.length; i++) {
      const entry = statuses[i]!;
      if (last && last.status === entry.status) continue;
      if (last) last.to = entry.at;
      last = { status: entry.status, from: entry.at };
      periods.push(last);
    }
    return periods;
  }

  /** The position of a clock's mark, -1 when nothing was emitted for it yet. */
  findMark(metric: SlaMetric, startedAt: number): number {
    const marks = this.marks;
    const code = metricCode(metric);
    for (let i = 0; i < marks.length; i += 3) if (marks[i] === code && marks[i + 1] === startedAt) return i;
    return -1;
  }

  /** Whether a clock was already reported met or breached (nothing more can happen to it). */
  isSettled(metric: SlaMetric, startedAt: number): boolean {
    const index = this.findMark(metric, startedAt);
    return index >= 0 && (this.marks[index + 2]! & 7) >= 2 && (this.marks[index + 2]! & 7) <= 3;
  }

  /** Adds a mark (status `running`, not at risk) and returns its position. */
  addMark(metric: SlaMetric, startedAt: number): number {
    const index = this.marks.length;
    this.marks.push(metricCode(metric), startedAt, 0);
    return index;
  }

  markStatus(index: number): SlaClockStatus {
    return STATUS_CODES[this.marks[index + 2]! & 7]!;
  }

  markAtRisk(index: number): boolean {
    return (this.marks[index + 2]! & AT_RISK) !== 0;
  }

  setMark(index: number, status: SlaClockStatus, atRisk: boolean): void {
    this.marks[index + 2] = STATUS_CODES.indexOf(status) + (atRisk ? AT_RISK : 0);
  }

  /** How many clocks are running or paused. */
  openClocks(): number {
    let count = 0;
    for (let i = 2; i < this.marks.length; i += 3) if ((this.marks[i]! & 7) <= 1) count++;
    return count;
  }

  private clockMarks(): SlaSnapshotConversation['clocks'] {
    const out: { metric: SlaMetric; startedAt: number; status: SlaClockStatus; atRisk: boolean }[] = [];
    for (let i = 0; i < this.marks.length; i += 3) {
      out.push({
        metric: METRIC_CODES[this.marks[i]!]!,
        startedAt: this.marks[i + 1]!,
        status: this.markStatus(i),
        atRisk: this.markAtRisk(i),
      });
    }
    return out;
  }

  /** Plain data for a snapshot. */
  toSnapshot(): SlaSnapshotConversation {
    return {
      id: this.id,
      createdAt: this.createdAt,
      messages: this.messages.map((message) => ({
        id: message.id,
        at: message.createdAt,
        direction: message.direction,
        visibility: message.visibility,
        platform: message.platform,
        author: message.author.kind,
        ...(message.accountId === undefined ? {} : { account: message.accountId }),
      })),
      statuses: this.statuses.map((entry) => ({ ...entry })),
      priorities: this.priorityChanges.map((entry) => ({ ...entry })),
      tags: this.tagChanges.map((entry) => ({
        ...entry,
        added: [...entry.added],
        removed: [...entry.removed],
      })),
      clocks: this.clockMarks(),
    };
  }

  /** Rebuilds the state from a snapshot. */
  static fromSnapshot(
    data: SlaSnapshotConversation,
    order: number,
    intern: (value: string) => string,
  ): TrackedConversation {
    const tracked = new TrackedConversation(data.id, order);
    tracked.createdAt = data.createdAt;
    tracked.messages = data.messages.map((message) => ({
      id: message.id,
      createdAt: message.at,
      direction: message.direction,
      visibility: message.visibility,
      platform: message.platform,
      author: AUTHORS[message.author],
      accountId: message.account === undefined ? undefined : intern(message.account),
    }));
    if (data.statuses.length > 0) tracked.statuses = data.statuses.map((entry) => ({ ...entry }));
    if (data.priorities.length > 0) tracked.priorityChanges = data.priorities.map((entry) => ({ ...entry }));
    if (data.tags.length > 0) tracked.tagChanges = data.tags.map((entry) => ({ ...entry }));
    const keys: number[] = [];
    tracked.keys = keys;
    for (const message of tracked.messages) keys.push(idKey(message.id, MESSAGE_SALT));
    for (const entry of tracked.statuses) keys.push(idKey(entry.id, STATUS_SALT));
    for (const entry of tracked.priorityChanges) keys.push(idKey(entry.id, PRIORITY_SALT));
    for (const entry of tracked.tagChanges) keys.push(idKey(entry.id, TAG_SALT));
    for (const clock of data.clocks) {
      const index = tracked.addMark(clock.metric, clock.startedAt);
      tracked.setMark(index, clock.status, clock.atRisk);
    }
    return tracked;
  }
}

const MESSAGE_SALT = 0x1b873593;
const STATUS_SALT = 0x2c1b3c6d;
const PRIORITY_SALT = 0x297a2d39;
const TAG_SALT = 0x3e5c1a4f;

/** `keys` plus `key`, in an array of exactly that size (a few per conversation: no spare capacity). */
function withKey(keys: readonly number[], key: number): number[] {
  const out = new Array<number>(keys.length + 1);
  for (let i = 0; i < keys.length; i++) out[i] = keys[i]!;
  out[keys.length] = key;
  return out;
}

/** A 30-bit hash of an id (FNV-1a style), salted per kind of record; stays a small integer. */
function idKey(id: string, salt: number): number {
  let hash = salt;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16_777_619);
  return hash >>> 2;
}

function metricCode(metric: SlaMetric): number {
  switch (metric) {
    case 'firstResponse':
      return 0;
    case 'nextResponse':
      return 1;
    case 'periodicUpdate':
      return 2;
    default:
      return 3;
  }
}

function hasId(list: readonly { readonly id: string }[], id: string): boolean {
  for (let i = 0; i < list.length; i++) if (list[i]!.id === id) return true;
  return false;
}

function insertSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
  let index = list.length;
  while (index > 0 && compare(list[index - 1]!, item) > 0) index--;
  if (index === list.length) list.push(item);
  else list.splice(index, 0, item);
}

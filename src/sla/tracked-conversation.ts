import type { ConversationEvent } from '../conversation/events';
import { compareEvents, compareIds } from '../conversation/ordering';
import type { ConversationStatus } from '../conversation/status';
import type { AccountTable } from './account-table';
import type { DeadlineEntry } from './deadline-heap';
import { codeStatus, KIND_MASK, MESSAGE_FACT, messageCode, STATUS_FACT, statusCode } from './fact-codes';
import type { SlaClockStatus, SlaMetric } from './metric';
import type { SlaPriorityChange, SlaTagChange } from './subject';

interface PriorityRecord extends SlaPriorityChange {
  readonly id: string;
}

interface TagRecord extends SlaTagChange {
  readonly id: string;
}

const STATUS_CODES: readonly SlaClockStatus[] = ['running', 'paused', 'met', 'breached', 'not-started'];
const AT_RISK = 8;
const METRIC_CODES: readonly SlaMetric[] = ['firstResponse', 'nextResponse', 'periodicUpdate', 'resolution'];
/** Numbers per fact in {@link TrackedConversation.numbers}: instant, code, id hash. */
export const FACT_STRIDE = 3;
/** Numbers per clock mark: metric index, start instant, status code (+8 once at risk). */
export const MARK_STRIDE = 3;

const EMPTY: readonly never[] = [];

/**
 * The compact state the monitor keeps per conversation: only the facts SLA clocks depend on and what
 * it has emitted, never the folded conversation.
 *
 * Messages, status changes and what was emitted for each clock live in one flat list of numbers,
 * with the ids of the facts in a list beside it. With a hundred thousand conversations, every object
 * an event has to visit is a likely cache miss: a list of numbers is two objects whatever the number
 * of facts and clocks, where an object per fact was one more miss each (and one more object for the
 * garbage collector).
 * The engine reads the facts through {@link MonitorSubject}, which lays them out as objects in
 * reused scratch space. Priority and tag changes, rare, stay objects.
 * @internal
 */
export class TrackedConversation implements DeadlineEntry {
  readonly id: string;
  createdAt = Number.POSITIVE_INFINITY;
  /**
   * First the clock marks, what has been emitted for each clock ({@link MARK_STRIDE} numbers per
   * clock: metric index, start instant, status code + 8 once at risk); then, from `factStart`, the
   * facts ({@link FACT_STRIDE} numbers per message or status change: instant, code from
   * `fact-codes.ts`, a hash of the id), sorted by instant then id. Marks first: a mark's position does
   * not move when a fact is inserted.
   */
  numbers: number[] = [];
  /** Where the facts start in `numbers` (after the marks). */
  factStart = 0;
  /** The id of each fact (the message id, or the status event's id), in the order of the facts. */
  ids: string[] = [];
  messageCount = 0;
  priorityChanges: readonly PriorityRecord[] = EMPTY;
  tagChanges: readonly TagRecord[] = EMPTY;
  /**
   * From the last evaluation: 1 when the latest response clock (first or next response) is still
   * open (not fulfilled), + 2 when the latest resolution cycle is (see `InertEvents`).
   */
  openSpans = 0;
  wakeAt = Number.POSITIVE_INFINITY;
  heapIndex = -1;
  readonly order: number;

  constructor(id: string, order: number) {
    this.id = id;
    this.order = order;
  }

  /**
   * Applies an event. Returns `false` when it changes nothing the clocks depend on (a duplicate,
   * an edit, a reaction...).
   */
  apply(event: ConversationEvent, accounts: AccountTable): boolean {
    let changed = false;
    if (event.at < this.createdAt) {
      this.createdAt = event.at;
      changed = true;
    }
    switch (event.type) {
      case 'message-received':
      case 'message-sent': {
        const message = event.message;
        const key = idKey(message.id, MESSAGE_SALT);
        if (this.hasFact(MESSAGE_FACT, key, message.id)) return changed;
        const code = messageCode(
          message.direction,
          message.visibility,
          message.author.kind,
          message.platform,
          accounts.indexOf(message.accountId),
        );
        this.addMessage(message.createdAt, code, message.id, key);
        return true;
      }
      case 'conversation-status-changed': {
        const key = idKey(event.id, STATUS_SALT);
        if (this.hasFact(STATUS_FACT, key, event.id)) return changed;
        this.addStatus(event.at, event.status, event.id, key);
        return true;
      }
      case 'conversation-prioritized': {
        if (hasId(this.priorityChanges, event.id)) return changed;
        const list = this.priorityChanges === EMPTY ? [] : (this.priorityChanges as PriorityRecord[]);
        insertSorted(list, { id: event.id, at: event.at, priority: event.priority }, compareEvents);
        this.priorityChanges = list;
        return true;
      }
      case 'conversation-tagged': {
        if (hasId(this.tagChanges, event.id)) return changed;
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

  /** Adds a message fact (no duplicate check: see {@link apply}); `code` from `messageCode`. */
  addMessage(at: number, code: number, id: string, key = idKey(id, MESSAGE_SALT)): void {
    this.insert(at, code, key, id);
    this.messageCount++;
  }

  /** Adds a status change (no duplicate check: see {@link apply}). */
  addStatus(at: number, status: ConversationStatus, id: string, key = idKey(id, STATUS_SALT)): void {
    this.insert(at, statusCode(status), key, id);
  }

  /** Whether a fact of this kind with this id is kept (the hashes first: ids are read on a match only). */
  private hasFact(kind: number, key: number, id: string): boolean {
    const numbers = this.numbers;
    for (let i = this.factStart + 2, k = 0; i < numbers.length; i += FACT_STRIDE, k++) {
      if (numbers[i] === key && (numbers[i - 1]! & KIND_MASK) === kind && this.ids[k] === id) return true;
    }
    return false;
  }

  /** Inserts a fact at its place (after the facts of earlier instants, and of equal instants with lower ids). */
  private insert(at: number, code: number, key: number, id: string): void {
    const numbers = this.numbers;
    const start = this.factStart;
    const ids = this.ids;
    let index = ids.length;
    while (index > 0) {
      const previous = numbers[start + (index - 1) * FACT_STRIDE]!;
      if (previous < at || (previous === at && compareIds(ids[index - 1]!, id) <= 0)) break;
      index--;
    }
    if (index === ids.length) {
      numbers.push(at, code, key);
      ids.push(id);
    } else {
      numbers.splice(start + index * FACT_STRIDE, 0, at, code, key);
      ids.splice(index, 0, id);
    }
  }

  /** The instant of the latest message, `-Infinity` without messages. */
  lastMessageAt(): number {
    return this.lastOf(MESSAGE_FACT);
  }

  /** The instant of the latest status change, `-Infinity` without any. */
  lastStatusAt(): number {
    return this.lastOf(STATUS_FACT);
  }

  /** The status now: the latest status change's (`new` before any). */
  currentStatus(): ConversationStatus {
    const numbers = this.numbers;
    for (let i = numbers.length - FACT_STRIDE; i >= this.factStart; i -= FACT_STRIDE) {
      const code = numbers[i + 1]!;
      if ((code & KIND_MASK) === STATUS_FACT) return codeStatus(code);
    }
    return 'new';
  }

  private lastOf(kind: number): number {
    const numbers = this.numbers;
    for (let i = numbers.length - FACT_STRIDE; i >= this.factStart; i -= FACT_STRIDE)
      if ((numbers[i + 1]! & KIND_MASK) === kind) return numbers[i]!;
    return Number.NEGATIVE_INFINITY;
  }

  /**
   * The position of a clock's mark, -1 when nothing was emitted for it yet. Marks are kept sorted by
   * metric then start, so this is a binary search: a long conversation has many settled clocks, and
   * every evaluation asks about each of its clocks.
   */
  findMark(metric: SlaMetric, startedAt: number): number {
    const index = this.markPosition(metricCode(metric), startedAt);
    return index < this.factStart &&
      this.numbers[index + 1] === startedAt &&
      this.numbers[index] === metricCode(metric)
      ? index
      : -1;
  }

  /** Whether a clock was already reported met or breached (nothing more can happen to it). */
  isSettled(metric: SlaMetric, startedAt: number): boolean {
    const index = this.findMark(metric, startedAt);
    if (index < 0) return false;
    const status = this.numbers[index + 2]! & 7;
    return status >= 2 && status <= 3;
  }

  /** Adds a mark (status `running`, not at risk) at its sorted place and returns its position. */
  addMark(metric: SlaMetric, startedAt: number): number {
    const code = metricCode(metric);
    const index = this.markPosition(code, startedAt);
    if (index === this.numbers.length) this.numbers.push(code, startedAt, 0);
    else this.numbers.splice(index, 0, code, startedAt, 0);
    this.factStart += MARK_STRIDE;
    return index;
  }

  /** The position of the first mark at or after (metric code, start), in the order of the marks. */
  private markPosition(code: number, startedAt: number): number {
    const numbers = this.numbers;
    let low = 0;
    let high = this.factStart / MARK_STRIDE;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const at = middle * MARK_STRIDE;
      const markCode = numbers[at]!;
      if (markCode < code || (markCode === code && numbers[at + 1]! < startedAt)) low = middle + 1;
      else high = middle;
    }
    return low * MARK_STRIDE;
  }

  markStatus(index: number): SlaClockStatus {
    return STATUS_CODES[this.numbers[index + 2]! & 7]!;
  }

  markAtRisk(index: number): boolean {
    return (this.numbers[index + 2]! & AT_RISK) !== 0;
  }

  setMark(index: number, status: SlaClockStatus, atRisk: boolean): void {
    this.numbers[index + 2] = STATUS_CODES.indexOf(status) + (atRisk ? AT_RISK : 0);
  }

  /** How many clocks are running or paused. */
  openClocks(): number {
    let count = 0;
    for (let i = 2; i < this.factStart; i += MARK_STRIDE) if ((this.numbers[i]! & 7) <= 1) count++;
    return count;
  }

  /** The clock mark at `index`: metric and start (see {@link markStatus}, {@link markAtRisk}). */
  markMetric(index: number): SlaMetric {
    return METRIC_CODES[this.numbers[index]!]!;
  }

  markStart(index: number): number {
    return this.numbers[index + 1]!;
  }

  /** Where the marks end (the first position after the last mark). */
  get markEnd(): number {
    return this.factStart;
  }
}

const MESSAGE_SALT = 0x1b873593;
const STATUS_SALT = 0x2c1b3c6d;

/** A 30-bit hash of an id (FNV-1a style), salted per kind of fact; stays a small integer. */
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

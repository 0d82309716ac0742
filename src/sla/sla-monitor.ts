import { EventEmitter } from 'eventemitter3';
import { type ConversationEvent, parseConversationEvent } from '../conversation/events';
import { type InstantInput, toInstant } from '../shared/instant';
import { AccountTable } from './account-table';
import { evaluateSubject } from './clock-engine';
import { DeadlineHeap } from './deadline-heap';
import type { SlaEvaluation } from './evaluate-sla';
import { groupByMetric } from './evaluate-sla';
import { InertEvents } from './inert-events';
import { compareMonitorEvents, isSorted } from './monitor-event-order';
import {
  monitorEvent,
  type SlaMonitorEvent,
  type SlaMonitorEvents,
  type SlaMonitorEventType,
} from './monitor-events';
import { parseSnapshot, type SlaMonitorSnapshot } from './monitor-snapshot';
import { MonitorSubject } from './monitor-subject';
import { MonitorTimer, type SlaMonitorClock } from './monitor-timer';
import { isParsed } from './parsed-event';
import { type PolicyVersions, policyVersions, type SlaPolicySource, versionIndexAt } from './policy-versions';
import { ClockBuffer, type SlaClock } from './sla-clock';
import { TrackedConversation } from './tracked-conversation';
import { restoreConversation, type SlaSnapshotConversation, snapshotConversation } from './tracked-snapshot';

/**
 * Options of {@link createSlaMonitor}.
 *
 * @example
 * ```ts
 * const options: SlaMonitorOptions = { policy, clock: { now: () => Date.now() }, onError: console.warn };
 * ```
 */
export interface SlaMonitorOptions {
  /** The policy, or its versions with `effectiveFrom`. */
  readonly policy: SlaPolicySource;
  /** The time source (and, optionally, the timer). */
  readonly clock: SlaMonitorClock;
  /**
   * Receives errors thrown by listeners, and errors evaluating a conversation (its calendar never
   * opens: that conversation is no longer scheduled), with the event when there is one (default:
   * `console.error`). The monitor goes on.
   */
  readonly onError?: (error: unknown, event: SlaMonitorEvent | undefined) => void;
  /** A snapshot to continue from (after a restart). */
  readonly restore?: SlaMonitorSnapshot;
}

/**
 * Counts describing a monitor's load.
 *
 * @example
 * ```ts
 * const { conversations, openClocks } = monitor.stats();
 * ```
 */
export interface SlaMonitorStats {
  /** Conversations tracked. */
  readonly conversations: number;
  /** Clocks running or paused (not met, not breached). */
  readonly openClocks: number;
  /** Conversations with a pending warning, breach or policy change on the timer queue. */
  readonly scheduled: number;
  /** The monitor's time. */
  readonly time: number;
}

type ListenerRecord = { fn: (event: unknown) => void; context: unknown; once: boolean };

/**
 * A live SLA monitor: feed it conversation events, listen for `sla-started`, `sla-paused`,
 * `sla-resumed`, `sla-at-risk`, `sla-breached` and `sla-met`. One timer serves every conversation
 * (a priority queue of due instants); `advanceTo` drives it deterministically; `snapshot()` and the
 * `restore` option carry it across restarts without losing or repeating a deadline.
 *
 * @example
 * ```ts
 * const monitor = createSlaMonitor({ policy, clock: { now: () => 0 } }); // a virtual clock
 * monitor.on('sla-breached', (event) => console.log(event.conversationId, event.metric));
 * for (const event of history) monitor.ingest(event);
 * monitor.advanceTo('2024-03-31T00:00:00Z');
 * ```
 */
export class SlaMonitor extends EventEmitter<SlaMonitorEvents> {
  private readonly versions: PolicyVersions;
  private readonly inert: InertEvents;
  private readonly onError: (error: unknown, event: SlaMonitorEvent | undefined) => void;
  private readonly conversations = new Map<string, TrackedConversation>();
  private readonly heap = new DeadlineHeap<TrackedConversation>();
  private readonly accounts = new AccountTable();
  private time: number;
  /** The single timer, armed for the earliest deadline. */
  private readonly timer: MonitorTimer;
  private advancing = false;
  private readonly pending: SlaMonitorEvent[] = [];
  /** Clock objects reused by every refresh (read right away, never handed out). */
  private readonly buffer = new ClockBuffer();
  private created = 0;
  private disposed = false;

  /** Use {@link createSlaMonitor}. */
  constructor(options: SlaMonitorOptions) {
    super();
    this.versions = policyVersions(options.policy);
    this.inert = new InertEvents(this.versions);
    this.timer = new MonitorTimer(options.clock, (at) => this.advanceTo(at));
    this.onError =
      options.onError ??
      ((error) => {
        console.error('socialcare/sla: an SLA monitor listener threw', error);
      });
    const restore = options.restore === undefined ? undefined : parseSnapshot(options.restore);
    this.time = restore ? restore.time : options.clock.now();
    if (restore) {
      for (const data of restore.conversations) {
        const tracked = restoreConversation(data, this.created++, this.accounts);
        this.conversations.set(tracked.id, tracked);
        const subject = MonitorSubject.acquire(tracked, this.accounts);
        const { wakeAt } = evaluateSubject(subject, this.versions, this.time, undefined, true);
        subject.release();
        this.heap.schedule(tracked, wakeAt);
      }
      // Arm after the caller has attached its listeners: deadlines missed while down fire then.
      queueMicrotask(() => this.arm());
    }
  }

  /** The monitor's time: the latest instant it has processed. */
  get now(): number {
    return this.time;
  }

  /**
   * Takes one conversation event. Duplicates (an event id already seen, a message id already known)
   * are ignored; a late event is placed where it belongs and the clocks are recomputed; an event for an
   * unknown conversation starts tracking it. Deadlines due before the event fire first.
   *
   * @example
   * ```ts
   * monitor.ingest({ id: 'e1', type: 'message-received', at, conversationId: 'c1', message });
   * ```
   */
  ingest(event: ConversationEvent): void {
    const parsed = isParsed(event) ? event : parseConversationEvent(event);
    const instant =
      parsed.type === 'message-received' || parsed.type === 'message-sent'
        ? parsed.message.createdAt
        : parsed.at;
    if (instant > this.time) this.advanceTo(instant);
    let tracked = this.conversations.get(parsed.conversationId);
    if (!tracked) {
      tracked = new TrackedConversation(parsed.conversationId, this.created++);
      this.conversations.set(tracked.id, tracked);
    }
    // An event that cannot change any clock (judged before applying it) needs no re-evaluation.
    const inert = this.inert.isInert(tracked, parsed);
    if (tracked.apply(parsed, this.accounts) && !inert) this.refresh(tracked, this.time);
    this.arm();
  }

  /**
   * Moves the monitor's time forward to `at`, firing every warning and breach due by then in time
   * order (each exactly once). Earlier instants are ignored.
   *
   * @example
   * ```ts
   * monitor.advanceTo('2024-03-11T18:00:00Z');
   * ```
   */
  advanceTo(at: InstantInput): void {
    const target = toInstant(at, 'at');
    if (this.advancing) {
      if (target > this.time) this.time = target;
      return;
    }
    this.advancing = true;
    try {
      for (;;) {
        const next = this.heap.peek();
        if (!next || next.wakeAt > target) break;
        if (next.wakeAt > this.time) this.time = next.wakeAt;
        this.refresh(next, this.time);
      }
      if (target > this.time) this.time = target;
    } finally {
      this.advancing = false;
    }
    this.arm();
  }

  /**
   * The clocks of one conversation at the monitor's time (or `at`), computed from the monitor's
   * compact state; `undefined` for an unknown conversation.
   *
   * @example
   * ```ts
   * monitor.evaluate('c1')?.metrics.firstResponse[0]?.status;
   * ```
   */
  evaluate(conversationId: string, at?: InstantInput): SlaEvaluation | undefined {
    const tracked = this.conversations.get(conversationId);
    if (!tracked) return undefined;
    const instant = at === undefined ? this.time : toInstant(at, 'at');
    const subject = MonitorSubject.acquire(tracked, this.accounts);
    const { clocks } = evaluateSubject(subject, this.versions, instant);
    subject.release();
    return {
      conversationId,
      at: instant,
      policy: this.versions.versions[versionIndexAt(this.versions, instant)]!.name,
      clocks,
      metrics: groupByMetric(clocks),
    };
  }

  /**
   * The monitor's state as JSON-serialisable data: pass it as `restore` to a new monitor after a
   * restart. Everything emitted before the snapshot is remembered, so nothing fires twice.
   *
   * @example
   * ```ts
   * await writeFile('sla.json', JSON.stringify(monitor.snapshot()));
   * ```
   */
  snapshot(): SlaMonitorSnapshot {
    const conversations: SlaSnapshotConversation[] = [];
    for (const tracked of this.conversations.values())
      conversations.push(snapshotConversation(tracked, this.accounts));
    return { version: 1, time: this.time, conversations };
  }

  /**
   * Stops tracking a conversation (for example after it was archived).
   *
   * @example
   * ```ts
   * monitor.forget('c1');
   * ```
   */
  forget(conversationId: string): boolean {
    const tracked = this.conversations.get(conversationId);
    if (!tracked) return false;
    this.heap.remove(tracked);
    this.conversations.delete(conversationId);
    this.arm();
    return true;
  }

  /**
   * Load figures: conversations, open clocks, scheduled deadlines, the monitor's time.
   *
   * @example
   * ```ts
   * monitor.stats().openClocks;
   * ```
   */
  stats(): SlaMonitorStats {
    let openClocks = 0;
    for (const tracked of this.conversations.values()) {
      openClocks += tracked.openClocks();
    }
    return { conversations: this.conversations.size, openClocks, scheduled: this.heap.size, time: this.time };
  }

  /**
   * Cancels the timer and removes every listener; the monitor can still be snapshotted.
   *
   * @example
   * ```ts
   * monitor.dispose();
   * ```
   */
  dispose(): void {
    this.disposed = true;
    this.timer.clear();
    this.removeAllListeners();
  }

  /** Re-evaluates a conversation at `at`, emits what changed and reschedules it. */
  private refresh(tracked: TrackedConversation, at: number): void {
    let evaluation: ReturnType<typeof evaluateSubject>;
    tracked.openSpans = 0;
    const subject = MonitorSubject.acquire(tracked, this.accounts);
    try {
      evaluation = evaluateSubject(subject, this.versions, at, undefined, true, tracked, this.buffer);
    } catch (error) {
      // A calendar that cannot answer (never open) must not stall the queue for everyone else.
      this.heap.schedule(tracked, Number.POSITIVE_INFINITY);
      this.report(error, undefined);
      return;
    } finally {
      subject.release();
    }
    const { clocks, count, wakeAt } = evaluation;
    tracked.openSpans = this.buffer.openSpans;
    const pending = this.pending;
    // Setting `length` is a runtime call: only when there is something to drop.
    if (pending.length !== 0) pending.length = 0;
    for (let i = 0; i < count; i++) {
      const clock = clocks[i]!;
      if (clock.status === 'not-started' || clock.startedAt === undefined) continue;
      this.diff(tracked, clock, at, pending);
    }
    this.heap.schedule(tracked, wakeAt > at ? wakeAt : Number.POSITIVE_INFINITY);
    if (pending.length === 0) return;
    // Copy before emitting: a listener may ingest, which reuses the scratch list.
    const events = pending.slice();
    pending.length = 0;
    if (events.length > 1 && !isSorted(events)) events.sort(compareMonitorEvents);
    for (const event of events) this.emitSafely(event);
  }

  /** Queues an event, unless nobody listens to its type (then nothing is allocated). */
  private queue(
    out: SlaMonitorEvent[],
    tracked: TrackedConversation,
    clock: SlaClock,
    startedAt: number,
    type: SlaMonitorEventType,
    at: number,
  ): void {
    if (this.listenersOf(type) !== undefined) out.push(monitorEvent(tracked.id, clock, startedAt, type, at));
  }

  private listenersOf(type: SlaMonitorEventType): ListenerRecord | ListenerRecord[] | undefined {
    const key = typeof EventEmitter.prefixed === 'string' ? EventEmitter.prefixed + type : type;
    return (this as unknown as { _events: Record<string, ListenerRecord | ListenerRecord[] | undefined> })
      ._events[key];
  }

  private diff(tracked: TrackedConversation, clock: SlaClock, at: number, out: SlaMonitorEvent[]): void {
    const startedAt = clock.startedAt!;
    let mark = tracked.findMark(clock.metric, startedAt);
    if (mark < 0) {
      mark = tracked.addMark(clock.metric, startedAt);
      this.queue(out, tracked, clock, startedAt, 'sla-started', startedAt);
    }
    const previous = tracked.markStatus(mark);
    if (previous === 'met' || previous === 'breached') return;
    let atRisk = tracked.markAtRisk(mark);
    if (clock.atRisk && !atRisk) {
      atRisk = true;
      this.queue(out, tracked, clock, startedAt, 'sla-at-risk', clock.warnAt ?? at);
    }
    if (clock.status !== previous) {
      switch (clock.status) {
        case 'paused':
          this.queue(
            out,
            tracked,
            clock,
            startedAt,
            'sla-paused',
            Math.max(startedAt, clock.pausedSince ?? at),
          );
          break;
        case 'running':
          if (previous === 'paused') this.queue(out, tracked, clock, startedAt, 'sla-resumed', at);
          break;
        case 'met':
          this.queue(out, tracked, clock, startedAt, 'sla-met', clock.fulfilledAt ?? at);
          break;
        case 'breached':
          this.queue(out, tracked, clock, startedAt, 'sla-breached', clock.breachedAt ?? at);
          break;
      }
    }
    tracked.setMark(mark, clock.status, atRisk);
  }

  private emitSafely(event: SlaMonitorEvent): void {
    const key = typeof EventEmitter.prefixed === 'string' ? EventEmitter.prefixed + event.type : event.type;
    const raw = (
      this as unknown as { _events: Record<string, ListenerRecord | ListenerRecord[] | undefined> }
    )._events[key];
    if (!raw) return;
    const listeners = Array.isArray(raw) ? raw.slice() : [raw];
    for (const listener of listeners) {
      if (listener.once) this.removeListener(event.type, listener.fn as never, undefined, true);
      try {
        listener.fn.call(listener.context, event);
      } catch (error) {
        this.report(error, event);
      }
    }
  }

  private report(error: unknown, event: SlaMonitorEvent | undefined): void {
    try {
      this.onError(error, event);
    } catch {
      // An onError that throws must not stop the monitor either.
    }
  }

  /** Sets the single timer for the earliest deadline. */
  private arm(): void {
    if (this.disposed || !this.timer.available) return;
    this.timer.set(this.heap.peek()?.wakeAt ?? Number.POSITIVE_INFINITY);
  }
}

/**
 * Creates a live SLA monitor (an eventemitter3 emitter). See {@link SlaMonitor}.
 *
 * @throws CareValidationError when the policy or the snapshot to restore is invalid
 * @example
 * ```ts
 * import { createSlaMonitor } from 'socialcare/sla';
 *
 * const monitor = createSlaMonitor({
 *   policy,
 *   clock: { now: () => Date.now(), setTimer: (at, fn) => setTimeout(fn, Math.max(0, at - Date.now())), clearTimer: (h) => clearTimeout(h as NodeJS.Timeout) },
 *   onError: (error) => log.warn(error),
 * });
 * monitor.on('sla-breached', (event) => page(event.conversationId, event.metric));
 * monitor.ingest(event);
 * ```
 */
export function createSlaMonitor(options: SlaMonitorOptions): SlaMonitor {
  return new SlaMonitor(options);
}

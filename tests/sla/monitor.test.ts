import { CareValidationError } from 'socialcare';
import {
  createSlaMonitor,
  createSlaPolicy,
  evaluateSla,
  SLA_MONITOR_EVENT_TYPES,
  type SlaMonitor,
  type SlaMonitorClock,
  type SlaMonitorEvent,
} from 'socialcare/sla';
import { describe, expect, it } from 'vitest';
import { at, ConversationScript } from './conversation-script';
import { weekdayCalendar } from './weekday-calendar';

const weekdays = weekdayCalendar();
const policy = createSlaPolicy({
  calendar: weekdays,
  targets: { firstResponse: '1h', resolution: '8h' },
  warning: { before: '15m' },
});

/** A virtual clock with a real-looking timer API that records what the monitor asks for. */
class FakeClock implements SlaMonitorClock {
  time = 0;
  armed: { at: number; callback: () => void; id: number } | undefined;
  sets = 0;
  maxArmed = 0;
  private active = new Set<number>();
  now(): number {
    return this.time;
  }
  setTimer(when: number, callback: () => void): number {
    const id = ++this.sets;
    this.active.add(id);
    this.maxArmed = Math.max(this.maxArmed, this.active.size);
    this.armed = { at: when, callback, id };
    return id;
  }
  clearTimer(handle: unknown): void {
    this.active.delete(handle as number);
    if (this.armed?.id === handle) this.armed = undefined;
  }
  /** Moves time forward, firing the armed timer whenever it falls due. */
  runUntil(until: number): void {
    while (this.armed && this.armed.at <= until) {
      const timer = this.armed;
      this.time = timer.at;
      this.active.delete(timer.id);
      this.armed = undefined;
      timer.callback();
    }
    this.time = until;
  }
}

function collect(monitor: SlaMonitor): SlaMonitorEvent[] {
  const events: SlaMonitorEvent[] = [];
  for (const type of SLA_MONITOR_EVENT_TYPES)
    monitor.on(type, (event: SlaMonitorEvent) => events.push(event));
  return events;
}

const summary = (events: readonly SlaMonitorEvent[]) =>
  events.map(
    (event) => `${new Date(event.at).toISOString()} ${event.type} ${event.conversationId} ${event.metric}`,
  );

describe('createSlaMonitor', () => {
  it('emits started, at-risk and breached through one timer for every conversation', () => {
    const clock = new FakeClock();
    clock.time = at('2024-03-11T09:00:00Z');
    const monitor = createSlaMonitor({ policy, clock });
    const events = collect(monitor);
    for (let i = 0; i < 50; i++) {
      const script = new ConversationScript(`c${i}`).customer(at('2024-03-11T09:00:00Z') + i * 10_000);
      for (const event of script.events) monitor.ingest(event);
    }
    expect(clock.maxArmed).toBe(1);
    expect(clock.armed?.at).toBe(at('2024-03-11T09:45:00Z'));
    expect(monitor.stats()).toMatchObject({ conversations: 50, openClocks: 100, scheduled: 50 });
    clock.runUntil(at('2024-03-11T10:00:00.001Z'));
    const c0 = summary(events.filter((event) => event.conversationId === 'c0'));
    expect(c0).toEqual([
      '2024-03-11T09:00:00.000Z sla-started c0 firstResponse',
      '2024-03-11T09:00:00.000Z sla-started c0 resolution',
      '2024-03-11T09:45:00.000Z sla-at-risk c0 firstResponse',
      '2024-03-11T10:00:00.001Z sla-breached c0 firstResponse',
    ]);
    expect(clock.maxArmed).toBe(1);
    expect(monitor.now).toBe(at('2024-03-11T10:00:00.001Z'));
  });

  it('emits paused, resumed and met', () => {
    const monitor = createSlaMonitor({ policy, clock: { now: () => 0 } });
    const events = collect(monitor);
    const script = new ConversationScript()
      .customer('2024-03-11T10:00:00Z')
      .status('2024-03-11T10:10:00Z', 'pending-customer')
      .status('2024-03-11T10:30:00Z', 'open')
      .agent('2024-03-11T10:40:00Z');
    for (const event of script.events) monitor.ingest(event);
    expect(summary(events)).toEqual([
      '2024-03-11T10:00:00.000Z sla-started c1 firstResponse',
      '2024-03-11T10:00:00.000Z sla-started c1 resolution',
      '2024-03-11T10:10:00.000Z sla-paused c1 firstResponse',
      '2024-03-11T10:10:00.000Z sla-paused c1 resolution',
      '2024-03-11T10:30:00.000Z sla-resumed c1 firstResponse',
      '2024-03-11T10:30:00.000Z sla-resumed c1 resolution',
      '2024-03-11T10:40:00.000Z sla-met c1 firstResponse',
    ]);
    const met = events.at(-1)!;
    expect(JSON.parse(JSON.stringify(met))).toEqual(met);
    expect(met).toEqual({
      type: 'sla-met',
      at: at('2024-03-11T10:40:00Z'),
      conversationId: 'c1',
      metric: 'firstResponse',
      turn: 1,
      startedAt: at('2024-03-11T10:00:00Z'),
      dueAt: at('2024-03-11T11:20:00Z'),
      targetMs: 3_600_000,
      rule: null,
    });
  });

  it('keeps going when a listener throws, and reports the error to onError', () => {
    const errors: unknown[] = [];
    const monitor = createSlaMonitor({
      policy,
      clock: { now: () => 0 },
      onError: (error) => errors.push(error),
    });
    const received: string[] = [];
    monitor.on('sla-started', () => {
      throw new Error('listener failed');
    });
    monitor.on('sla-started', (event) => received.push(event.metric));
    monitor.once('sla-breached', () => {
      throw new Error('once failed');
    });
    monitor.ingest(new ConversationScript('a').customer('2024-03-11T10:00:00Z').events[0]!);
    monitor.ingest(new ConversationScript('b').customer('2024-03-11T10:05:00Z').events[0]!);
    monitor.advanceTo('2024-03-12T10:00:00Z');
    expect(received).toEqual(['firstResponse', 'resolution', 'firstResponse', 'resolution']);
    expect(errors.map((error) => (error as Error).message)).toEqual([
      'listener failed',
      'listener failed',
      'listener failed',
      'listener failed',
      'once failed',
    ]);
    expect(monitor.listenerCount('sla-breached')).toBe(0);
  });

  it('ignores duplicate events and duplicate messages', () => {
    const monitor = createSlaMonitor({ policy, clock: { now: () => 0 } });
    const events = collect(monitor);
    const script = new ConversationScript()
      .customer('2024-03-11T10:00:00Z')
      .status('2024-03-11T10:05:00Z', 'on-hold');
    for (const event of [...script.events, ...script.events]) monitor.ingest(event);
    const copy = { ...script.events[0]!, id: 'another-delivery' } as (typeof script.events)[number];
    monitor.ingest(copy);
    expect(events).toHaveLength(2);
    expect(monitor.snapshot().conversations[0]?.messages).toHaveLength(1);
  });

  it('handles a status that arrives late', () => {
    const monitor = createSlaMonitor({ policy, clock: { now: () => 0 } });
    const events = collect(monitor);
    const script = new ConversationScript()
      .customer('2024-03-11T10:00:00Z')
      .status('2024-03-11T10:10:00Z', 'pending-customer')
      .status('2024-03-11T10:50:00Z', 'open');
    const [message, pending, open] = script.events;
    monitor.ingest(message!);
    monitor.ingest(open!);
    monitor.ingest(pending!);
    // The late pause is taken into account: 10 + 10 min used at 11:00, not 60.
    monitor.advanceTo('2024-03-11T11:00:00Z');
    expect(monitor.evaluate('c1')?.metrics.firstResponse[0]).toMatchObject({
      status: 'running',
      elapsedMs: 20 * 60_000,
    });
    monitor.advanceTo('2024-03-11T11:40:00.001Z');
    expect(summary(events).at(-1)).toBe('2024-03-11T11:40:00.001Z sla-breached c1 firstResponse');
  });

  it('starts tracking unknown conversations from any event', () => {
    const monitor = createSlaMonitor({ policy, clock: { now: () => 0 } });
    monitor.ingest(new ConversationScript('z').status('2024-03-11T10:00:00Z', 'open').events[0]!);
    expect(monitor.stats()).toMatchObject({ conversations: 1, openClocks: 0 });
    expect(monitor.evaluate('z')?.metrics.firstResponse[0]?.status).toBe('not-started');
    expect(monitor.evaluate('nope')).toBeUndefined();
  });

  it('after a restart fires every breach and warning that fell due while down exactly once', async () => {
    const first = createSlaMonitor({ policy, clock: { now: () => 0 } });
    const before = collect(first);
    const script = new ConversationScript().customer('2024-03-11T10:00:00Z');
    monitor(first, script);
    first.advanceTo('2024-03-11T10:50:00Z');
    expect(before.map((event) => event.type)).toEqual(['sla-started', 'sla-started', 'sla-at-risk']);
    const snapshot = JSON.parse(JSON.stringify(first.snapshot()));
    first.dispose();

    const clock = new FakeClock();
    clock.time = at('2024-03-12T12:00:00Z');
    const second = createSlaMonitor({ policy, clock, restore: snapshot });
    const after = collect(second);
    // The timer is armed once the caller's synchronous code (attaching listeners) has run.
    expect(clock.armed).toBeUndefined();
    await Promise.resolve();
    expect(clock.armed?.at).toBe(at('2024-03-11T11:00:00.001Z'));
    clock.runUntil(clock.time);
    // Resolution: 7 h on Monday from 10:00, the last hour on Tuesday; the warning 15 min before.
    const missed = [
      '2024-03-11T11:00:00.001Z sla-breached c1 firstResponse',
      '2024-03-12T09:45:00.000Z sla-at-risk c1 resolution',
      '2024-03-12T10:00:00.001Z sla-breached c1 resolution',
    ];
    expect(summary(after)).toEqual(missed);
    second.advanceTo('2024-03-12T12:00:00Z');
    clock.runUntil(at('2024-03-13T13:00:00Z'));
    second.advanceTo('2024-03-14T12:00:00Z');
    expect(summary(after)).toEqual(missed);
    expect(second.stats().openClocks).toBe(0);
  });

  it('wakes up when a new policy version takes effect', () => {
    const v1 = createSlaPolicy({ name: 'v1', targets: { firstResponse: '4h' } });
    const v2 = createSlaPolicy({
      name: 'v2',
      effectiveFrom: '2024-03-11T11:00:00Z',
      targets: { firstResponse: '30m' },
    });
    const monitor = createSlaMonitor({ policy: [v1, v2], clock: { now: () => 0 } });
    const events = collect(monitor);
    monitor.ingest(new ConversationScript().customer('2024-03-11T10:00:00Z').events[0]!);
    monitor.advanceTo('2024-03-11T12:00:00Z');
    expect(summary(events).at(-1)).toBe('2024-03-11T11:00:00.000Z sla-breached c1 firstResponse');
  });

  it('rejects an invalid snapshot with a clear error', () => {
    expect(() =>
      createSlaMonitor({ policy, clock: { now: () => 0 }, restore: { version: 2 } as never }),
    ).toThrow(CareValidationError);
    expect(() => createSlaMonitor({ policy: {} as never, clock: { now: () => 0 } })).toThrow(
      /createSlaPolicy/,
    );
  });

  it('rejects an event with a value outside the model, even one already in parsed form, and keeps its state', () => {
    const monitor = createSlaMonitor({ policy, clock: { now: () => 0 } });
    const good = new ConversationScript().customer('2024-03-11T10:00:00Z').events[0]!;
    monitor.ingest(good);
    const before = JSON.stringify(monitor.snapshot());
    if (good.type !== 'message-received') throw new Error('expected a message');
    const bad = [
      { ...good, id: 'e-bad-1', message: { ...good.message, id: 'm-bad', platform: 'tiktok' } },
      {
        ...good,
        id: 'e-bad-2',
        message: { ...good.message, id: 'm-bad', author: { id: 'u1', kind: 'robot' } },
      },
      {
        id: 'e-bad-3',
        type: 'conversation-status-changed',
        at: good.at,
        conversationId: 'c9',
        status: 'snoozed',
      },
    ];
    for (const event of bad) expect(() => monitor.ingest(event as never)).toThrow(CareValidationError);
    expect(JSON.stringify(monitor.snapshot())).toBe(before);
    expect(monitor.stats().conversations).toBe(1);
  });

  it('forgets conversations and stops its timer on dispose', () => {
    const clock = new FakeClock();
    const monitor = createSlaMonitor({ policy, clock });
    monitor.ingest(new ConversationScript().customer('2024-03-11T10:00:00Z').events[0]!);
    expect(clock.armed).toBeDefined();
    expect(monitor.forget('c1')).toBe(true);
    expect(clock.armed).toBeUndefined();
    monitor.ingest(new ConversationScript('c2').customer('2024-03-11T10:00:00Z').events[0]!);
    monitor.dispose();
    expect(clock.armed).toBeUndefined();
  });
});

function monitor(target: SlaMonitor, script: ConversationScript): void {
  for (const event of script.events) target.ingest(event);
}

describe('createSlaMonitor timers', () => {
  it('works with a timer that fires synchronously, and fires missed deadlines after listeners are attached', async () => {
    let time = at('2024-03-11T09:00:00Z');
    const clock: SlaMonitorClock = {
      now: () => time,
      setTimer: (when, callback) => {
        if (when <= time) callback();
        return when;
      },
      clearTimer: () => {},
    };
    const first = createSlaMonitor({ policy, clock: { now: () => 0 } });
    first.ingest(new ConversationScript().customer('2024-03-11T09:00:00Z').events[0]!);
    const snapshot = first.snapshot();
    time = at('2024-03-12T12:00:00Z');
    const restored = createSlaMonitor({ policy, clock, restore: snapshot });
    const events = collect(restored);
    await Promise.resolve();
    expect(summary(events)).toEqual([
      '2024-03-11T09:45:00.000Z sla-at-risk c1 firstResponse',
      '2024-03-11T10:00:00.001Z sla-breached c1 firstResponse',
      // 8 h from Monday 09:00 end at Monday's closing; the breach comes at Tuesday's opening.
      '2024-03-11T16:45:00.000Z sla-at-risk c1 resolution',
      '2024-03-12T09:00:00.001Z sla-breached c1 resolution',
    ]);
    expect(restored.now).toBe(time);
    expect(restored.stats()).toMatchObject({ openClocks: 0, scheduled: 0 });
  });
});

describe('createSlaMonitor with a calendar that never opens', () => {
  it('reports the error to onError and keeps serving the other conversations', () => {
    const never = {
      add: () => {
        throw new Error('never open');
      },
      elapsed: () => 0,
    };
    const failing = createSlaPolicy({
      calendar: weekdays,
      calendars: { never },
      targets: { firstResponse: '1h' },
      rules: [{ name: 'closed', when: { account: 'Closed' }, calendar: 'never' }],
    });
    const errors: unknown[] = [];
    const monitor = createSlaMonitor({
      policy: failing,
      clock: { now: () => 0 },
      onError: (error) => errors.push(error),
    });
    const events = collect(monitor);
    monitor.ingest(
      new ConversationScript('bad').customer('2024-03-11T10:00:00Z', { account: 'Closed' }).events[0]!,
    );
    monitor.ingest(new ConversationScript('good').customer('2024-03-11T10:00:00Z').events[0]!);
    monitor.advanceTo('2024-03-11T12:00:00Z');
    expect(errors.map((error) => (error as Error).message)).toEqual(['never open']);
    expect(summary(events)).toEqual([
      '2024-03-11T10:00:00.000Z sla-started good firstResponse',
      '2024-03-11T11:00:00.001Z sla-breached good firstResponse',
    ]);
  });
});

describe('createSlaMonitor with facts of the same instant', () => {
  const urgent = createSlaPolicy({
    targets: { firstResponse: '4h', resolution: '8h' },
    rules: [{ name: 'urgent', when: { priority: 'urgent' }, targets: { resolution: '1h' } }],
  });
  const base = () => new ConversationScript().customer('2024-03-11T10:00:00Z');

  it('judges a clock fulfilled at the instant of a rule change without it, whatever arrives first', () => {
    // Regression: the monitor reported `met` when the resolution came first and evaluateSla said
    // `breached` (the urgent target, already exceeded, applied at the resolution instant).
    const script = base()
      .status('2024-03-11T12:00:00Z', 'resolved')
      .priority('2024-03-11T12:00:00Z', 'urgent');
    const [opening, resolved, prioritized] = script.events;
    const runs = [
      [opening!, resolved!, prioritized!],
      [opening!, prioritized!, resolved!],
    ].map((order) => {
      const monitor = createSlaMonitor({ policy: urgent, clock: { now: () => 0 } });
      const events = collect(monitor);
      for (const event of order) monitor.ingest(event);
      monitor.advanceTo('2024-03-11T20:00:00Z');
      return summary(events);
    });
    expect(runs[0]).toEqual(runs[1]);
    expect(runs[0]).toContain('2024-03-11T12:00:00.000Z sla-met c1 resolution');
    const resolution = evaluateSla(script.fold(), urgent).metrics.resolution[0];
    expect(resolution).toMatchObject({ status: 'met', rule: undefined, targetMs: 8 * 3_600_000 });
  });

  it('breaches a running clock already over its new target at the change, from the next instant on', () => {
    const script = base().priority('2024-03-11T12:00:00Z', 'urgent');
    const change = at('2024-03-11T12:00:00Z');
    // At the change itself a resolution at the same instant could still come: not breached yet.
    expect(evaluateSla(script.fold(), urgent, { at: change }).metrics.resolution[0]).toMatchObject({
      status: 'running',
      rule: 'urgent',
      breachedAt: undefined,
    });
    expect(evaluateSla(script.fold(), urgent, { at: change + 1 }).metrics.resolution[0]).toMatchObject({
      status: 'breached',
      breachedAt: change,
    });
    const monitor = createSlaMonitor({ policy: urgent, clock: { now: () => 0 } });
    const events = collect(monitor);
    for (const event of script.events) monitor.ingest(event);
    expect(summary(events).at(-1)).toBe('2024-03-11T10:00:00.000Z sla-started c1 resolution');
    monitor.advanceTo(change + 1);
    expect(summary(events).at(-1)).toBe('2024-03-11T12:00:00.000Z sla-breached c1 resolution');
  });
});

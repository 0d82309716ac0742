import fc from 'fast-check';
import { type ConversationEvent, foldConversation } from 'socialcare/conversation';
import {
  createSlaMonitor,
  createSlaPolicy,
  evaluateSla,
  SLA_MONITOR_EVENT_TYPES,
  type SlaMonitor,
  type SlaMonitorEvent,
  type SlaPolicy,
} from 'socialcare/sla';
import { describe, expect, it } from 'vitest';
import { businessCalendar, policies, type Step, steps } from './random-streams';

const policyName = fc.constantFrom(...Object.keys(policies));
/** Runs per property (raise with SLA_PROPERTY_RUNS for a longer search). */
const RUNS = Number(process.env.SLA_PROPERTY_RUNS ?? 120);

function record(monitor: SlaMonitor, into: SlaMonitorEvent[]): void {
  for (const type of SLA_MONITOR_EVENT_TYPES) monitor.on(type, (event: SlaMonitorEvent) => into.push(event));
}

function logsOf(list: readonly Step[]): Map<string, ConversationEvent[]> {
  const logs = new Map<string, ConversationEvent[]>();
  for (const step of list) {
    if (step.kind !== 'event') continue;
    const log = logs.get(step.event.conversationId) ?? [];
    log.push(step.event);
    logs.set(step.event.conversationId, log);
  }
  return logs;
}

/** What the emitted events say about each clock. */
function replayEmitted(events: readonly SlaMonitorEvent[], conversationId: string) {
  const clocks = new Map<
    string,
    { status: string; atRiskAt?: number; breachedAt?: number; metAt?: number }
  >();
  for (const event of events) {
    if (event.conversationId !== conversationId) continue;
    const key = `${event.metric}@${event.startedAt}`;
    const state = clocks.get(key) ?? { status: 'running' };
    if (event.type === 'sla-paused') state.status = 'paused';
    if (event.type === 'sla-resumed') state.status = 'running';
    if (event.type === 'sla-at-risk') state.atRiskAt = event.at;
    if (event.type === 'sla-breached') {
      state.status = 'breached';
      state.breachedAt = event.at;
    }
    if (event.type === 'sla-met') {
      state.status = 'met';
      state.metAt = event.at;
    }
    clocks.set(key, state);
  }
  return clocks;
}

function expectMonitorMatchesEvaluation(
  emitted: readonly SlaMonitorEvent[],
  logs: Map<string, ConversationEvent[]>,
  policy: SlaPolicy | SlaPolicy[],
  now: number,
): void {
  for (const [conversationId, log] of logs) {
    const evaluation = evaluateSla(foldConversation(log), policy, { at: now });
    const fromEvents = replayEmitted(emitted, conversationId);
    const started = evaluation.clocks.filter((clock) => clock.status !== 'not-started');
    expect([...fromEvents.keys()].sort()).toEqual(
      started.map((clock) => `${clock.metric}@${clock.startedAt}`).sort(),
    );
    for (const clock of started) {
      const seen = fromEvents.get(`${clock.metric}@${clock.startedAt}`)!;
      const context = `${conversationId} ${clock.metric}#${clock.turn} at ${new Date(now).toISOString()}`;
      expect(seen.status, context).toBe(clock.status);
      expect(seen.atRiskAt, context).toBe(clock.atRisk ? clock.warnAt : undefined);
      expect(seen.breachedAt, context).toBe(clock.breachedAt);
      expect(seen.metAt, context).toBe(clock.status === 'met' ? clock.fulfilledAt : undefined);
    }
  }
}

function run(
  policy: SlaPolicy | SlaPolicy[],
  list: readonly Step[],
  monitor = createSlaMonitor({ policy, clock: { now: () => 0 } }),
) {
  for (const step of list) {
    if (step.kind === 'event') monitor.ingest(step.event);
    else monitor.advanceTo(step.at);
  }
  return monitor;
}

describe('SLA properties', () => {
  it('pausing never increases the time used', () => {
    const noPause = createSlaPolicy({
      calendar: businessCalendar,
      targets: { firstResponse: '1h', nextResponse: '1h', periodicUpdate: '1h', resolution: '1h' },
      pauseStatuses: [],
    });
    const pausing = createSlaPolicy({
      calendar: businessCalendar,
      targets: { firstResponse: '1h', nextResponse: '1h', periodicUpdate: '1h', resolution: '1h' },
      pauseStatuses: ['pending-customer', 'on-hold', 'pending-internal'],
    });
    fc.assert(
      fc.property(steps, fc.integer({ min: 0, max: 10 * 86_400_000 }), (list, extra) => {
        for (const log of logsOf(list).values()) {
          const conversation = foldConversation(log);
          const at = conversation.updatedAt + extra;
          const without = evaluateSla(conversation, noPause, { at }).clocks;
          const withPauses = evaluateSla(conversation, pausing, { at }).clocks;
          expect(withPauses.length).toBe(without.length);
          withPauses.forEach((clock, index) => {
            expect(clock.startedAt).toBe(without[index]!.startedAt);
            expect(clock.elapsedMs).toBeLessThanOrEqual(without[index]!.elapsedMs);
          });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('dueAt and warnAt are never before startedAt, and elapsed never exceeds wall-clock time', () => {
    fc.assert(
      fc.property(steps, policyName, (list, name) => {
        const policy = policies[name]!;
        for (const log of logsOf(list).values()) {
          const conversation = foldConversation(log);
          for (const clock of evaluateSla(conversation, policy, { at: conversation.updatedAt + 3_600_000 })
            .clocks) {
            if (clock.startedAt === undefined) continue;
            expect(clock.dueAt).toBeGreaterThanOrEqual(clock.startedAt);
            if (clock.warnAt !== undefined) {
              expect(clock.warnAt).toBeGreaterThanOrEqual(clock.startedAt);
              expect(clock.warnAt).toBeLessThanOrEqual(clock.dueAt!);
            }
            expect(clock.elapsedMs).toBeLessThanOrEqual(
              (clock.fulfilledAt ?? conversation.updatedAt + 3_600_000) - clock.startedAt,
            );
            expect(clock.elapsedMs).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("the monitor's events agree with evaluateSla at every instant", () => {
    fc.assert(
      fc.property(steps, policyName, (list, name) => {
        const policy = policies[name]!;
        const emitted: SlaMonitorEvent[] = [];
        const monitor = createSlaMonitor({ policy, clock: { now: () => 0 } });
        record(monitor, emitted);
        const seen: Step[] = [];
        for (const step of list) {
          seen.push(step);
          if (step.kind === 'event') monitor.ingest(step.event);
          else monitor.advanceTo(step.at);
          expectMonitorMatchesEvaluation(emitted, logsOf(seen), policy, monitor.now);
        }
        const end = monitor.now + 20 * 86_400_000;
        monitor.advanceTo(end);
        expectMonitorMatchesEvaluation(emitted, logsOf(seen), policy, end);
      }),
      { numRuns: RUNS },
    );
  });

  it('snapshot then restore at a random point gives the same events as an uninterrupted run', () => {
    fc.assert(
      fc.property(steps, policyName, fc.nat(), (list, name, cut) => {
        const policy = policies[name]!;
        const split = cut % (list.length + 1);
        const final = { kind: 'advance', at: Date.parse('2024-04-30T00:00:00Z') } as const;
        const uninterrupted: SlaMonitorEvent[] = [];
        const first = createSlaMonitor({ policy, clock: { now: () => 0 } });
        record(first, uninterrupted);
        run(policy, [...list, final], first);

        const interrupted: SlaMonitorEvent[] = [];
        const before = createSlaMonitor({ policy, clock: { now: () => 0 } });
        record(before, interrupted);
        run(policy, list.slice(0, split), before);
        const snapshot = JSON.parse(JSON.stringify(before.snapshot()));
        const after = createSlaMonitor({ policy, clock: { now: () => 0 }, restore: snapshot });
        record(after, interrupted);
        run(policy, [...list.slice(split), final], after);
        expect(interrupted).toEqual(uninterrupted);
      }),
      { numRuns: RUNS },
    );
  });

  it('ignores duplicates and handles out-of-order arrival: the final state equals evaluateSla of the log', () => {
    fc.assert(
      fc.property(
        steps,
        policyName,
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (list, name, duplicates, seed) => {
          const policy = policies[name]!;
          const events = list.flatMap((step) => (step.kind === 'event' ? [step.event] : []));
          if (events.length === 0) return;
          const shuffled = [...events];
          let state = seed;
          for (let i = shuffled.length - 1; i > 0; i--) {
            state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
            const j = state % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
          }
          for (const index of duplicates) shuffled.push(events[index % events.length]!);
          const monitor = createSlaMonitor({ policy, clock: { now: () => 0 } });
          for (const event of shuffled) monitor.ingest(event);
          for (const [conversationId, log] of logsOf(list)) {
            const expected = evaluateSla(foldConversation(log), policy, { at: monitor.now });
            expect(monitor.evaluate(conversationId)?.clocks).toEqual(expected.clocks);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConversationEvent } from '../conversation/events';
import { AccountTable } from './account-table';
import { SLA_METRICS, type SlaClockStatus } from './metric';
import { TrackedConversation } from './tracked-conversation';
import { snapshotConversation } from './tracked-snapshot';

const START = Date.parse('2024-03-11T08:00:00Z');
const STATUSES: readonly SlaClockStatus[] = ['running', 'paused', 'met', 'breached'];

describe('TrackedConversation marks', () => {
  it('finds every mark, whatever order the clocks were added in, and no other', () => {
    const mark = fc.record({
      metric: fc.constantFrom(...SLA_METRICS),
      startedAt: fc.integer({ min: 0, max: 40 }).map((minute) => START + minute * 60_000),
      status: fc.constantFrom(...STATUSES),
      atRisk: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(mark, { selector: (entry) => `${entry.metric}@${entry.startedAt}`, maxLength: 30 }),
        fc.array(mark, { maxLength: 10 }),
        fc.boolean(),
        (marks, probes, withFacts) => {
          const tracked = new TrackedConversation('c1', 0);
          const accounts = new AccountTable();
          // Facts after the marks in the same list: marks must never be confused with them.
          if (withFacts)
            tracked.apply(
              parseConversationEvent({
                id: 'e1',
                type: 'conversation-status-changed',
                at: START,
                conversationId: 'c1',
                status: 'open',
              }),
              accounts,
            );
          for (const entry of marks) {
            expect(tracked.findMark(entry.metric, entry.startedAt)).toBe(-1);
            const index = tracked.addMark(entry.metric, entry.startedAt);
            tracked.setMark(index, entry.status, entry.atRisk);
          }
          for (const entry of marks) {
            const index = tracked.findMark(entry.metric, entry.startedAt);
            expect(index).toBeGreaterThanOrEqual(0);
            expect([tracked.markStatus(index), tracked.markAtRisk(index)]).toEqual([
              entry.status,
              entry.atRisk,
            ]);
            expect(tracked.isSettled(entry.metric, entry.startedAt)).toBe(
              entry.status === 'met' || entry.status === 'breached',
            );
          }
          for (const probe of probes) {
            const known = marks.some(
              (entry) => entry.metric === probe.metric && entry.startedAt === probe.startedAt,
            );
            expect(tracked.findMark(probe.metric, probe.startedAt) >= 0).toBe(known);
          }
          expect(tracked.openClocks()).toBe(
            marks.filter((entry) => entry.status === 'running' || entry.status === 'paused').length,
          );
          const snapshot = snapshotConversation(tracked, accounts);
          expect(new Set(snapshot.clocks.map((clock) => JSON.stringify(clock)))).toEqual(
            new Set(marks.map((entry) => JSON.stringify(entry))),
          );
          expect(snapshot.statuses).toHaveLength(withFacts ? 1 : 0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

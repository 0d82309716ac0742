import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DeadlineEntry, DeadlineHeap } from './deadline-heap';

describe('DeadlineHeap', () => {
  it('always yields the earliest entry (creation order on ties) through inserts, moves and removals', () => {
    const operation = fc.oneof(
      fc.record({
        kind: fc.constant('schedule' as const),
        entry: fc.nat(19),
        at: fc.integer({ min: 0, max: 50 }),
      }),
      fc.record({ kind: fc.constant('clear' as const), entry: fc.nat(19) }),
      fc.record({ kind: fc.constant('remove' as const), entry: fc.nat(19) }),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 200 }), (operations) => {
        const heap = new DeadlineHeap<DeadlineEntry>();
        const entries: DeadlineEntry[] = Array.from({ length: 20 }, (_, order) => ({
          wakeAt: Number.POSITIVE_INFINITY,
          heapIndex: -1,
          order,
        }));
        for (const step of operations) {
          const entry = entries[step.entry]!;
          if (step.kind === 'schedule') heap.schedule(entry, step.at);
          else if (step.kind === 'clear') heap.schedule(entry, Number.POSITIVE_INFINITY);
          else {
            heap.remove(entry);
            entry.wakeAt = Number.POSITIVE_INFINITY;
          }
          const scheduled = entries.filter((candidate) => candidate.wakeAt !== Number.POSITIVE_INFINITY);
          expect(heap.size).toBe(scheduled.length);
          const expected = scheduled.sort((a, b) => a.wakeAt - b.wakeAt || a.order - b.order)[0];
          expect(heap.peek()).toBe(expected);
        }
      }),
    );
  });
});

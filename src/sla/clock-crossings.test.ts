import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessCalendar } from '../../tests/sla/random-streams';
import { CROSSED, crossing, crossings, type Segment } from './clock-crossings';
import type { SlaMetric } from './metric';
import { createSlaPolicy } from './policy';
import type { SlaRange } from './sla-calendar';

const HOUR = 3_600_000;
// Terms to pick from: business and calendar time, warnings as a share or a time before due, rules
// that lower or raise targets and drop a metric.
const business = createSlaPolicy({
  calendar: businessCalendar,
  targets: { firstResponse: '2h', nextResponse: '1h', periodicUpdate: '6h', resolution: '1d' },
  warning: { share: 0.75 },
  rules: [
    { name: 'urgent', when: { priority: 'urgent' }, targets: { firstResponse: '10m', resolution: '2h' } },
    { name: 'slow', when: { priority: 'low' }, targets: { firstResponse: '3d', nextResponse: null } },
  ],
});
const wallClock = createSlaPolicy({
  targets: { firstResponse: '30m', nextResponse: '20m', resolution: '6h' },
  warning: { before: '5m' },
});
const terms = [business.defaults, ...business.rules, wallClock.defaults];
const START = Date.parse('2024-03-11T06:00:00Z');

const segments: fc.Arbitrary<Segment[]> = fc
  .tuple(
    fc.array(fc.integer({ min: 1, max: 40 * HOUR }), { minLength: 1, maxLength: 4 }),
    fc.array(fc.nat(terms.length - 1), { minLength: 5, maxLength: 5 }),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 120 * HOUR }), fc.integer({ min: 1, max: 30 * HOUR })), {
      maxLength: 3,
    }),
  )
  .map(([lengths, picks, pauses]) => {
    const exclude: SlaRange[] = [];
    let after = START;
    for (const [gap, length] of pauses) {
      const from = after + gap;
      exclude.push([from, from + length]);
      after = from + length + 1;
    }
    const options = exclude.length === 0 ? undefined : { exclude };
    const list: Segment[] = [];
    let from = START;
    for (let i = 0; i <= lengths.length; i++) {
      const to = i < lengths.length ? from + lengths[i]! : Number.POSITIVE_INFINITY;
      list.push({ from, to, terms: terms[picks[i]!]!, options });
      from = to;
    }
    return list;
  });

describe('crossings', () => {
  it('finds the target, breach and warning instants the one-at-a-time definition finds', () => {
    const metric = fc.constantFrom<SlaMetric>(
      'firstResponse',
      'nextResponse',
      'periodicUpdate',
      'resolution',
    );
    fc.assert(
      fc.property(segments, metric, (list, which) => {
        crossings(list, which);
        expect([...CROSSED]).toEqual([
          crossing(list, which, 0),
          crossing(list, which, 1),
          crossing(list, which, 2),
        ]);
      }),
      { numRuns: 400 },
    );
  });
});

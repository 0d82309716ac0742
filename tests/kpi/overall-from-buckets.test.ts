/**
 * The accumulator adds each conversation to one bucket (its account's, a pending one, or the rest)
 * and adds the buckets up for the overall figures; a restored partial recovers the rest by
 * subtracting its buckets from its overall figures. These properties check that this equals the
 * plain definition, including after a JSON round trip followed by more conversations.
 */
import fc from 'fast-check';
import type { Conversation } from 'socialcare/conversation';
import { computeKpis, createKpiAccumulator, KpiAccumulator, type KpiOptions } from 'socialcare/kpi';
import { describe, expect, it } from 'vitest';
import { conversation, type Spec } from './helpers';

let counter = 0;
/** Answered, unanswered with and without mentions (pending, rest), private, orphan. */
const conversationArbitrary: fc.Arbitrary<Conversation> = fc
  .record({
    account: fc.constantFrom('Alpha', 'Beta', 'Gamma'),
    kind: fc.constantFrom('answered', 'unanswered', 'no-mention', 'private', 'orphan'),
    minutes: fc.integer({ min: 0, max: 3000 }),
    start: fc.integer({ min: 0, max: 20_000 }),
  })
  .map(({ account, kind, minutes, start }) => {
    const id = `o${counter++}`;
    const first: Spec = { id, from: 'customer', at: start, account };
    if (kind === 'no-mention') first.mentions = [];
    if (kind === 'unanswered') first.mentions = [`@${account.toLowerCase()}`, 'Someone'];
    if (kind === 'private') first.visibility = 'private';
    if (kind === 'orphan') first.replyTo = 'outside';
    const specs: Spec[] = [first];
    if (kind === 'answered' || kind === 'private' || kind === 'orphan')
      specs.push({
        id: `${id}r`,
        from: 'brand',
        at: start + minutes,
        replyTo: id,
        account,
        ...(kind === 'private' ? { visibility: 'private' as const } : {}),
      });
    return conversation(specs);
  });

const MODES: KpiOptions[] = [
  { breakdowns: ['account', 'platform'] },
  { quantiles: 'sketch', extraQuantiles: [0.75] },
];

describe('overall figures added up from the account, pending and rest buckets', () => {
  it('equal the single-pass report after a JSON round trip and more conversations', () => {
    fc.assert(
      fc.property(
        fc.array(conversationArbitrary, { maxLength: 30 }),
        fc.array(conversationArbitrary, { maxLength: 30 }),
        (xs, ys) => {
          for (const options of MODES) {
            const partial = JSON.parse(JSON.stringify(createKpiAccumulator(options).addAll(xs).toJSON()));
            const continued = KpiAccumulator.fromJSON(partial).addAll(ys);
            expect(continued.report()).toEqual(computeKpis([...xs, ...ys], options));
            expect(continued.measured).toBe(computeKpis([...xs, ...ys], options).overall.conversations);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('overall counts are the accounts plus the unattributed', () => {
    fc.assert(
      fc.property(fc.array(conversationArbitrary, { maxLength: 40 }), (xs) => {
        const report = computeKpis(xs);
        const accounts = Object.values(report.byAccount).reduce((sum, k) => sum + k.conversations, 0);
        expect(accounts + (report.unattributed ?? 0)).toBe(report.overall.conversations);
        expect(report.unattributed).not.toBe(0); // absent rather than 0
      }),
      { numRuns: 60 },
    );
  });

  it('a partial whose overall does not contain its accounts is refused', () => {
    const json = createKpiAccumulator()
      .addAll([
        conversation([
          { id: 'a', from: 'customer', at: 0 },
          { id: 'b', from: 'brand', at: 5, replyTo: 'a' },
        ]),
      ])
      .toJSON();
    const broken = { ...json, overall: createKpiAccumulator().toJSON().overall };
    expect(() => KpiAccumulator.fromJSON(broken)).toThrow(/overall figures do not include/);
  });
});

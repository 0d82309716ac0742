import fc from 'fast-check';
import type { Conversation } from 'socialcare/conversation';
import { computeKpis, createKpiAccumulator, KpiAccumulator, type KpiOptions } from 'socialcare/kpi';
import { describe, expect, it } from 'vitest';
import { conversation, type Extra, type Spec } from './helpers';

const ACCOUNTS = ['Alpha', 'Beta', 'Gamma'];

/** A random conversation: customer/brand/bot messages, replies, statuses and surveys. */
const conversationArbitrary = (n: number): fc.Arbitrary<Conversation> =>
  fc
    .record({
      account: fc.constantFrom(...ACCOUNTS),
      orphan: fc.boolean(),
      steps: fc.array(
        fc.record({
          from: fc.constantFrom('customer', 'customer', 'brand', 'agent', 'bot') as fc.Arbitrary<
            Spec['from']
          >,
          gap: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 3000 })),
        }),
        { minLength: 1, maxLength: 6 },
      ),
      resolvedAfter: fc.option(fc.integer({ min: 1, max: 500 })),
      csat: fc.option(fc.integer({ min: 1, max: 5 })),
      start: fc.integer({ min: 0, max: 20_000 }),
    })
    .map(({ account, orphan, steps, resolvedAfter, csat, start }) => {
      let at = start;
      const specs: Spec[] = steps.map((step, i) => {
        at += step.gap;
        const spec: Spec = {
          id: `${n}-${i}`,
          from: step.from,
          at,
          account,
          agent: step.from === 'agent' ? `ag-${i % 2}` : account,
        };
        if (i > 0) spec.replyTo = `${n}-${i - 1}`;
        else if (orphan && i === 0) spec.replyTo = 'missing';
        return spec;
      });
      const extras: Extra[] = [];
      if (resolvedAfter !== null)
        extras.push({ type: 'status', at: start + resolvedAfter, status: 'resolved' });
      if (csat !== null) extras.push({ type: 'csat', at: at + 1, score: csat });
      return conversation(specs, extras);
    });

let counter = 0;
const conversationsArbitrary = fc.array(
  fc.integer().chain(() => conversationArbitrary(counter++)),
  { maxLength: 25 },
);

const modes: KpiOptions[] = [
  { quantiles: 'exact', breakdowns: ['account', 'platform', 'hour-of-week', 'agent'] },
  { quantiles: 'sketch', breakdowns: ['account', 'agent'], extraQuantiles: [0.25, 0.99] },
];

const accumulate = (xs: readonly Conversation[], options: KpiOptions) =>
  createKpiAccumulator(options).addAll(xs);

describe('KPI accumulator properties', () => {
  it('order independence: any permutation gives the same report', () => {
    fc.assert(
      fc.property(
        conversationsArbitrary.chain((xs) =>
          fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })),
        ),
        ([xs, shuffled]) => {
          for (const options of modes)
            expect(computeKpis(shuffled, options)).toEqual(computeKpis(xs, options));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('merge(acc(xs), acc(ys)) equals acc(xs ++ ys), and merge is commutative and associative', () => {
    fc.assert(
      fc.property(conversationsArbitrary, conversationsArbitrary, conversationsArbitrary, (xs, ys, zs) => {
        for (const options of modes) {
          const whole = accumulate([...xs, ...ys, ...zs], options).toJSON();
          const left = accumulate(xs, options).merge(accumulate(ys, options)).merge(accumulate(zs, options));
          const right = accumulate(xs, options).merge(accumulate(ys, options).merge(accumulate(zs, options)));
          const swapped = accumulate(zs, options)
            .merge(accumulate(ys, options))
            .merge(accumulate(xs, options));
          expect(left.toJSON()).toEqual(whole);
          expect(right.toJSON()).toEqual(whole);
          expect(swapped.toJSON()).toEqual(whole);
          expect(swapped.report()).toEqual(accumulate([...xs, ...ys, ...zs], options).report());
        }
      }),
      { numRuns: 40 },
    );
  });

  it('JSON round trip keeps every figure', () => {
    fc.assert(
      fc.property(conversationsArbitrary, (xs) => {
        for (const options of modes) {
          const accumulator = accumulate(xs, options);
          const restored = KpiAccumulator.fromJSON(JSON.parse(JSON.stringify(accumulator.toJSON())));
          expect(restored.toJSON()).toEqual(accumulator.toJSON());
          expect(restored.report()).toEqual(accumulator.report());
        }
      }),
      { numRuns: 40 },
    );
  });

  it('sketch quantiles are within 1% relative error of the exact order statistics; counts are exact', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 300 }),
        fc.constantFrom(0.1, 0.25, 0.5, 0.75, 0.9, 0.99),
        (seconds, q) => {
          const xs = seconds.map((s, i) =>
            conversation([
              { id: `s${i}`, from: 'customer', at: 0 },
              { id: `s${i}r`, from: 'brand', at: s / 60, replyTo: `s${i}` },
            ]),
          );
          const exact = computeKpis(xs, { extraQuantiles: [q] }).overall.firstResponseMs;
          const sketch = computeKpis(xs, { quantiles: 'sketch', extraQuantiles: [q] }).overall
            .firstResponseMs;
          expect(sketch.count).toBe(exact.count);
          expect(sketch.mean).toBeCloseTo(exact.mean!, 6);
          const sorted = seconds.map((s) => (s / 60) * 60_000).sort((a, b) => a - b);
          const rank = q * (sorted.length - 1);
          const low = sorted[Math.floor(rank)]!;
          const high = sorted[Math.ceil(rank)]!;
          const value = sketch[`p${q * 100}` as 'p90']!;
          expect(value).toBeGreaterThanOrEqual(low * 0.99 - 1e-9);
          expect(value).toBeLessThanOrEqual(high * 1.01 + 1e-9);
          const exactValue = exact[`p${q * 100}` as 'p90']!;
          if (low === high)
            expect(Math.abs(value - exactValue)).toBeLessThanOrEqual(0.01 * exactValue + 1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('merging accumulators with different definitions is refused', () => {
    expect(() => createKpiAccumulator().merge(createKpiAccumulator({ quantiles: 'sketch' }))).toThrow(
      /different definitions/,
    );
  });

  it('fromJSON rejects what is not a partial, naming the field', () => {
    expect(() => KpiAccumulator.fromJSON({ version: 2 })).toThrow(/KPI accumulator JSON/);
  });
});

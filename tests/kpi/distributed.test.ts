/**
 * The distributed recipe of docs/guides/kpis.md: every shard computes a partial with
 * `createKpiAccumulator(options)` and ships `JSON.stringify(accumulator.toJSON())`; the driver
 * restores them with `KpiAccumulator.fromJSON` and merges them in any order.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Conversation } from 'socialcare/conversation';
import { computeKpisParallel } from 'socialcare/io';
import { computeKpis, createKpiAccumulator, KpiAccumulator, type KpiOptions } from 'socialcare/kpi';
import { afterAll, describe, expect, it } from 'vitest';
import { answered, conversation } from './helpers';

function sampleConversations(n: number): Conversation[] {
  const out: Conversation[] = [];
  for (let i = 0; i < n; i++) {
    const account = ['Alpha', 'Beta', 'Gamma', 'Delta'][i % 4]!;
    if (i % 17 === 0) out.push(answered(`u${i}`, undefined, account, i));
    else if (i % 23 === 0)
      out.push(
        conversation([
          { id: `b${i}`, from: 'brand', at: i, account },
          { id: `b${i}c`, from: 'customer', at: i + 2, replyTo: `b${i}` },
        ]),
      );
    else out.push(answered(`c${i}`, (i * 37) % 300, account, i));
  }
  return out;
}

describe('distributed recipe: partials as JSON from shards, merged by the driver', () => {
  const conversations = sampleConversations(400);
  const shardsOf = (k: number) =>
    Array.from({ length: k }, (_, s) => conversations.filter((_, i) => i % k === s));

  for (const options of [{}, { quantiles: 'sketch' }] as KpiOptions[]) {
    it(`merging ${options.quantiles ?? 'exact'} partials from 5 shards gives the single-run report`, () => {
      const wire = shardsOf(5).map((shard) =>
        JSON.stringify(createKpiAccumulator(options).addAll(shard).toJSON()),
      );
      const driver = wire
        .reverse()
        .map((text) => KpiAccumulator.fromJSON(JSON.parse(text)))
        .reduce((a, b) => a.merge(b));
      expect(driver.report()).toEqual(computeKpis(conversations, options));
    });
  }

  it('a tree reduction (partials of partials) gives the same result', () => {
    const partials = shardsOf(8).map((shard) => createKpiAccumulator().addAll(shard).toJSON());
    const pairs = [0, 2, 4, 6].map((i) =>
      KpiAccumulator.fromJSON(partials[i])
        .merge(KpiAccumulator.fromJSON(partials[i + 1]))
        .toJSON(),
    );
    const root = KpiAccumulator.fromJSON(pairs[0]).merge(KpiAccumulator.fromJSON(pairs[1]));
    root.merge(KpiAccumulator.fromJSON(pairs[2]).merge(KpiAccumulator.fromJSON(pairs[3])));
    expect(root.report()).toEqual(computeKpis(conversations));
  });
});

describe('computeKpisParallel (worker threads)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'socialcare-kpi-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('equals the single-thread result in exact mode', async () => {
    const conversations = sampleConversations(300);
    const parallel = await computeKpisParallel(conversations, {
      workers: 2,
      breakdowns: ['account', 'platform'],
    });
    expect(parallel).toEqual(computeKpis(conversations, { breakdowns: ['account', 'platform'] }));
  });

  it('reads file shards in workers and merges them', async () => {
    const header = ',tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n';
    writeFileSync(
      join(dir, 'a.csv'),
      `${header}0,1,101,True,Mon Mar 11 09:00:00 +0000 2024,@AcmeCare help,2,\n1,2,AcmeCare,False,Mon Mar 11 09:10:00 +0000 2024,@101 sure,,1\n`,
    );
    writeFileSync(
      join(dir, 'b.csv'),
      `${header}0,3,102,True,Mon Mar 11 10:00:00 +0000 2024,@OtherCare hi,4,\n1,4,OtherCare,False,Mon Mar 11 10:30:00 +0000 2024,@102 hello,,3\n`,
    );
    const report = await computeKpisParallel(
      { files: [join(dir, 'a.csv'), join(dir, 'b.csv')], format: 'twcs' },
      { workers: 2 },
    );
    expect(report.overall).toMatchObject({ conversations: 2, responded: 2 });
    expect(report.overall.firstResponseMs.median).toBe(20 * 60_000);
    expect(Object.keys(report.byAccount).sort()).toEqual(['AcmeCare', 'OtherCare']);
  });

  it('refuses options that cannot travel to a worker', async () => {
    await expect(computeKpisParallel([], { agentOf: () => 'x' } as never)).rejects.toThrow(/agentOf/);
  });
});

/**
 * The KPI figures on generated data checked against what the generator knows it generated
 * (`generateSampleData` records each case's origin, brand account, whether it was answered and
 * whether it moved to private).
 */
import { foldConversation } from 'socialcare/conversation';
import { accumulateKpisFromEvents, computeKpis } from 'socialcare/kpi';
import { generateSampleData } from 'socialcare/testing';
import { describe, expect, it } from 'vitest';

describe('KPIs on generated data agree with the generator’s ground truth', () => {
  const sample = generateSampleData({ seed: 5, conversations: 1_500 });
  const conversations = sample.conversations.map((c) => foldConversation(c.events));
  const report = computeKpis(conversations, { breakdowns: ['account', 'platform'] });
  const customer = sample.conversations.filter((c) => c.origin === 'customer');

  it('measured, skipped and responded conversations', () => {
    expect(report.overall.conversations).toBe(customer.length);
    expect(report.skipped.brandInitiated).toBe(sample.conversations.length - customer.length);
    expect(report.overall.responded).toBe(customer.filter((c) => c.answered).length);
    expect(report.overall.switchedToPrivate).toBe(customer.filter((c) => c.movedToPrivate).length);
  });

  it('per account and per platform', () => {
    const accounts = new Map<string, { n: number; answered: number }>();
    const platforms = new Map<string, number>();
    for (const c of customer) {
      const entry = accounts.get(c.accountId) ?? { n: 0, answered: 0 };
      entry.n++;
      if (c.answered) entry.answered++;
      accounts.set(c.accountId, entry);
      platforms.set(c.platform, (platforms.get(c.platform) ?? 0) + 1);
    }
    expect(Object.keys(report.byAccount).sort()).toEqual([...accounts.keys()].sort());
    for (const [account, { n, answered }] of accounts) {
      expect(report.byAccount[account], account).toMatchObject({ conversations: n, responded: answered });
    }
    for (const [platform, n] of platforms)
      expect(report.byPlatform?.[platform]?.conversations, platform).toBe(n);
  });

  it('the event stream gives the same report as the folded states', async () => {
    const streamed = await accumulateKpisFromEvents(sample.events, { breakdowns: ['account', 'platform'] });
    expect(streamed.report()).toEqual(report);
  });
});

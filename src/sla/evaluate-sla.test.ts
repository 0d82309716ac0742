import fc from 'fast-check';
import { createBusinessCalendar } from 'socialcare/calendar';
import { type Conversation, foldConversation } from 'socialcare/conversation';
import { generateSampleData } from 'socialcare/testing';
import { describe, expect, it } from 'vitest';
import { evaluateSubject } from './clock-engine';
import { evaluateSla, groupByMetric } from './evaluate-sla';
import { SLA_METRICS, type SlaMetric } from './metric';
import { createSlaPolicy, type SlaPolicy } from './policy';
import { policyVersions } from './policy-versions';
import type { SlaClock } from './sla-clock';
import { subjectFromConversation } from './subject';

const HOUR = 3_600_000;
const calendar = createBusinessCalendar({
  timeZone: 'Europe/Amsterdam',
  week: {
    mon: [['08:30', '17:30']],
    tue: [['08:30', '17:30']],
    wed: [['08:30', '17:30']],
    thu: [['08:30', '17:30']],
    fri: [['08:30', '17:30']],
    sat: [['10:00', '14:00']],
  },
  holidays: ['2024-04-01'],
});
const targets = { firstResponse: '2h', nextResponse: '4h', periodicUpdate: '1d', resolution: '3d' } as const;
const policies: Record<string, SlaPolicy | SlaPolicy[]> = {
  plain: createSlaPolicy({ calendar, targets }),
  rules: createSlaPolicy({
    calendar,
    targets,
    warning: { share: 0.8 },
    rules: [
      { name: 'urgent', when: { priority: ['urgent', 'high'] }, targets: { firstResponse: '30m' } },
      { name: 'x-dm', when: { platform: 'x', visibility: 'private' }, targets: { firstResponse: '1h' } },
      { name: 'telecom', when: { account: 'acme.telecom' }, targets: { resolution: '1d' } },
    ],
  }),
  // Rules on tags take the general path (the tags as of the instant come from the event log).
  tags: createSlaPolicy({
    calendar,
    targets,
    rules: [{ name: 'vip', when: { tags: 'vip' }, targets: { firstResponse: '15m' } }],
  }),
  versions: [
    createSlaPolicy({ name: 'v1', targets: { firstResponse: '4h', resolution: '5d' } }),
    createSlaPolicy({
      name: 'v2',
      effectiveFrom: '2024-03-12T00:00:00Z',
      calendar,
      targets,
      rules: [{ name: 'urgent', when: { priority: 'urgent' }, targets: { resolution: '1d' } }],
    }),
  ],
};

/** The general path: a subject, its spans and pauses, whatever the instant. */
function reference(conversation: Conversation, policy: SlaPolicy | SlaPolicy[], at: number) {
  const versions = policyVersions(policy);
  return evaluateSubject(subjectFromConversation(conversation, versions, at), versions, at).clocks;
}

/** Clocks by metric, one filter per metric (what `groupByMetric` must give). */
function naiveGroups(clocks: readonly SlaClock[]) {
  return Object.fromEntries(
    SLA_METRICS.map((metric) => [metric, clocks.filter((clock) => clock.metric === metric)]),
  );
}

describe('evaluateSla fast paths', () => {
  it('gives the general path’s clocks before, at and after the start of generated conversations', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom(...Object.keys(policies)),
        fc.array(fc.integer({ min: -3 * 24 * HOUR, max: 3 * 24 * HOUR }), { minLength: 1, maxLength: 4 }),
        (seed, name, offsets) => {
          const policy = policies[name]!;
          const sample = generateSampleData({ seed, conversations: 4 });
          for (const entry of sample.conversations) {
            const conversation = foldConversation(entry.events);
            for (const offset of [0, -1, ...offsets]) {
              const at = conversation.createdAt + offset;
              const result = evaluateSla(conversation, policy, { at });
              expect(result.clocks).toEqual(reference(conversation, policy, at));
              expect(result.metrics).toEqual(naiveGroups(result.clocks));
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('sees a message created before the conversation’s log starts', () => {
    // The message is dated before the event that logged it: the conversation is created later.
    const conversation = foldConversation([
      {
        id: 'e1',
        type: 'message-received',
        at: Date.parse('2024-03-11T10:00:00Z'),
        conversationId: 'c1',
        message: {
          id: 'm1',
          platform: 'x',
          direction: 'inbound',
          visibility: 'public',
          author: { id: 'u1', kind: 'customer' },
          text: 'hello?',
          createdAt: Date.parse('2024-03-11T09:00:00Z'),
          accountId: 'acme.telecom',
          mentions: [],
          attachments: [],
        },
      },
    ]);
    const at = Date.parse('2024-03-11T09:30:00Z');
    for (const policy of Object.values(policies)) {
      const clocks = evaluateSla(conversation, policy, { at }).clocks;
      expect(clocks).toEqual(reference(conversation, policy, at));
      expect(clocks[0]?.status).toBe('running');
    }
  });

  it('groups clocks by metric in any order, sharing nothing a caller could change', () => {
    const clock = (metric: SlaClock['metric'], turn: number) => ({ metric, turn }) as SlaClock;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SLA_METRICS), { maxLength: 8 }),
        fc.boolean(),
        (metrics, sorted) => {
          const list = metrics.map((metric, turn) => clock(metric, turn));
          if (sorted) list.sort((a, b) => SLA_METRICS.indexOf(a.metric) - SLA_METRICS.indexOf(b.metric));
          const groups = groupByMetric(list);
          expect(groups).toEqual(naiveGroups(list));
          for (const metric of SLA_METRICS) {
            const group = groups[metric];
            // A new list, or the shared empty one, which cannot be changed.
            expect(group).not.toBe(list);
            if (group.length === 0) expect(Object.isFrozen(group)).toBe(true);
          }
        },
      ),
    );
  });

  it('follows the metrics option when one list is passed again, changed or not', () => {
    const sample = generateSampleData({ seed: 3, conversations: 30 });
    const conversations = sample.conversations.map((entry) => foldConversation(entry.events));
    const policy = policies.rules!;
    const metrics: SlaMetric[] = ['firstResponse', 'resolution'];
    const check = () => {
      for (const conversation of conversations) {
        const at = conversation.updatedAt;
        const all = evaluateSla(conversation, policy, { at }).clocks;
        expect(evaluateSla(conversation, policy, { at, metrics }).clocks).toEqual(
          all.filter((clock) => metrics.includes(clock.metric)),
        );
      }
    };
    check();
    check();
    metrics[1] = 'nextResponse';
    check();
    metrics.push('periodicUpdate');
    check();
  });
});

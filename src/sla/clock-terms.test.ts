import fc from 'fast-check';
import { createBusinessCalendar } from 'socialcare/calendar';
import { foldConversation } from 'socialcare/conversation';
import { generateSampleData } from 'socialcare/testing';
import { describe, expect, it } from 'vitest';
import { clockSpans, SpanList } from './clock-spans';
import { segmentsOf } from './clock-terms';
import { createSlaPolicy, type SlaPolicy } from './policy';
import { matchTerms, policyVersions, versionIndexAt } from './policy-versions';
import { accountBoundaries, attributesAt, subjectFromConversation } from './subject';

const HOUR = 3_600_000;
const calendar = createBusinessCalendar({
  timeZone: 'Europe/Amsterdam',
  week: { mon: [['08:30', '17:30']], tue: [['08:30', '17:30']], wed: [['08:30', '17:30']] },
});
const targets = { firstResponse: '2h', nextResponse: '4h', periodicUpdate: '1d', resolution: '3d' } as const;
const rules = [
  {
    name: 'urgent',
    when: { priority: ['urgent' as const, 'high' as const] },
    targets: { firstResponse: '30m' },
  },
  { name: 'vip', when: { tags: 'vip' }, targets: { resolution: '1d' } },
  { name: 'telecom', when: { account: 'acme.telecom' }, targets: { resolution: '2d' } },
  { name: 'private', when: { visibility: 'private' as const }, targets: { firstResponse: '1h' } },
];
const withRules = createSlaPolicy({ calendar, targets, rules });

/** Three versions taking effect `first` and `first + second` ms after `from` (inside spans, often). */
function versionsFrom(from: number, first: number, second: number): SlaPolicy[] {
  return [
    createSlaPolicy({ name: 'v1', targets: { firstResponse: '4h', resolution: '5d' } }),
    createSlaPolicy({ name: 'v2', effectiveFrom: from + first, calendar, targets, rules }),
    createSlaPolicy({ name: 'v3', effectiveFrom: from + first + second, targets, rules: rules.slice(0, 2) }),
  ];
}

describe('segmentsOf', () => {
  it('cuts a span where its terms or policy version change, and only there', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 5 * 24 * HOUR }),
        fc.integer({ min: 1, max: 2 * 24 * HOUR }),
        fc.integer({ min: 1, max: 2 * 24 * HOUR }),
        (seed, versioned, offset, first, second) => {
          for (const entry of generateSampleData({ seed, conversations: 4 }).conversations) {
            const conversation = foldConversation(entry.events);
            const at = conversation.createdAt + offset;
            const source = versioned ? versionsFrom(conversation.createdAt, first, second) : withRules;
            const versions = policyVersions(source);
            const options = versions.versions.map(() => ({ exclude: [] }));
            const subject = subjectFromConversation(conversation);
            const spans = new SpanList();
            clockSpans(subject, at, true, undefined, spans);
            for (let s = 0; s < spans.count; s++) {
              const span = { ...spans.load(s) };
              const segments = segmentsOf(subject, versions, span, at, options);
              // The terms in force from an instant on: its version's, for the attributes then.
              const termsAt = (t: number) => {
                const version = versionIndexAt(versions, t);
                const policy = versions.versions[version]!;
                return {
                  version,
                  terms: matchTerms(policy, attributesAt(subject, t, versions), span.visibility),
                };
              };
              // Where the terms may change: a version taking effect after the start, or a change of an
              // attribute after the start and before the clock stopped (up to `at` while it runs).
              const applies = (t: number) =>
                t > span.startedAt && (span.fulfilledAt === undefined ? t <= at : t < span.fulfilledAt);
              const accounts: number[] = [];
              accountBoundaries(subject, span.startedAt, span.fulfilledAt ?? at, accounts);
              const candidates = [
                ...versions.starts.filter((start) => start > span.startedAt),
                ...subject.priorityChanges.map((change) => change.at).filter(applies),
                ...subject.tagChanges.map((change) => change.at).filter(applies),
                ...accounts.filter(applies),
              ];
              expect(segments[0]!.from).toBe(span.startedAt);
              expect(segments[segments.length - 1]!.to).toBe(Number.POSITIVE_INFINITY);
              segments.forEach((segment, i) => {
                const expected = termsAt(segment.from);
                expect(segment.terms).toBe(expected.terms);
                expect(segment.options).toBe(options[expected.version]);
                if (i > 0) {
                  expect(segment.from).toBe(segments[i - 1]!.to);
                  expect(candidates).toContain(segment.from);
                  const before = termsAt(segments[i - 1]!.from);
                  expect(expected.terms !== before.terms || expected.version !== before.version).toBe(true);
                }
              });
              // Every instant where the terms may change falls in a segment with the terms from then.
              for (const t of candidates) {
                const segment = segments.find((entry) => entry.from <= t && t < entry.to)!;
                const expected = termsAt(t);
                expect(segment.terms).toBe(expected.terms);
                expect(segment.options).toBe(options[expected.version]);
              }
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

import fc from 'fast-check';
import {
  CHANNEL_ACTIONS,
  type ChannelRule,
  createChannelPolicy,
  DEFAULT_CHANNEL_RULES,
  decideChannel,
} from 'socialcare/channel-policy';
import { PLATFORMS, type Platform } from 'socialcare/conversation';
import { getSurfaceFacts, isSurfaceOf, surfacesOf } from 'socialcare/platforms';
import { describe, expect, it } from 'vitest';
import { BASE, conversationOf, type TestMessage } from './conversation-fixtures';

const HOUR_MINUTES = 60;

const texts = [
  'is the app down?',
  'my card is 4111 1111 1111 1111',
  'email me at ana@example.com',
  'can I DM you?',
  'still broken',
  'order #112-3456789-1234567 never came',
  'call me on +44 20 7946 0958',
  'thanks!',
  'my password is Tr0ub4dor&3',
];

const messageArb: fc.Arbitrary<TestMessage> = fc.record({
  from: fc.constantFrom('customer' as const, 'agent' as const),
  visibility: fc.constantFrom('public' as const, 'private' as const),
  text: fc.constantFrom(...texts),
  minute: fc.integer({ min: 0, max: 10 * 24 * HOUR_MINUTES }),
});

const ruleArb: fc.Arbitrary<ChannelRule[]> = fc
  .tuple(
    fc.subarray([...DEFAULT_CHANNEL_RULES]),
    fc.integer({ min: 1, max: 6 }),
    fc.constantFrom('email' as const, 'phone' as const),
  )
  .chain(([rules, maxTurns, channel]) =>
    fc.shuffledSubarray(rules, { minLength: rules.length, maxLength: rules.length }).map((ordered) => [
      ...ordered,
      { id: 'extra-turns', when: 'public-turns', maxTurns, action: 'move-to-private' } as ChannelRule,
      {
        id: 'extra-tag',
        when: 'tagged',
        tags: ['vip'],
        action: 'move-off-platform',
        channel,
      } as ChannelRule,
    ]),
  );

const caseArb = fc.record({
  platform: fc.constantFrom(...(PLATFORMS as readonly Platform[])),
  messages: fc.array(messageArb, { minLength: 1, maxLength: 8 }),
  tags: fc.subarray(['billing', 'identity-verification', 'vip', 'shipping', 'account-access']),
  rules: ruleArb,
  atMinute: fc.integer({ min: 0, max: 12 * 24 * HOUR_MINUTES }),
  draft: fc.option(
    fc.record({
      text: fc.constantFrom('ok', 'word '.repeat(300), 'your card 4111 1111 1111 1111'),
      attachments: fc.array(fc.record({ kind: fc.constantFrom('image' as const, 'file' as const) }), {
        maxLength: 2,
      }),
    }),
    { nil: undefined },
  ),
  sender: fc.constantFrom('human' as const, 'bot' as const),
});

describe('decideChannel properties', () => {
  it('is a pure function of its inputs (same inputs, same decision; inputs untouched)', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const conversation = conversationOf(input.platform, input.messages, input.tags);
        const policy = createChannelPolicy(input.rules);
        const options = {
          at: BASE + input.atMinute * 60_000,
          sender: input.sender,
          ...(input.draft ? { draft: input.draft } : {}),
        };
        const before = JSON.stringify([conversation, policy.rules, options]);
        const first = decideChannel(conversation, policy, options);
        const again = decideChannel(
          structuredClone(conversation),
          createChannelPolicy(structuredClone(input.rules)),
          structuredClone(options),
        );
        expect(again).toEqual(first);
        expect(JSON.stringify([conversation, policy.rules, options])).toBe(before);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('never targets a surface the platform lacks, and every decision is well formed', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const conversation = conversationOf(input.platform, input.messages, input.tags);
        const decision = decideChannel(conversation, createChannelPolicy(input.rules), {
          at: BASE + input.atMinute * 60_000,
          sender: input.sender,
          ...(input.draft ? { draft: input.draft } : {}),
        });
        expect(CHANNEL_ACTIONS).toContain(decision.action);
        expect(decision.reasons.length).toBeGreaterThan(0);
        for (const reason of decision.reasons) {
          expect(reason.code).not.toBe('');
          expect(reason.message.length).toBeGreaterThan(10);
        }
        const { target } = decision;
        if (decision.action === 'cannot-reply') expect(target).toBeNull();
        else expect(target).not.toBeNull();
        if (target !== null) {
          if (target.channel === 'phone') expect(target.surface).toBeNull();
          else {
            expect(target.surface).not.toBeNull();
            expect(isSurfaceOf(target.channel, target.surface!)).toBe(true);
            expect(surfacesOf(target.channel)).toContain(target.surface);
            expect(getSurfaceFacts(target.channel, target.surface!).visibility).toBe(target.visibility);
          }
        }
        const moves = decision.action === 'move-to-private' || decision.action === 'move-off-platform';
        expect(decision.event !== undefined).toBe(moves);
        expect(decision.handoff !== undefined).toBe(moves);
        if (decision.action === 'move-to-private') expect(target?.channel).toBe(input.platform);
        if (decision.handoff) {
          expect(isSurfaceOf(decision.handoff.from.platform, decision.handoff.from.surface)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { type Message, threadMessages } from 'socialcare/conversation';
import { describe, expect, it } from 'vitest';
import { referenceThreads } from './reference-threader';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Random message sets in the shapes that matter: two platforms, public reply trees (replies point
 * to an earlier message, or to one that is not in the data), private replies to later messages, private threads with and without
 * thread ids, outbound DMs that answer a message, long silences, several customers and accounts,
 * and duplicate deliveries. Small pools make collisions (same customer, same account, same
 * instant) common.
 */
const messagesArbitrary = fc
  .array(
    fc.record({
      platform: fc.constantFrom('x', 'facebook'),
      inbound: fc.boolean(),
      private: fc.boolean(),
      parent: fc.option(fc.nat(60), { nil: undefined }),
      missingParent: fc.boolean(),
      threadId: fc.option(fc.constantFrom('t1', 't2'), { nil: undefined }),
      customer: fc.constantFrom('c1', 'c2', 'c3'),
      account: fc.option(fc.constantFrom('acme', 'acme_help'), { nil: undefined }),
      step: fc.oneof(
        fc.constant(0),
        fc.integer({ min: 1, max: 90 * MINUTE }),
        fc.integer({ min: 20 * HOUR, max: 60 * HOUR }),
      ),
    }),
    { maxLength: 60 },
  )
  .map((specs) => {
    const messages: Message[] = [];
    let at = 1_700_000_000_000;
    specs.forEach((spec, i) => {
      at += spec.step;
      // Public replies point back (reply cycles are a unit test's business); private ones may
      // also point forward, to a message that comes later: bad data the threader must survive.
      const target = spec.parent === undefined || spec.parent === i ? undefined : specs[spec.parent];
      const usable =
        target !== undefined && target.platform === spec.platform && (spec.parent! < i || spec.private);
      const inReplyTo = spec.missingParent ? `gone-${i}` : usable ? String(1000 + spec.parent!) : undefined;
      messages.push({
        id: String(1000 + i),
        platform: spec.platform as Message['platform'],
        direction: spec.inbound ? 'inbound' : 'outbound',
        visibility: spec.private ? 'private' : 'public',
        author: spec.inbound ? { id: spec.customer, kind: 'customer' } : { id: 'agent', kind: 'agent' },
        text: `message ${i}`,
        createdAt: at,
        mentions: [],
        attachments: [],
        ...(inReplyTo === undefined ? {} : { inReplyTo }),
        ...(spec.threadId === undefined || !spec.private ? {} : { threadId: spec.threadId }),
        ...(spec.account === undefined ? {} : { accountId: spec.account }),
      });
    });
    return messages;
  });

const withDuplicatesShuffled = (messages: Message[]) =>
  fc
    .shuffledSubarray(messages, { minLength: 0, maxLength: Math.min(messages.length, 5) })
    .chain((duplicates) =>
      fc.shuffledSubarray([...messages, ...duplicates], { minLength: messages.length + duplicates.length }),
    );

const summary = (messages: readonly Message[], gap: number) =>
  threadMessages(messages, { privateGapMs: gap }).map((c) => ({
    id: c.id,
    messageIds: c.messages.map((m) => m.id),
    linked: c.links.map((link) => link.conversationId),
  }));

describe('threadMessages (properties)', () => {
  it('agrees with the slow reference threader written from the definitions', () => {
    fc.assert(
      fc.property(messagesArbitrary, fc.constantFrom(HOUR, 24 * HOUR), (messages, gap) => {
        expect(summary(messages, gap)).toEqual(referenceThreads(messages, gap, 24 * HOUR));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same conversations whatever the input order, duplicates included', () => {
    fc.assert(
      fc.property(
        messagesArbitrary.chain((messages) =>
          fc.tuple(fc.constant(messages), withDuplicatesShuffled(messages)),
        ),
        ([messages, shuffled]) => {
          expect(threadMessages(shuffled)).toEqual(threadMessages(messages));
        },
      ),
      { numRuns: 500 },
    );
  });
});

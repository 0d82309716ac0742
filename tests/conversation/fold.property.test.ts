import fc from 'fast-check';
import {
  applyEvent,
  type ConversationEvent,
  foldConversation,
  type Message,
  startConversation,
} from 'socialcare/conversation';
import { generateSampleData } from 'socialcare/testing';
import { describe, expect, it } from 'vitest';

const CONVERSATION = 'c1';

function message(id: string, inbound: boolean, at: number): Message {
  return {
    id,
    platform: 'x',
    direction: inbound ? 'inbound' : 'outbound',
    visibility: 'public',
    author: inbound ? { id: 'customer-1', kind: 'customer' } : { id: 'sandra-paredes', kind: 'agent' },
    text: `text of ${id}`,
    createdAt: at,
    mentions: [],
    attachments: [],
    accountId: 'AcmeCare',
  };
}

/** An arbitrary event log of one conversation: messages plus events that touch them (or unknown ones). */
const eventLog: fc.Arbitrary<ConversationEvent[]> = fc
  .tuple(
    fc.array(fc.record({ inbound: fc.boolean(), at: fc.integer({ min: 0, max: 50 }) }), {
      minLength: 1,
      maxLength: 6,
    }),
    fc.array(
      fc.record({
        kind: fc.constantFrom(
          'edit',
          'delete',
          'status',
          'tag',
          'assign',
          'survey',
          'react',
          'delivered',
          'link',
        ),
        target: fc.integer({ min: 0, max: 7 }), // 6 and 7 name messages that never arrive
        at: fc.integer({ min: 0, max: 60 }),
        pick: fc.integer({ min: 0, max: 6 }),
      }),
      { maxLength: 14 },
    ),
  )
  .map(([messages, others]) => {
    const events: ConversationEvent[] = messages.map((m, i) => {
      const msg = message(`m${i}`, m.inbound, m.at);
      return m.inbound
        ? { id: `m${i}`, type: 'message-received', at: m.at, conversationId: CONVERSATION, message: msg }
        : { id: `m${i}`, type: 'message-sent', at: m.at, conversationId: CONVERSATION, message: msg };
    });
    others.forEach((o, i) => {
      const base = { id: `e${i}`, at: o.at, conversationId: CONVERSATION };
      const messageId = `m${o.target}`;
      switch (o.kind) {
        case 'edit':
          events.push({ ...base, type: 'message-edited', messageId, text: `edit ${i}` });
          break;
        case 'delete':
          events.push({ ...base, type: 'message-deleted', messageId, by: 'customer' });
          break;
        case 'status':
          events.push({
            ...base,
            type: 'conversation-status-changed',
            status: (
              [
                'open',
                'pending-customer',
                'pending-internal',
                'on-hold',
                'resolved',
                'closed',
                'open',
              ] as const
            )[o.pick]!,
          });
          break;
        case 'tag':
          events.push({
            ...base,
            type: 'conversation-tagged',
            added: [`t${o.pick}`],
            removed: o.pick % 2 ? ['t1'] : [],
          });
          break;
        case 'assign':
          events.push({
            ...base,
            type: 'conversation-assigned',
            agentId: o.pick === 0 ? null : `agent-${o.pick}`,
          });
          break;
        case 'survey':
          events.push({ ...base, type: 'survey-answered', survey: 'csat', score: 1 + (o.pick % 5) });
          break;
        case 'react':
          events.push({
            ...base,
            type: 'message-reacted',
            messageId,
            reaction: o.pick % 2 ? '👍' : '❤️',
            by: { id: 'customer-1', kind: 'customer' },
            removed: o.pick === 4,
          });
          break;
        case 'delivered':
          events.push({
            ...base,
            type: 'message-delivered',
            messageId,
            status: o.pick % 2 ? 'read' : 'delivered',
          });
          break;
        case 'link':
          events.push({
            ...base,
            type: 'conversation-linked',
            kind: 'public-to-private',
            target: { channel: 'x', visibility: 'private', conversationId: `x:${o.pick}` },
          });
          break;
      }
    });
    return events;
  });

/** A log with a random arrival order and some events delivered twice (as separate copies). */
const deliveries = eventLog.chain((events) =>
  fc.tuple(
    fc.constant(events),
    fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
    fc.subarray(events),
  ),
);

describe('foldConversation properties', () => {
  it('is idempotent: duplicated deliveries change nothing', () => {
    fc.assert(
      fc.property(deliveries, ([events, , duplicates]) => {
        const withDuplicates = [...events, ...duplicates.map((e) => structuredClone(e))];
        expect(foldConversation(withDuplicates)).toEqual(foldConversation(events));
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the arrival order', () => {
    fc.assert(
      fc.property(deliveries, ([events, shuffled, duplicates]) => {
        expect(foldConversation([...shuffled, ...duplicates])).toEqual(foldConversation(events));
      }),
      { numRuns: 300 },
    );
  });

  it('loses nothing: every event is in the log, every message in the state, deleted ones as tombstones', () => {
    fc.assert(
      fc.property(deliveries, ([events, shuffled]) => {
        const state = foldConversation(shuffled);
        expect(new Set(state.events.map((e) => e.id))).toEqual(new Set(events.map((e) => e.id)));
        expect(state.events).toHaveLength(new Set(events.map((e) => e.id)).size);
        const messageIds = new Set(state.messages.map((m) => m.id));
        for (const event of events) {
          if (event.type === 'message-received' || event.type === 'message-sent') {
            expect(messageIds.has(event.message.id)).toBe(true);
          }
          if (event.type === 'message-deleted') {
            const target = state.messages.find((m) => m.id === event.messageId);
            if (target) expect(target.deletedAt).toBeDefined();
            else expect(state.unresolved.some((e) => e.id === event.id)).toBe(true);
          }
          if (event.type === 'message-edited' && messageIds.has(event.messageId)) {
            const target = state.messages.find((m) => m.id === event.messageId)!;
            expect([target.text, ...target.revisions.map((r) => r.text)]).toContain(event.text);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('applyEvent one by one, in any order, equals foldConversation', () => {
    fc.assert(
      fc.property(deliveries, ([events, shuffled, duplicates]) => {
        const arrivals = [...shuffled, ...duplicates];
        let state = startConversation(arrivals[0]!);
        for (const event of arrivals.slice(1)) state = applyEvent(state, event);
        expect(state).toEqual(foldConversation(events));
      }),
      { numRuns: 300 },
    );
  });

  it('holds on realistic generated logs too', () => {
    const sample = generateSampleData({ seed: 11, conversations: 300 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: sample.conversations.length - 1 }),
        fc.integer(),
        (index, salt) => {
          const events = sample.conversations[index]!.events;
          const shuffled = [...events];
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = Math.abs((salt ^ (i * 2_654_435_761)) % (i + 1));
            [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
          }
          const expected = foldConversation(events);
          expect(foldConversation([...shuffled, ...shuffled.slice(0, 3)])).toEqual(expected);
          let state = startConversation(shuffled[0]!);
          for (const event of shuffled.slice(1)) state = applyEvent(state, event);
          expect(state).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});

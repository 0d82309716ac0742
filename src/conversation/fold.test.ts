import { describe, expect, it } from 'vitest';
import { message, messageEvent } from '../../tests/support/messages';
import { CareValidationError } from '../shared/errors';
import type { ConversationEvent } from './events';
import { applyEvent, foldConversation } from './fold';

const C = 'x:1';
const base: ConversationEvent[] = [
  messageEvent(C, message('1', 'inbound', 1_000)),
  messageEvent(C, message('2', 'outbound', 5_000, { inReplyTo: '1' })),
  { id: 's1', type: 'conversation-status-changed', at: 6_000, conversationId: C, status: 'pending-customer' },
  messageEvent(C, message('3', 'inbound', 9_000, { inReplyTo: '2' })),
  { id: 's2', type: 'conversation-status-changed', at: 9_500, conversationId: C, status: 'open' },
  { id: 's3', type: 'conversation-status-changed', at: 12_000, conversationId: C, status: 'resolved' },
];

describe('foldConversation', () => {
  it('folds messages and statuses into state', () => {
    const state = foldConversation(base);
    expect(state.id).toBe(C);
    expect(state.messages.map((m) => m.id)).toEqual(['1', '2', '3']);
    expect(state.status).toBe('resolved');
    expect(state.statusHistory).toEqual([
      { status: 'new', from: 1_000, to: 6_000 },
      { status: 'pending-customer', from: 6_000, to: 9_500 },
      { status: 'open', from: 9_500, to: 12_000 },
      { status: 'resolved', from: 12_000 },
    ]);
    expect(state.accountId).toBe('AcmeCare');
    expect(state.platform).toBe('x');
    expect(state.createdAt).toBe(1_000);
    expect(state.updatedAt).toBe(12_000);
  });

  it('ignores duplicate deliveries of an event id', () => {
    const once = foldConversation(base);
    const twice = foldConversation([...base, ...base]);
    expect(twice).toEqual(once);
  });

  it('gives the same state whatever the arrival order', () => {
    expect(foldConversation([...base].reverse())).toEqual(foldConversation(base));
  });

  it('keeps edit history and delete tombstones', () => {
    const state = foldConversation([
      ...base,
      { id: 'e1', type: 'message-edited', at: 2_000, conversationId: C, messageId: '1', text: 'first edit' },
      { id: 'e2', type: 'message-edited', at: 3_000, conversationId: C, messageId: '1', text: 'second edit' },
      { id: 'd1', type: 'message-deleted', at: 4_000, conversationId: C, messageId: '1', by: 'customer' },
    ]);
    const first = state.messages[0]!;
    expect(first.text).toBe('second edit');
    expect(first.revisions.map((r) => r.text)).toEqual(['@AcmeCare my order is late', 'first edit']);
    expect(first.deletedAt).toBe(4_000);
    expect(first.deletedBy).toBe('customer');
    expect(state.messages).toHaveLength(3);
  });

  it('holds events that name a message not seen yet, and applies them when it arrives', () => {
    const edit: ConversationEvent = {
      id: 'e1',
      type: 'message-edited',
      at: 500,
      conversationId: C,
      messageId: '1',
      text: 'x',
    };
    const without = foldConversation([edit]);
    expect(without.unresolved).toEqual([edit]);
    const withMessage = foldConversation([edit, ...base]);
    expect(withMessage.unresolved).toEqual([]);
    expect(withMessage.messages[0]?.text).toBe('x');
  });

  it('records assignments, tags, priority, links, surveys and delivery', () => {
    const state = foldConversation([
      ...base,
      {
        id: 'a1',
        type: 'conversation-assigned',
        at: 2_000,
        conversationId: C,
        agentId: 'sandra',
        agentName: 'Sandra Paredes',
      },
      {
        id: 't1',
        type: 'conversation-tagged',
        at: 2_100,
        conversationId: C,
        added: ['billing', 'vip'],
        removed: [],
      },
      { id: 't2', type: 'conversation-tagged', at: 2_200, conversationId: C, added: [], removed: ['vip'] },
      { id: 'p1', type: 'conversation-prioritized', at: 2_300, conversationId: C, priority: 'high' },
      {
        id: 'l1',
        type: 'conversation-linked',
        at: 7_000,
        conversationId: C,
        kind: 'public-to-private',
        target: { channel: 'x', visibility: 'private' },
      },
      { id: 'q1', type: 'survey-answered', at: 13_000, conversationId: C, survey: 'csat', score: 5 },
      { id: 'f1', type: 'message-failed', at: 5_500, conversationId: C, messageId: '2', code: '131047' },
    ]);
    expect(state.assignee).toEqual({ agentId: 'sandra', agentName: 'Sandra Paredes' });
    expect(state.tags).toEqual(['billing']);
    expect(state.priority).toBe('high');
    expect(state.links).toEqual([
      { kind: 'public-to-private', at: 7_000, channel: 'x', visibility: 'private' },
    ]);
    expect(state.surveys).toEqual([{ survey: 'csat', score: 5, at: 13_000 }]);
    expect(state.messages[1]?.delivery).toBe('failed');
    expect(state.messages[1]?.failure).toEqual({ code: '131047' });
  });

  it('rejects an empty log and a log that mixes conversations', () => {
    expect(() => foldConversation([])).toThrow(CareValidationError);
    expect(() => foldConversation([...base, messageEvent('x:2', message('9', 'inbound', 1))])).toThrow(
      /fold each conversation/,
    );
  });
});

describe('applyEvent', () => {
  it('equals the fold of the whole log, even for late events', () => {
    let state = foldConversation([base[0]!]);
    for (const event of [base[3]!, base[1]!, base[5]!, base[2]!, base[4]!]) state = applyEvent(state, event);
    expect(state).toEqual(foldConversation(base));
  });

  it('returns the same object for a duplicate', () => {
    const state = foldConversation(base);
    expect(applyEvent(state, base[2]!)).toBe(state);
  });

  it('does not change the state it was given', () => {
    const state = foldConversation(base.slice(0, 2));
    const snapshot = JSON.stringify(state);
    applyEvent(state, base[2]!);
    expect(JSON.stringify(state)).toBe(snapshot);
  });

  it('rejects an event of another conversation without touching the state', () => {
    const state = foldConversation(base);
    expect(() => applyEvent(state, messageEvent('x:2', message('9', 'inbound', 1)))).toThrow(
      CareValidationError,
    );
  });
});

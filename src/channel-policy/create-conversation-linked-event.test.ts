import { describe, expect, it } from 'vitest';
import { applyEvent, foldConversation, parseConversationEvent } from '../conversation';
import { createConversationLinkedEvent } from './create-conversation-linked-event';

const conversation = foldConversation([
  parseConversationEvent({
    id: 'e1',
    type: 'message-received',
    at: '2026-03-01T10:00:00Z',
    conversationId: 'c9',
    message: {
      id: 'm1',
      platform: 'facebook',
      direction: 'inbound',
      visibility: 'public',
      author: { id: 'u1', kind: 'customer' },
      text: 'help',
      createdAt: '2026-03-01T10:00:00Z',
    },
  }),
]);

describe('createConversationLinkedEvent', () => {
  it('builds a valid conversation-linked event that folds into a link', () => {
    const event = createConversationLinkedEvent(
      conversation,
      { channel: 'facebook', surface: 'messenger', visibility: 'private' },
      { at: '2026-03-01T10:05:00Z', reason: 'customer-asked-for-private' },
    );
    expect(parseConversationEvent(event)).toEqual(event);
    expect(event).toMatchObject({
      kind: 'public-to-private',
      conversationId: 'c9',
      reason: 'customer-asked-for-private',
    });
    const next = applyEvent(conversation, event);
    expect(next.links).toEqual([
      expect.objectContaining({
        kind: 'public-to-private',
        channel: 'facebook',
        surface: 'messenger',
        visibility: 'private',
      }),
    ]);
  });

  it('is a channel switch off the platform, with an address and a deterministic id', () => {
    const options = { at: Date.UTC(2026, 2, 1, 11), address: 'ana@example.com' };
    const target = { channel: 'email', surface: 'email', visibility: 'private' } as const;
    const event = createConversationLinkedEvent(conversation, target, options);
    expect(event.kind).toBe('channel-switch');
    expect(event.target).toEqual({
      channel: 'email',
      surface: 'email',
      visibility: 'private',
      address: 'ana@example.com',
    });
    expect(createConversationLinkedEvent(conversation, target, options).id).toBe(event.id);
    const phone = createConversationLinkedEvent(
      conversation,
      { channel: 'phone', surface: null, visibility: 'private' },
      options,
    );
    expect(phone.target).not.toHaveProperty('surface');
    expect(parseConversationEvent(phone).type).toBe('conversation-linked');
  });
});

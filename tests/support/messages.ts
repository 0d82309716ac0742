import type { ConversationEvent, Message } from 'socialcare/conversation';

/** Builds a test message with sensible defaults. */
export function message(
  id: string,
  direction: 'inbound' | 'outbound',
  createdAt: number,
  extra: Partial<Message> = {},
): Message {
  return {
    id,
    platform: 'x',
    direction,
    visibility: 'public',
    author:
      direction === 'inbound'
        ? { id: 'customer-1', kind: 'customer' }
        : { id: 'agent-1', kind: 'agent', displayName: 'Sandra Paredes' },
    text: direction === 'inbound' ? '@AcmeCare my order is late' : 'Sorry to hear that! ^SP',
    createdAt,
    mentions: direction === 'inbound' ? ['AcmeCare'] : [],
    attachments: [],
    ...(direction === 'outbound' ? { accountId: 'AcmeCare' } : {}),
    ...extra,
  };
}

/** Wraps a message in its received/sent event. */
export function messageEvent(conversationId: string, m: Message, id = `m-${m.id}`): ConversationEvent {
  return m.direction === 'inbound'
    ? { id, type: 'message-received', at: m.createdAt, conversationId, message: m }
    : { id, type: 'message-sent', at: m.createdAt, conversationId, message: m };
}

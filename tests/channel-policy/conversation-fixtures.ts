import {
  type Conversation,
  type ConversationEvent,
  foldConversation,
  type Platform,
  parseConversationEvent,
} from 'socialcare/conversation';

/** A message in a compact test form. */
export interface TestMessage {
  readonly from: 'customer' | 'agent';
  readonly visibility: 'public' | 'private';
  readonly text: string;
  /** Minutes after the base instant. */
  readonly minute: number;
}

/** 2026-03-01T10:00:00Z. */
export const BASE = Date.UTC(2026, 2, 1, 10, 0, 0);
export const MINUTE = 60_000;

/** Folds a conversation from compact messages and tags. */
export function conversationOf(
  platform: Platform,
  messages: readonly TestMessage[],
  tags: readonly string[] = [],
  id = 'c1',
): Conversation {
  const events: ConversationEvent[] = messages.map((m, index) =>
    parseConversationEvent({
      id: `e${index}`,
      type: m.from === 'customer' ? 'message-received' : 'message-sent',
      at: BASE + m.minute * MINUTE,
      conversationId: id,
      message: {
        id: `m${index}`,
        platform,
        direction: m.from === 'customer' ? 'inbound' : 'outbound',
        visibility: m.visibility,
        author: m.from === 'customer' ? { id: 'u1', kind: 'customer' } : { id: 'a1', kind: 'agent' },
        text: m.text,
        createdAt: BASE + m.minute * MINUTE,
      },
    }),
  );
  if (tags.length > 0) {
    events.push(
      parseConversationEvent({
        id: 'tags',
        type: 'conversation-tagged',
        at: BASE + 1,
        conversationId: id,
        added: [...tags],
      }),
    );
  }
  return foldConversation(events);
}

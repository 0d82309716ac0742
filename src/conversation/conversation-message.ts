import type { ConversationMessage } from './conversation';
import { EMPTY_LIST } from './empty-list';
import type { Message } from './message';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Copies a message into conversation state, with empty revision and reaction lists (the shared
 * frozen {@link EMPTY_LIST}). Fields are
 * copied one by one in a fixed order so that every state message shares one V8 hidden class: a
 * spread of messages with varying optional fields gives nearly every message its own, which
 * makes every later read of a message field slow.
 * @internal
 */
export function toConversationMessage(message: Message): ConversationMessage {
  const copy: Mutable<ConversationMessage> = {
    id: message.id,
    platform: message.platform,
    direction: message.direction,
    visibility: message.visibility,
    author: message.author,
    text: message.text,
    createdAt: message.createdAt,
    mentions: message.mentions,
    attachments: message.attachments,
    revisions: EMPTY_LIST,
    reactions: EMPTY_LIST,
  };
  if (message.receivedAt !== undefined) copy.receivedAt = message.receivedAt;
  if (message.inReplyTo !== undefined) copy.inReplyTo = message.inReplyTo;
  if (message.accountId !== undefined) copy.accountId = message.accountId;
  if (message.threadId !== undefined) copy.threadId = message.threadId;
  if (message.raw !== undefined) copy.raw = message.raw;
  return copy;
}

import type { Conversation, ConversationMessage } from '../conversation';

/** The brand account behind a brand message: its account, else its author. @internal */
export function accountOfMessage(message: ConversationMessage): string {
  return message.accountId ?? message.author.handle ?? message.author.id;
}

/**
 * The root of a conversation: the message named by the conversation id (`platform:messageId`),
 * else the earliest message whose parent is not in the conversation, else the earliest message.
 *
 * @example
 * ```ts
 * conversationRoot(conversation)?.id;
 * ```
 */
export function conversationRoot(conversation: Conversation): ConversationMessage | undefined {
  const messages = conversation.messages;
  const first = messages[0];
  if (!first || messages.length === 1) return first;
  const id = conversation.id;
  if (first.inReplyTo === undefined && id.endsWith(first.id)) return first;
  const colon = id.indexOf(':');
  const rootId = colon >= 0 ? id.slice(colon + 1) : id;
  if (first.id === rootId) return first;
  for (const message of messages) if (message.id === rootId) return message;
  for (const message of messages) {
    const parent = message.inReplyTo;
    if (parent === undefined || !hasMessage(messages, parent)) return message;
  }
  return first;
}

/** Whether a message with this id is in the list. @internal */
export function hasMessage(messages: readonly ConversationMessage[], id: string): boolean {
  for (const message of messages) if (message.id === id) return true;
  return false;
}

import type { Conversation, ConversationMessage } from '../conversation';

/**
 * The first inbound (customer) message of a conversation, if any.
 *
 * @example
 * ```ts
 * firstCustomerMessage(state)?.createdAt;
 * ```
 */
export function firstCustomerMessage(conversation: Conversation): ConversationMessage | undefined {
  for (const message of conversation.messages) if (message.direction === 'inbound') return message;
  return undefined;
}

import type { Conversation, ConversationMessage } from '../conversation';
import { firstCustomerMessage } from './first-customer-message';
import { isBrandResponse, type ResponseOptions } from './response-options';

/**
 * The first response: the earliest brand message anywhere in the conversation at or after the first
 * customer message (it need not answer that message directly); ties break on the smaller id.
 *
 * @example
 * ```ts
 * const reply = firstResponse(state);
 * const ms = reply && reply.createdAt - firstCustomerMessage(state)!.createdAt;
 * ```
 */
export function firstResponse(
  conversation: Conversation,
  options: ResponseOptions = {},
): ConversationMessage | undefined {
  const first = firstCustomerMessage(conversation);
  if (!first) return undefined;
  for (const message of conversation.messages) {
    if (message.createdAt >= first.createdAt && isBrandResponse(message, options)) return message;
  }
  return undefined;
}

/**
 * Milliseconds from the first customer message to the first response, or `undefined` when unanswered.
 *
 * @example
 * ```ts
 * firstResponseTime(state); // 540000
 * ```
 */
export function firstResponseTime(
  conversation: Conversation,
  options: ResponseOptions = {},
): number | undefined {
  const first = firstCustomerMessage(conversation);
  const reply = firstResponse(conversation, options);
  return first && reply ? reply.createdAt - first.createdAt : undefined;
}

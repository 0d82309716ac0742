import type { Conversation } from '../conversation';

/**
 * Who started a conversation, as the KPI definitions need it:
 * - `customer`: the root is a customer message that replies to nothing (a measured conversation);
 * - `brand`: the root is a brand message (a campaign post customers answered);
 * - `orphan`: the root replies to a message outside the data;
 * - `empty`: no messages.
 *
 * @example
 * ```ts
 * conversationOrigin(state) === 'customer'; // measured
 * ```
 */
export function conversationOrigin(conversation: Conversation): 'customer' | 'brand' | 'orphan' | 'empty' {
  const root = conversation.messages[0];
  if (!root) return 'empty';
  if (root.inReplyTo !== undefined && !conversation.messages.some((m) => m.id === root.inReplyTo))
    return 'orphan';
  return root.direction === 'inbound' ? 'customer' : 'brand';
}

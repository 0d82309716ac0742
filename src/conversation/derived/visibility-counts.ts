import type { Conversation } from '../conversation';

/** Message counts of a conversation by visibility and direction. */
export interface VisibilityCounts {
  readonly public: number;
  readonly private: number;
  readonly inbound: number;
  readonly outbound: number;
}

/**
 * Counts a conversation's messages by visibility (public/private) and direction.
 *
 * @example
 * ```ts
 * visibilityCounts(state); // { public: 3, private: 2, inbound: 3, outbound: 2 }
 * ```
 */
export function visibilityCounts(conversation: Conversation): VisibilityCounts {
  let publicCount = 0;
  let inbound = 0;
  for (const message of conversation.messages) {
    if (message.visibility === 'public') publicCount++;
    if (message.direction === 'inbound') inbound++;
  }
  const total = conversation.messages.length;
  return { public: publicCount, private: total - publicCount, inbound, outbound: total - inbound };
}

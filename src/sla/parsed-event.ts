import type { ConversationEvent } from '../conversation/events';

/**
 * Whether an event is already in parsed form (instants as epoch ms, a message's mentions and a tag
 * change's lists present), so the monitor can take it without parsing it again.
 * @internal
 */
export function isParsed(event: ConversationEvent): boolean {
  if (typeof event !== 'object' || event === null || typeof event.at !== 'number') return false;
  if (event.type === 'message-received' || event.type === 'message-sent') {
    const message = event.message as { createdAt?: unknown; mentions?: unknown } | undefined;
    return typeof message?.createdAt === 'number' && Array.isArray(message.mentions);
  }
  return event.type !== 'conversation-tagged' || (Array.isArray(event.added) && Array.isArray(event.removed));
}

import type { Conversation, ConversationMessage } from '../conversation';
import { ConversationBuilder } from '../conversation-builder';
import { toConversationMessage } from '../conversation-message';
import { EMPTY_LIST } from '../empty-list';
import type { ConversationEvent } from '../events';
import type { Message } from '../message';
import { compareEvents } from '../ordering';
import type { ThreadGroup } from './thread-group';

/**
 * The state of a threaded conversation, whose messages are sorted: equal to `foldConversation` of its message events (and
 * link events for joined private parts).
 * @internal
 */
export function threadConversation(group: ThreadGroup): Conversation {
  return group.linked ? linkedConversation(group) : messageConversation(group);
}

/**
 * A conversation made of messages only, built directly: what `ConversationBuilder.finish` gives
 * for the same message events, without the builder's maps (one message object and one event
 * object per message, the empty lists shared).
 */
function messageConversation(group: ThreadGroup): Conversation {
  const id = group.id;
  const sorted = group.messages; // sorted by sortThreadGroup
  const count = sorted.length;
  const messages: ConversationMessage[] = new Array(count);
  const events: ConversationEvent[] = new Array(count);
  let firstOutbound: string | undefined;
  let firstInbound: string | undefined;
  let updatedAt = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const message = sorted[i]!;
    messages[i] = toConversationMessage(message);
    events[i] = messageEvent(id, message);
    if (message.createdAt > updatedAt) updatedAt = message.createdAt;
    if (message.accountId !== undefined && firstOutbound === undefined) {
      if (message.direction === 'outbound') firstOutbound = message.accountId;
      else firstInbound ??= message.accountId;
    }
  }
  const first = sorted[0]!;
  return {
    id,
    platform: first.platform,
    accountId: firstOutbound ?? firstInbound,
    status: 'new',
    statusHistory: [{ status: 'new', from: first.createdAt }],
    messages,
    assignee: undefined,
    assignments: EMPTY_LIST,
    tags: EMPTY_LIST,
    priority: undefined,
    links: EMPTY_LIST,
    surveys: EMPTY_LIST,
    createdAt: first.createdAt,
    updatedAt,
    events,
    unresolved: EMPTY_LIST,
  };
}

/** A public conversation with private parts joined to it: folded, with a link event per part. */
function linkedConversation(group: ThreadGroup): Conversation {
  const id = group.id;
  const events: ConversationEvent[] = [];
  for (const message of group.messages) events.push(messageEvent(id, message));
  for (const part of group.linked ?? []) {
    const first = part.messages[0]!;
    events.push({
      id: `link:${part.id}`,
      type: 'conversation-linked',
      at: first.createdAt,
      conversationId: id,
      kind: 'public-to-private',
      target: { channel: first.platform, visibility: 'private', conversationId: part.id },
    });
    for (const message of part.messages) events.push(messageEvent(id, message));
  }
  events.sort(compareEvents);
  const builder = new ConversationBuilder(id);
  for (const event of events) builder.apply(event);
  return builder.finish();
}

function messageEvent(conversationId: string, message: Message): ConversationEvent {
  return message.direction === 'inbound'
    ? { id: message.id, type: 'message-received', at: message.createdAt, conversationId, message }
    : { id: message.id, type: 'message-sent', at: message.createdAt, conversationId, message };
}

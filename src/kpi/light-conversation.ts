import { type Conversation, type ConversationMessage, compareMessages, type Message } from '../conversation';

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Builds the state of a public reply tree straight from its messages, without an event log: what
 * `threadMessages` gives for a tree with one root, minus `events` (left empty). Returns
 * `undefined` when the messages do not form exactly one public tree (the caller then falls back
 * to `threadMessages`). Used by the streaming readers, where the fold would dominate the cost.
 * @internal
 */
export function lightConversation(messages: Message[]): Conversation | undefined {
  let root: Message | undefined;
  const ids = new Set<string>();
  for (const message of messages) {
    if (message.visibility !== 'public') return undefined;
    ids.add(message.id);
  }
  if (ids.size !== messages.length) return undefined; // duplicates: let the fold dedupe them
  for (const message of messages) {
    if (message.inReplyTo === undefined || !ids.has(message.inReplyTo)) {
      if (root !== undefined) return undefined;
      root = message;
    }
  }
  if (!root) return undefined;
  messages.sort(compareMessages);
  const list: ConversationMessage[] = [];
  let firstOutbound: string | undefined;
  let firstInbound: string | undefined;
  for (const message of messages) {
    list.push(
      (message as Partial<ConversationMessage>).revisions
        ? (message as ConversationMessage)
        : { ...message, revisions: EMPTY, reactions: EMPTY },
    );
    if (message.accountId === undefined || firstOutbound !== undefined) continue;
    if (message.direction === 'outbound') firstOutbound = message.accountId;
    else firstInbound ??= message.accountId;
  }
  const first = list[0]!;
  const createdAt = first.createdAt;
  return {
    id: `${root.platform}:${root.id}`,
    platform: first.platform,
    accountId: firstOutbound ?? firstInbound,
    status: 'new',
    statusHistory: [{ status: 'new', from: createdAt }],
    messages: list,
    assignee: undefined,
    assignments: EMPTY,
    tags: EMPTY,
    priority: undefined,
    links: EMPTY,
    surveys: EMPTY,
    createdAt,
    updatedAt: list[list.length - 1]!.createdAt,
    events: EMPTY,
    unresolved: EMPTY,
  };
}

import { DAY } from '../shared/duration';
import type { Conversation } from './conversation';
import type { Message } from './message';
import { linkPrivateParts } from './threading/link-private-parts';
import { MessageIndex } from './threading/message-index';
import { splitPrivateThreads } from './threading/private-threads';
import { groupReplyTrees } from './threading/reply-trees';
import { threadConversation } from './threading/thread-conversation';
import { describeParties, sortThreadGroup } from './threading/thread-group';

/** Options of {@link threadMessages}. */
export interface ThreadOptions {
  /** A private thread is split into a new conversation after this much silence. Default 24 h. */
  readonly privateGapMs?: number;
  /**
   * Join a private thread to the public conversation it continues (same customer and brand account,
   * starting within `linkWindowMs` after the public conversation's last message). Default `true`.
   */
  readonly linkPrivateToPublic?: boolean;
  /** How soon after the public conversation the private part must start to be linked. Default 24 h. */
  readonly linkWindowMs?: number;
}

/**
 * Groups messages into conversations as the KPI definitions say:
 * - public messages by reply tree: each message belongs to the conversation of the root reached by
 *   following `inReplyTo` (a root whose parent is not in the data is an orphan root);
 * - private messages per thread (the message's `threadId`, else the thread of the earlier private
 *   message it answers, else its customer, or its author for an outbound message), split after an
 *   inactivity gap;
 * - a private part that continues a public conversation is joined to it, with a
 *   `conversation-linked` event, so the case stays one conversation.
 *
 * Conversation ids are `platform:rootMessageId`. The result is ordered by the root's time and does
 * not depend on the order of the input; duplicates (same platform and id) keep the first copy. Each
 * conversation equals `foldConversation` of its `events`.
 *
 * @example
 * ```ts
 * const conversations = threadMessages(messages, { privateGapMs: 12 * HOUR });
 * ```
 */
export function threadMessages(messages: Iterable<Message>, options: ThreadOptions = {}): Conversation[] {
  const gap = options.privateGapMs ?? DAY;
  const linkWindow = options.linkWindowMs ?? DAY;
  const index = new MessageIndex();
  const publics: number[] = [];
  const privates: number[] = [];
  for (const message of messages) {
    const position = index.messages.length;
    if (!index.add(message)) continue;
    if (message.visibility === 'private') privates.push(position);
    else publics.push(position);
  }

  const groups = groupReplyTrees(index, publics);
  for (const group of groups) sortThreadGroup(group);
  const privateGroups = splitPrivateThreads(index, privates, gap); // sorted as they are built
  if (options.linkPrivateToPublic !== false && privateGroups.length > 0) {
    for (const group of groups) describeParties(group);
    for (const group of privateGroups) describeParties(group);
    linkPrivateParts(groups, privateGroups, linkWindow);
  }
  for (const group of privateGroups) if (!group.merged) groups.push(group);

  const conversations: Conversation[] = new Array(groups.length);
  for (let i = 0; i < groups.length; i++) conversations[i] = threadConversation(groups[i]!);
  conversations.sort(byCreationThenId);
  return conversations;
}

function byCreationThenId(a: Conversation, b: Conversation): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

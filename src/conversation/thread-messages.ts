import { DAY } from '../shared/duration';
import type { Conversation } from './conversation';
import { ConversationBuilder } from './conversation-builder';
import type { ConversationEvent } from './events';
import type { Message } from './message';
import { compareEvents, compareMessages } from './ordering';

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

interface Group {
  readonly key: string;
  readonly platform: string;
  readonly messages: Message[];
  /** The customer and account, for linking. */
  customerId: string | undefined;
  accountId: string | undefined;
  linked: Group[] | undefined;
  merged: boolean;
}

/**
 * Groups messages into conversations as the KPI definitions say:
 * - public messages by reply tree: each message belongs to the conversation of the root reached by
 *   following `inReplyTo` (a root whose parent is not in the data is an orphan root);
 * - private messages per thread (`threadId`, else the customer) and brand account, split after an
 *   inactivity gap;
 * - a private part that continues a public conversation is joined to it, with a
 *   `conversation-linked` event, so the case stays one conversation.
 *
 * Conversation ids are `platform:rootMessageId`. The result is ordered by the root's time.
 *
 * @example
 * ```ts
 * const conversations = threadMessages(messages, { privateGapMs: 12 * HOUR });
 * ```
 */
export function threadMessages(messages: Iterable<Message>, options: ThreadOptions = {}): Conversation[] {
  const gap = options.privateGapMs ?? DAY;
  const linkWindow = options.linkWindowMs ?? DAY;
  const byId = new Map<string, Message>();
  const privates: Message[] = [];
  for (const message of messages) {
    const key = `${message.platform}:${message.id}`;
    if (byId.has(key)) continue;
    byId.set(key, message);
    if (message.visibility === 'private') privates.push(message);
  }

  const groups: Group[] = [];
  const publicGroups = new Map<string, Group>();
  const rootOf = new Map<string, string>();
  const path: string[] = [];
  for (const [key, message] of byId) {
    if (message.visibility !== 'public') continue;
    let root = rootOf.get(key);
    if (root === undefined) {
      let current = message;
      let currentKey = key;
      path.length = 0;
      for (;;) {
        const known = rootOf.get(currentKey);
        if (known !== undefined) {
          root = known;
          break;
        }
        path.push(currentKey);
        const parentKey =
          current.inReplyTo === undefined ? undefined : `${current.platform}:${current.inReplyTo}`;
        const parent = parentKey === undefined ? undefined : byId.get(parentKey);
        if (parent?.visibility !== 'public' || path.length > byId.size) {
          root = currentKey;
          break;
        }
        current = parent;
        currentKey = parentKey!;
      }
      for (const visited of path) rootOf.set(visited, root);
    }
    let group = publicGroups.get(root);
    if (!group) {
      group = {
        key: root,
        platform: message.platform,
        messages: [],
        customerId: undefined,
        accountId: undefined,
        linked: undefined,
        merged: false,
      };
      publicGroups.set(root, group);
      groups.push(group);
    }
    group.messages.push(message);
  }

  const privateGroups = splitPrivateThreads(privates, gap);
  for (const group of groups) describeParties(group);
  for (const group of privateGroups) describeParties(group);
  if (options.linkPrivateToPublic !== false && privateGroups.length > 0) {
    linkPrivateParts(groups, privateGroups, linkWindow);
  }
  for (const group of privateGroups) if (!group.merged) groups.push(group);

  const conversations: Conversation[] = [];
  for (const group of groups) conversations.push(buildConversation(group));
  conversations.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return conversations;
}

function splitPrivateThreads(privates: Message[], gap: number): Group[] {
  privates.sort(compareMessages);
  const threadOf = new Map<string, string>();
  const open = new Map<string, Group>();
  const groups: Group[] = [];
  for (const message of privates) {
    let thread = message.threadId;
    if (thread === undefined && message.inReplyTo !== undefined) {
      thread = threadOf.get(`${message.platform}:${message.inReplyTo}`);
    }
    thread ??=
      message.direction === 'inbound' ? `customer:${message.author.id}` : `author:${message.author.id}`;
    const threadKey = `${message.platform}:${thread}`;
    threadOf.set(`${message.platform}:${message.id}`, thread);
    let group = open.get(threadKey);
    const last = group?.messages[group.messages.length - 1];
    if (!group || !last || message.createdAt - last.createdAt > gap) {
      group = {
        key: `${message.platform}:${message.id}`,
        platform: message.platform,
        messages: [],
        customerId: undefined,
        accountId: undefined,
        linked: undefined,
        merged: false,
      };
      open.set(threadKey, group);
      groups.push(group);
    }
    group.messages.push(message);
  }
  return groups;
}

function describeParties(group: Group): void {
  for (const message of group.messages) {
    if (group.customerId === undefined && message.direction === 'inbound')
      group.customerId = message.author.id;
    if (
      group.accountId === undefined &&
      message.direction === 'outbound' &&
      message.accountId !== undefined
    ) {
      group.accountId = message.accountId;
    }
  }
  if (group.accountId === undefined) {
    for (const message of group.messages) {
      if (message.accountId !== undefined) {
        group.accountId = message.accountId;
        break;
      }
    }
  }
}

function linkPrivateParts(publicGroups: Group[], privateGroups: Group[], window: number): void {
  const latestPublic = new Map<string, Group[]>();
  for (const group of publicGroups) {
    if (group.customerId === undefined || group.accountId === undefined) continue;
    const key = `${group.platform}|${group.customerId}|${group.accountId}`;
    const list = latestPublic.get(key);
    if (list) list.push(group);
    else latestPublic.set(key, [group]);
  }
  for (const group of privateGroups) {
    if (group.customerId === undefined || group.accountId === undefined) continue;
    const candidates = latestPublic.get(`${group.platform}|${group.customerId}|${group.accountId}`);
    if (!candidates) continue;
    const start = group.messages[0]!.createdAt;
    let best: Group | undefined;
    let bestEnd = Number.NEGATIVE_INFINITY;
    for (const candidate of candidates) {
      const first = firstCreated(candidate);
      const end = lastCreated(candidate);
      if (first <= start && start - end <= window && end > bestEnd) {
        best = candidate;
        bestEnd = end;
      }
    }
    if (best) {
      if (best.linked) best.linked.push(group);
      else best.linked = [group];
      group.merged = true;
    }
  }
}

function firstCreated(group: Group): number {
  let min = Number.POSITIVE_INFINITY;
  for (const message of group.messages) if (message.createdAt < min) min = message.createdAt;
  return min;
}

function lastCreated(group: Group): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const message of group.messages) if (message.createdAt > max) max = message.createdAt;
  return max;
}

function buildConversation(group: Group): Conversation {
  const id = group.key;
  const events: ConversationEvent[] = [];
  for (const message of group.messages) events.push(messageEvent(id, message));
  for (const part of group.linked ?? []) {
    const first = part.messages[0]!;
    events.push({
      id: `link:${part.key}`,
      type: 'conversation-linked',
      at: first.createdAt,
      conversationId: id,
      kind: 'public-to-private',
      target: { channel: first.platform, visibility: 'private', conversationId: part.key },
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

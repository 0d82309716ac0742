import { DAY } from '../shared/duration';
import type { Conversation, ConversationMessage } from './conversation';
import { ConversationBuilder } from './conversation-builder';
import { toConversationMessage } from './conversation-message';
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

function newGroup(platform: string, rootId: string): Group {
  return {
    key: `${platform}:${rootId}`,
    platform,
    messages: [],
    customerId: undefined,
    accountId: undefined,
    linked: undefined,
    merged: false,
  };
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
 * Conversation ids are `platform:rootMessageId`. The result is ordered by the root's time. Each
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
  // Messages by platform, then id: no key strings are built on the hot path.
  const byPlatform = new Map<string, Map<string, Message>>();
  const publics: Message[] = [];
  const privates: Message[] = [];
  let lastPlatform = '';
  let index: Map<string, Message> | undefined;
  for (const message of messages) {
    if (message.platform !== lastPlatform || !index) {
      lastPlatform = message.platform;
      index = byPlatform.get(lastPlatform);
      if (!index) {
        index = new Map();
        byPlatform.set(lastPlatform, index);
      }
    }
    if (index.has(message.id)) continue;
    index.set(message.id, message);
    if (message.visibility === 'private') privates.push(message);
    else publics.push(message);
  }

  const groups: Group[] = [];
  const groupOf = new Map<Message, Group>();
  const path: Message[] = [];
  for (const message of publics) {
    let group = groupOf.get(message);
    if (group === undefined) {
      const platformIndex = byPlatform.get(message.platform)!;
      let current = message;
      path.length = 0;
      for (;;) {
        const known = groupOf.get(current);
        if (known !== undefined) {
          group = known;
          break;
        }
        path.push(current);
        const parent = current.inReplyTo === undefined ? undefined : platformIndex.get(current.inReplyTo);
        if (parent?.visibility !== 'public' || path.length > publics.length) {
          group = newGroup(current.platform, current.id);
          groups.push(group);
          break;
        }
        current = parent;
      }
      for (const visited of path) groupOf.set(visited, group);
    }
    group.messages.push(message);
  }

  const privateGroups = splitPrivateThreads(privates, byPlatform, gap);
  for (const group of groups) describeParties(group);
  for (const group of privateGroups) describeParties(group);
  if (options.linkPrivateToPublic !== false && privateGroups.length > 0) {
    linkPrivateParts(groups, privateGroups, linkWindow);
  }
  for (const group of privateGroups) if (!group.merged) groups.push(group);

  const conversations: Conversation[] = new Array(groups.length);
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    conversations[i] = group.linked ? buildLinkedConversation(group) : buildConversation(group);
  }
  conversations.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return conversations;
}

function splitPrivateThreads(
  privates: Message[],
  byPlatform: ReadonlyMap<string, ReadonlyMap<string, Message>>,
  gap: number,
): Group[] {
  privates.sort(compareMessages);
  const threadOf = new Map<Message, string>();
  const open = new Map<string, Map<string, Group>>();
  const groups: Group[] = [];
  for (const message of privates) {
    let thread = message.threadId;
    if (thread === undefined && message.inReplyTo !== undefined) {
      const parent = byPlatform.get(message.platform)?.get(message.inReplyTo);
      if (parent) thread = threadOf.get(parent);
    }
    thread ??=
      message.direction === 'inbound' ? `customer:${message.author.id}` : `author:${message.author.id}`;
    threadOf.set(message, thread);
    let platformThreads = open.get(message.platform);
    if (!platformThreads) {
      platformThreads = new Map();
      open.set(message.platform, platformThreads);
    }
    let group = platformThreads.get(thread);
    const last = group?.messages[group.messages.length - 1];
    if (!group || !last || message.createdAt - last.createdAt > gap) {
      group = newGroup(message.platform, message.id);
      platformThreads.set(thread, group);
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
  const byParties = new Map<string, Group[]>();
  for (const group of publicGroups) {
    if (group.customerId === undefined || group.accountId === undefined) continue;
    const key = `${group.platform}|${group.customerId}|${group.accountId}`;
    const list = byParties.get(key);
    if (list) list.push(group);
    else byParties.set(key, [group]);
  }
  if (byParties.size === 0) return;
  for (const group of privateGroups) {
    if (group.customerId === undefined || group.accountId === undefined) continue;
    const candidates = byParties.get(`${group.platform}|${group.customerId}|${group.accountId}`);
    if (!candidates) continue;
    const start = group.messages[0]!.createdAt;
    let best: Group | undefined;
    let bestEnd = Number.NEGATIVE_INFINITY;
    for (const candidate of candidates) {
      const [first, end] = timeSpan(candidate.messages);
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

function timeSpan(messages: readonly Message[]): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const message of messages) {
    if (message.createdAt < min) min = message.createdAt;
    if (message.createdAt > max) max = message.createdAt;
  }
  return [min, max];
}

/**
 * The state of a conversation made of messages only, built directly: the same result as folding
 * its message events (see `ConversationBuilder.finish`), without the builder's bookkeeping.
 */
function buildConversation(group: Group): Conversation {
  const id = group.key;
  const sorted = group.messages;
  if (!isSorted(sorted)) sorted.sort(compareMessages);
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
    assignments: [],
    tags: [],
    priority: undefined,
    links: [],
    surveys: [],
    createdAt: first.createdAt,
    updatedAt,
    events,
    unresolved: [],
  };
}

/** A public conversation with private parts joined to it: folded, with a link event per part. */
function buildLinkedConversation(group: Group): Conversation {
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

function isSorted(messages: readonly Message[]): boolean {
  for (let i = 1; i < messages.length; i++) {
    if (compareMessages(messages[i - 1]!, messages[i]!) > 0) return false;
  }
  return true;
}

function messageEvent(conversationId: string, message: Message): ConversationEvent {
  return message.direction === 'inbound'
    ? { id: message.id, type: 'message-received', at: message.createdAt, conversationId, message }
    : { id: message.id, type: 'message-sent', at: message.createdAt, conversationId, message };
}

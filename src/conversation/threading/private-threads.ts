import type { Message } from '../message';
import { compareMessages } from '../ordering';
import type { MessageIndex } from './message-index';
import { newThreadGroup, type ThreadGroup } from './thread-group';

/** One private thread and the conversation open in it. */
interface PrivateThread {
  open: ThreadGroup | undefined;
}

/** The threads of one platform, by what names them. Three maps, so no key strings are built. */
interface PlatformThreads {
  readonly platform: string;
  readonly byThreadId: Map<string, PrivateThread>;
  readonly byCustomer: Map<string, PrivateThread>;
  readonly byAuthor: Map<string, PrivateThread>;
}

/**
 * Splits private messages into conversations: per thread (the message's `threadId`, else the
 * thread of the message it answers, else its customer, or its author for outbound messages),
 * with a new conversation after `gap` of silence.
 *
 * @param privates - positions in `index` of the private messages
 * @internal
 */
export function splitPrivateThreads(index: MessageIndex, privates: number[], gap: number): ThreadGroup[] {
  const messages = index.messages;
  privates.sort((a, b) => compareMessages(messages[a]!, messages[b]!));
  const threadAt: (PrivateThread | undefined)[] = new Array(messages.length);
  const platforms = new Map<string, PlatformThreads>();
  const groups: ThreadGroup[] = [];
  let tables: PlatformThreads | undefined;
  for (const position of privates) {
    const message = messages[position]!;
    if (tables?.platform !== message.platform) {
      tables = platforms.get(message.platform);
      if (!tables) {
        tables = {
          platform: message.platform,
          byThreadId: new Map(),
          byCustomer: new Map(),
          byAuthor: new Map(),
        };
        platforms.set(message.platform, tables);
      }
    }
    const thread = threadOf(message, index, threadAt, tables);
    threadAt[position] = thread;
    let group = thread.open;
    const last = group?.messages[group.messages.length - 1];
    if (!group || !last || message.createdAt - last.createdAt > gap) {
      group = newThreadGroup(message);
      thread.open = group;
      groups.push(group);
    }
    group.messages.push(message);
  }
  return groups;
}

function threadOf(
  message: Message,
  index: MessageIndex,
  threadAt: readonly (PrivateThread | undefined)[],
  tables: PlatformThreads,
): PrivateThread {
  let table: Map<string, PrivateThread>;
  let key: string;
  if (message.threadId !== undefined) {
    table = tables.byThreadId;
    key = message.threadId;
  } else {
    const parent =
      message.inReplyTo === undefined ? -1 : index.positionOf(message.platform, message.inReplyTo);
    const parentThread = parent < 0 ? undefined : threadAt[parent];
    if (parentThread) return parentThread;
    table = message.direction === 'inbound' ? tables.byCustomer : tables.byAuthor;
    key = message.author.id;
  }
  let thread = table.get(key);
  if (!thread) {
    thread = { open: undefined };
    table.set(key, thread);
  }
  return thread;
}

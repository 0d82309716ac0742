import type { Message } from '../message';
import { compareMessages } from '../ordering';
import type { MessageIndex } from './message-index';
import { newThreadGroup, sortThreadGroup, type ThreadGroup } from './thread-group';

/** One private thread: its messages, in input order until it is split. */
interface PrivateThread {
  readonly messages: Message[];
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
 * thread of the earlier private message it answers, else its customer, or its author for outbound
 * messages), with a new conversation after `gap` of silence.
 *
 * No global sort: each message's thread is resolved by walking up its reply chain (a parent counts
 * only when it sorts before the reply, so the chain cannot loop), then each thread is sorted and
 * split on its own. Threads are short, and usually already in order.
 *
 * @param privates - positions in `index` of the private messages
 * @returns the conversations, each with its messages in time order
 * @internal
 */
export function splitPrivateThreads(
  index: MessageIndex,
  privates: readonly number[],
  gap: number,
): ThreadGroup[] {
  const messages = index.messages;
  const threadAt: (PrivateThread | undefined)[] = new Array(messages.length);
  const threads: PrivateThread[] = [];
  const platforms = new Map<string, PlatformThreads>();
  let tables: PlatformThreads | undefined;
  const path: number[] = [];

  const named = (table: Map<string, PrivateThread>, key: string): PrivateThread => {
    let thread = table.get(key);
    if (!thread) {
      thread = { messages: [] };
      table.set(key, thread);
      threads.push(thread);
    }
    return thread;
  };

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
    let thread = threadAt[position];
    if (!thread) {
      path.length = 0;
      for (let current = position; ; ) {
        const known = threadAt[current];
        if (known) {
          thread = known;
          break;
        }
        path.push(current);
        const m = messages[current]!;
        if (m.threadId !== undefined) {
          thread = named(tables.byThreadId, m.threadId);
          break;
        }
        const parent = m.inReplyTo === undefined ? -1 : index.positionOf(m.platform, m.inReplyTo);
        const parentMessage = parent < 0 ? undefined : messages[parent]!;
        if (parentMessage?.visibility === 'private' && compareMessages(parentMessage, m) < 0) {
          current = parent;
          continue;
        }
        thread = named(m.direction === 'inbound' ? tables.byCustomer : tables.byAuthor, m.author.id);
        break;
      }
      for (const visited of path) threadAt[visited] = thread;
    }
    thread.messages.push(message);
  }

  const groups: ThreadGroup[] = [];
  for (const thread of threads) {
    const list = thread.messages;
    if (list.length === 0) continue;
    sortThreadGroup(thread);
    let group: ThreadGroup | undefined;
    let last = Number.NEGATIVE_INFINITY;
    for (const message of list) {
      if (!group || message.createdAt - last > gap) {
        group = newThreadGroup(message);
        groups.push(group);
      }
      group.messages.push(message);
      last = message.createdAt;
    }
  }
  return groups;
}

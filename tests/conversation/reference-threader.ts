import { compareMessages, type Message } from 'socialcare/conversation';

/** What the reference threader says about one conversation. */
export interface ReferenceThread {
  readonly id: string;
  /** Message ids in time order, the joined private parts' included. */
  readonly messageIds: string[];
  /** Ids of the private conversations joined to this one. */
  readonly linked: string[];
}

/**
 * threadMessages written the slow, obvious way, straight from kpi-definitions.md, as the oracle of
 * the property tests: keys are strings, roots are found by walking up every time, candidates by
 * scanning every conversation. Acyclic reply links only.
 */
export function referenceThreads(input: readonly Message[], gap: number, window: number): ReferenceThread[] {
  const unique = new Map<string, Message>();
  for (const m of input) if (!unique.has(`${m.platform}/${m.id}`)) unique.set(`${m.platform}/${m.id}`, m);
  const find = (m: Message, id: string | undefined) =>
    id === undefined ? undefined : unique.get(`${m.platform}/${id}`);

  interface Thread {
    id: string;
    platform: string;
    messages: Message[];
    linked: Thread[];
    merged: boolean;
  }
  const publicThreads = new Map<string, Thread>();
  for (const m of unique.values()) {
    if (m.visibility === 'private') continue;
    let root = m;
    for (
      let parent = find(root, root.inReplyTo);
      parent?.visibility === 'public';
      parent = find(root, root.inReplyTo)
    ) {
      root = parent;
    }
    const id = `${root.platform}:${root.id}`;
    const thread = publicThreads.get(id) ?? {
      id,
      platform: m.platform,
      messages: [],
      linked: [],
      merged: false,
    };
    thread.messages.push(m);
    publicThreads.set(id, thread);
  }

  const privates = [...unique.values()].filter((m) => m.visibility === 'private').sort(compareMessages);
  const threadKey = new Map<Message, string>();
  const open = new Map<string, Thread>();
  const privateThreads: Thread[] = [];
  for (const m of privates) {
    const parent = find(m, m.inReplyTo);
    const key =
      m.threadId !== undefined
        ? `thread ${m.threadId}`
        : ((parent && threadKey.get(parent)) ??
          (m.direction === 'inbound' ? `customer ${m.author.id}` : `author ${m.author.id}`));
    threadKey.set(m, key);
    const fullKey = `${m.platform} ${key}`;
    let thread = open.get(fullKey);
    const last = thread?.messages.at(-1);
    if (!thread || !last || m.createdAt - last.createdAt > gap) {
      thread = { id: `${m.platform}:${m.id}`, platform: m.platform, messages: [], linked: [], merged: false };
      open.set(fullKey, thread);
      privateThreads.push(thread);
    }
    thread.messages.push(m);
  }

  const parties = (t: Thread) => {
    const sorted = [...t.messages].sort(compareMessages);
    const customer = sorted.find((m) => m.direction === 'inbound')?.author.id;
    const account =
      sorted.find((m) => m.direction === 'outbound' && m.accountId !== undefined)?.accountId ??
      sorted.find((m) => m.accountId !== undefined)?.accountId;
    return customer === undefined || account === undefined
      ? undefined
      : `${t.platform} ${customer} ${account}`;
  };
  for (const part of privateThreads) {
    const key = parties(part);
    if (key === undefined) continue;
    const start = part.messages[0]!.createdAt;
    let best: Thread | undefined;
    let bestEnd = 0;
    for (const candidate of publicThreads.values()) {
      if (parties(candidate) !== key) continue;
      const times = candidate.messages.map((m) => m.createdAt);
      const end = Math.max(...times);
      if (Math.min(...times) > start || start - end > window) continue;
      if (!best || end > bestEnd || (end === bestEnd && candidate.id < best.id)) {
        best = candidate;
        bestEnd = end;
      }
    }
    if (best) {
      best.linked.push(part);
      part.merged = true;
    }
  }

  const result = [...publicThreads.values(), ...privateThreads.filter((t) => !t.merged)].map((t) => {
    const all = [...t.messages, ...t.linked.flatMap((p) => p.messages)].sort(compareMessages);
    return {
      id: t.id,
      createdAt: all[0]!.createdAt,
      messageIds: all.map((m) => m.id),
      linked: t.linked.map((p) => p.id),
    };
  });
  result.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return result.map(({ id, messageIds, linked }) => ({ id, messageIds, linked }));
}

import { type Conversation, type Message, type ThreadOptions, threadMessages } from '../conversation';
import { lightConversation } from './light-conversation';

interface Group {
  readonly messages: Message[];
  readonly keys: string[];
  last: number;
  /** With reply lists: the keys of the messages in the group, and the keys referenced but not seen. */
  seen: Set<string> | undefined;
  missing: Set<string> | undefined;
}

/** Options of {@link StreamingThreader}. */
export interface StreamingThreaderOptions {
  /**
   * A reply tree is finished once this many messages have arrived since its last message (the
   * horizon). Memory holds only the open trees. `Infinity` holds everything until `end()`
   * (exact for any order). Default 200,000.
   */
  readonly horizonMessages?: number;
  /** How messages are split into conversations (see `threadMessages`). */
  readonly threading?: ThreadOptions;
  /**
   * Build public reply trees directly, without an event log (`events` is then empty): several
   * times faster. Default `true`; set `false` when something downstream reads `events` (e.g. SLA
   * evaluation).
   */
  readonly light?: boolean;
}

/**
 * Threads a stream of messages into conversations with bounded memory: messages join the reply
 * tree of their parent (or of a child seen earlier, so children may come before parents), and a
 * tree is handed to `onConversation` once no message of it has arrived within the horizon. Private
 * messages are grouped per platform and thread (else customer) and split by `threadMessages`.
 *
 * When the source lists each message's replies (TWCS `response_tweet_id`, the second argument of
 * `push`), a tree is handed over as soon as every message it references has arrived, so memory
 * holds little more than the trees still waiting for a message.
 *
 * The trade-off: a message arriving more than `horizonMessages` after the rest of its tree starts
 * a new conversation (an orphan, counted in `skipped.orphan`). Exports such as TWCS keep a
 * conversation's tweets together, so a horizon of a few hundred thousand messages is exact there;
 * pass `Infinity` for a file in arbitrary order (memory then grows with the file).
 *
 * @example
 * ```ts
 * const threader = new StreamingThreader((c) => accumulator.add(c));
 * for await (const message of readTwcsFile('twcs.csv')) threader.push(message);
 * threader.end();
 * ```
 */
export class StreamingThreader {
  private readonly byKey = new Map<string, Group>();
  private readonly open = new Set<Group>();
  private readonly horizon: number;
  private readonly sweepEvery: number;
  private readonly threading: ThreadOptions;
  private readonly light: boolean;
  private sequence = 0;
  private nextSweep: number;
  /** The most trees open at once (a measure of the memory used). */
  peakOpen = 0;
  /** Messages held now. */
  held = 0;
  /** The most messages held at once. */
  peakHeld = 0;

  constructor(
    private readonly onConversation: (conversation: Conversation) => void,
    options: StreamingThreaderOptions = {},
  ) {
    this.horizon = options.horizonMessages ?? 200_000;
    this.sweepEvery = Number.isFinite(this.horizon) ? Math.max(1024, Math.floor(this.horizon / 4)) : Infinity;
    this.nextSweep = this.sweepEvery;
    this.threading = options.threading ?? {};
    this.light = options.light !== false;
  }

  /**
   * Adds one message. `replies` are the ids of the messages that answer it, when the source says
   * (TWCS `response_tweet_id`): a tree whose every referenced message (parents and replies) has
   * arrived is complete and handed over at once, without waiting for the horizon. Give `replies`
   * for every message of a stream or for none.
   */
  push(message: Message, replies?: readonly string[]): void {
    const seq = ++this.sequence;
    const key = message.platform === 'x' ? message.id : `${message.platform}:${message.id}`;
    let group: Group | undefined;
    let parentKey: string | undefined;
    if (message.visibility === 'private') {
      const thread = message.threadId ?? (message.direction === 'inbound' ? message.author.id : undefined);
      parentKey = thread === undefined ? undefined : `${message.platform}#${thread}`;
      group = parentKey === undefined ? undefined : this.byKey.get(parentKey);
      if (!group && message.inReplyTo !== undefined)
        group = this.byKey.get(`${message.platform}:${message.inReplyTo}`);
    } else {
      const own = this.byKey.get(key);
      if (message.inReplyTo !== undefined) {
        parentKey = message.platform === 'x' ? message.inReplyTo : `${message.platform}:${message.inReplyTo}`;
        const parent = this.byKey.get(parentKey);
        group = own && parent && own !== parent ? this.union(own, parent) : (own ?? parent);
      } else group = own;
    }
    if (!group) {
      group = { messages: [], keys: [], last: seq, seen: undefined, missing: undefined };
      this.open.add(group);
      if (this.open.size > this.peakOpen) this.peakOpen = this.open.size;
    }
    group.messages.push(message);
    group.last = seq;
    this.held++;
    if (this.held > this.peakHeld) this.peakHeld = this.held;
    if (!this.byKey.has(key)) {
      this.byKey.set(key, group);
      group.keys.push(key);
    }
    if (parentKey !== undefined && !this.byKey.has(parentKey)) {
      this.byKey.set(parentKey, group);
      group.keys.push(parentKey);
    }
    if (
      replies !== undefined &&
      message.visibility === 'public' &&
      this.track(group, key, parentKey, message, replies)
    ) {
      this.finish(group);
    }
    if (seq >= this.nextSweep) {
      this.nextSweep = seq + this.sweepEvery;
      this.sweep(seq - this.horizon);
    }
  }

  /** Hands over every tree still open. */
  end(): void {
    this.sweep(Infinity);
  }

  private sweep(before: number): void {
    const done: Group[] = [];
    for (const group of this.open) if (group.last <= before) done.push(group);
    for (const group of done) this.finish(group);
  }

  private finish(group: Group): void {
    this.open.delete(group);
    for (const key of group.keys) if (this.byKey.get(key) === group) this.byKey.delete(key);
    this.held -= group.messages.length;
    const light = this.light ? lightConversation(group.messages) : undefined;
    if (light) {
      this.onConversation(light);
      return;
    }
    for (const conversation of threadMessages(group.messages, this.threading))
      this.onConversation(conversation);
  }

  /** Records what the message brings and references; true when the tree is complete. */
  private track(
    group: Group,
    key: string,
    parentKey: string | undefined,
    message: Message,
    replies: readonly string[],
  ): boolean {
    group.seen ??= new Set();
    const seen = group.seen;
    group.missing ??= new Set();
    const missing = group.missing;
    seen.add(key);
    missing.delete(key);
    if (parentKey !== undefined && !seen.has(parentKey)) missing.add(parentKey);
    const x = message.platform === 'x';
    for (const reply of replies) {
      const replyKey = x ? reply : `${message.platform}:${reply}`;
      if (!seen.has(replyKey)) missing.add(replyKey);
    }
    return missing.size === 0;
  }

  private union(a: Group, b: Group): Group {
    const [big, small] =
      a.messages.length + a.keys.length >= b.messages.length + b.keys.length ? [a, b] : [b, a];
    for (const message of small.messages) big.messages.push(message);
    for (const key of small.keys) {
      this.byKey.set(key, big);
      big.keys.push(key);
    }
    if (small.last > big.last) big.last = small.last;
    if (small.seen) {
      big.seen ??= new Set();
      const seen = big.seen;
      for (const key of small.seen) {
        seen.add(key);
        big.missing?.delete(key);
      }
    }
    if (small.missing) {
      big.missing ??= new Set();
      const missing = big.missing;
      for (const key of small.missing) if (!big.seen?.has(key)) missing.add(key);
    }
    this.open.delete(small);
    return big;
  }
}

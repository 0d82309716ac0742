import { type Conversation, type Message, type ThreadOptions, threadMessages } from '../conversation';

interface Group {
  readonly messages: Message[];
  readonly keys: string[];
  last: number;
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
}

/**
 * Threads a stream of messages into conversations with bounded memory: messages join the reply
 * tree of their parent (or of a child seen earlier, so children may come before parents), and a
 * tree is handed to `onConversation` once no message of it has arrived within the horizon. Private
 * messages are grouped per platform and thread (else customer) and split by `threadMessages`.
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
  }

  /** Adds one message. */
  push(message: Message): void {
    const seq = ++this.sequence;
    const key = `${message.platform}:${message.id}`;
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
        parentKey = `${message.platform}:${message.inReplyTo}`;
        const parent = this.byKey.get(parentKey);
        group = own && parent && own !== parent ? this.union(own, parent) : (own ?? parent);
      } else group = own;
    }
    if (!group) {
      group = { messages: [], keys: [], last: seq };
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
    for (const conversation of threadMessages(group.messages, this.threading))
      this.onConversation(conversation);
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
    this.open.delete(small);
    return big;
  }
}

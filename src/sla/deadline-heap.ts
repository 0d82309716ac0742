/**
 * An entry of a {@link DeadlineHeap}: it carries its own due instant and its position in the heap.
 * @internal
 */
export interface DeadlineEntry {
  /** When the entry falls due; `Infinity` keeps it out of the heap. */
  wakeAt: number;
  /** Position in the heap, -1 when not in it. */
  heapIndex: number;
  /** Breaks ties between equal `wakeAt` (creation order), so the firing order is deterministic. */
  readonly order: number;
}

/**
 * An indexed binary min-heap of entries by `wakeAt` (then `order`): `O(log n)` insert, update and removal with no
 * allocation per operation, so one timer can serve every conversation (the timer is set for
 * `peek().wakeAt`). The due instants are also kept in a list beside the entries, so sifting compares
 * numbers in one array instead of visiting an entry object per level (each one a likely cache miss
 * with many conversations); entries are read only to break ties.
 * @internal
 */
export class DeadlineHeap<T extends DeadlineEntry> {
  private readonly items: T[] = [];
  /** `items[i].wakeAt`, side by side. */
  private readonly keys: number[] = [];

  get size(): number {
    return this.items.length;
  }

  /** The entry due first, if any. */
  peek(): T | undefined {
    return this.items[0];
  }

  /** Sets an entry's due instant, inserting, moving or removing it as needed. */
  schedule(entry: T, wakeAt: number): void {
    // Unchanged and already placed (or already out of the heap): nothing moves.
    if (wakeAt === entry.wakeAt && (entry.heapIndex >= 0 || wakeAt === Number.POSITIVE_INFINITY)) return;
    entry.wakeAt = wakeAt;
    if (wakeAt === Number.POSITIVE_INFINITY) {
      this.remove(entry);
      return;
    }
    if (entry.heapIndex < 0) {
      entry.heapIndex = this.items.length;
      this.items.push(entry);
      this.keys.push(wakeAt);
      this.up(entry.heapIndex);
      return;
    }
    this.keys[entry.heapIndex] = wakeAt;
    this.up(entry.heapIndex);
    this.down(entry.heapIndex);
  }

  /** Removes an entry (no-op when absent). */
  remove(entry: T): void {
    const index = entry.heapIndex;
    if (index < 0) return;
    const last = this.items.pop()!;
    const lastKey = this.keys.pop()!;
    entry.heapIndex = -1;
    if (index < this.items.length) {
      this.items[index] = last;
      this.keys[index] = lastKey;
      last.heapIndex = index;
      this.up(index);
      this.down(last.heapIndex);
    }
  }

  /** Whether the entry with key `key` (and `entry` for ties) goes before the one at `index`. */
  private before(key: number, entry: T, index: number): boolean {
    const other = this.keys[index]!;
    return key < other || (key === other && entry.order < this.items[index]!.order);
  }

  private up(index: number): void {
    const items = this.items;
    const keys = this.keys;
    const entry = items[index]!;
    const key = keys[index]!;
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      if (!this.before(key, entry, parentIndex)) break;
      const parent = items[parentIndex]!;
      items[index] = parent;
      keys[index] = keys[parentIndex]!;
      parent.heapIndex = index;
      index = parentIndex;
    }
    items[index] = entry;
    keys[index] = key;
    entry.heapIndex = index;
  }

  private down(index: number): void {
    const items = this.items;
    const keys = this.keys;
    const length = items.length;
    const entry = items[index]!;
    const key = keys[index]!;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) break;
      const right = left + 1;
      const child = right < length && this.before(keys[right]!, items[right]!, left) ? right : left;
      const childKey = keys[child]!;
      const childEntry = items[child]!;
      if (!(childKey < key || (childKey === key && childEntry.order < entry.order))) break;
      items[index] = childEntry;
      keys[index] = childKey;
      childEntry.heapIndex = index;
      index = child;
    }
    items[index] = entry;
    keys[index] = key;
    entry.heapIndex = index;
  }
}

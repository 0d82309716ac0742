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

function before(a: DeadlineEntry, b: DeadlineEntry): boolean {
  return a.wakeAt < b.wakeAt || (a.wakeAt === b.wakeAt && a.order < b.order);
}

/**
 * An indexed binary min-heap of entries by `wakeAt` (then `order`): `O(log n)` insert, update and removal with no
 * allocation per operation, so one timer can serve every conversation (the timer is set for
 * `peek().wakeAt`).
 * @internal
 */
export class DeadlineHeap<T extends DeadlineEntry> {
  private readonly items: T[] = [];

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
      this.up(entry.heapIndex);
      return;
    }
    this.up(entry.heapIndex);
    this.down(entry.heapIndex);
  }

  /** Removes an entry (no-op when absent). */
  remove(entry: T): void {
    const index = entry.heapIndex;
    if (index < 0) return;
    const last = this.items.pop()!;
    entry.heapIndex = -1;
    if (index < this.items.length) {
      this.items[index] = last;
      last.heapIndex = index;
      this.up(index);
      this.down(last.heapIndex);
    }
  }

  private up(index: number): void {
    const items = this.items;
    const entry = items[index]!;
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = items[parentIndex]!;
      if (!before(entry, parent)) break;
      items[index] = parent;
      parent.heapIndex = index;
      index = parentIndex;
    }
    items[index] = entry;
    entry.heapIndex = index;
  }

  private down(index: number): void {
    const items = this.items;
    const length = items.length;
    const entry = items[index]!;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) break;
      const right = left + 1;
      const child = right < length && before(items[right]!, items[left]!) ? right : left;
      const childEntry = items[child]!;
      if (!before(childEntry, entry)) break;
      items[index] = childEntry;
      childEntry.heapIndex = index;
      index = child;
    }
    items[index] = entry;
    entry.heapIndex = index;
  }
}

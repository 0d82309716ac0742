/**
 * An entry of a {@link DeadlineHeap}: it carries its own due instant and its position in the heap.
 * @internal
 */
export interface DeadlineEntry {
  /** When the entry falls due; `Infinity` keeps it out of the heap. */
  wakeAt: number;
  /** Position in the heap, -1 when not in it. */
  heapIndex: number;
}

/**
 * An indexed binary min-heap of entries by `wakeAt`: `O(log n)` insert, update and removal with no
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
      if (parent.wakeAt <= entry.wakeAt) break;
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
      const child = right < length && items[right]!.wakeAt < items[left]!.wakeAt ? right : left;
      const childEntry = items[child]!;
      if (childEntry.wakeAt >= entry.wakeAt) break;
      items[index] = childEntry;
      childEntry.heapIndex = index;
      index = child;
    }
    items[index] = entry;
    entry.heapIndex = index;
  }
}

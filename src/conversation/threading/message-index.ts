import type { Message } from '../message';

/**
 * The messages to thread, deduplicated, each at a position (0, 1, 2...) so that per-message facts
 * can live in typed arrays instead of maps keyed by message: indexing costs one hash operation
 * per message while there are no duplicates.
 * @internal
 */
export class MessageIndex {
  /** The messages, first copy of each `platform` + `id`, in input order. */
  readonly messages: Message[] = [];
  private readonly byPlatform = new Map<string, Map<string, number>>();
  private lastPlatform = '';
  private lastIds: Map<string, number> | undefined;
  private sawDuplicate = false;

  /**
   * Adds a message; returns `false` when a message with the same platform and id is already in.
   *
   * Exports rarely hold duplicates, so until the first one shows up a single `set` does the work
   * of a lookup and an insert (the map grows unless the id was there). The first duplicate
   * overwrites its original's position: it is repaired by a scan, and from then on every message
   * is looked up before it is inserted.
   */
  add(message: Message): boolean {
    const ids = this.idsOf(message.platform);
    const position = this.messages.length;
    if (this.sawDuplicate) {
      if (ids.get(message.id) !== undefined) return false;
      ids.set(message.id, position);
    } else {
      const size = ids.size;
      ids.set(message.id, position);
      if (ids.size === size) {
        ids.set(message.id, this.scanFor(message));
        this.sawDuplicate = true;
        return false;
      }
    }
    this.messages.push(message);
    return true;
  }

  /** The position of a message on a platform, or -1 when it is not in the index. */
  positionOf(platform: string, id: string): number {
    const ids = platform === this.lastPlatform ? this.lastIds : this.byPlatform.get(platform);
    return ids?.get(id) ?? -1;
  }

  private scanFor(duplicate: Message): number {
    return this.messages.findIndex((m) => m.id === duplicate.id && m.platform === duplicate.platform);
  }

  /** Consecutive messages are nearly always on one platform: remember the last platform's map. */
  private idsOf(platform: string): Map<string, number> {
    if (platform === this.lastPlatform && this.lastIds) return this.lastIds;
    let ids = this.byPlatform.get(platform);
    if (!ids) {
      ids = new Map();
      this.byPlatform.set(platform, ids);
    }
    this.lastPlatform = platform;
    this.lastIds = ids;
    return ids;
  }
}

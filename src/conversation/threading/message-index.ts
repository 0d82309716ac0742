import type { Message } from '../message';

/**
 * The messages to thread, deduplicated, each at a position (0, 1, 2...) so that per-message facts
 * can live in typed arrays instead of maps keyed by message: threading a few million messages
 * costs two hash lookups per message here and none afterwards.
 * @internal
 */
export class MessageIndex {
  /** The messages, first copy of each `platform` + `id`, in input order. */
  readonly messages: Message[] = [];
  private readonly byPlatform = new Map<string, Map<string, number>>();
  private lastPlatform = '';
  private lastIds: Map<string, number> | undefined;

  /** Adds a message; returns `false` when a message with the same platform and id is already in. */
  add(message: Message): boolean {
    const ids = this.idsOf(message.platform);
    if (ids.get(message.id) !== undefined) return false;
    ids.set(message.id, this.messages.length);
    this.messages.push(message);
    return true;
  }

  /** The position of a message on a platform, or -1 when it is not in the index. */
  positionOf(platform: string, id: string): number {
    const ids = platform === this.lastPlatform ? this.lastIds : this.byPlatform.get(platform);
    return ids?.get(id) ?? -1;
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

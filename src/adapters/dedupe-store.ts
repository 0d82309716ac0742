/**
 * Where the webhook handler remembers the event ids it has already handed to `onEvents`, so a
 * delivery the platform retries is not processed twice. Implement it over Redis, a database or a
 * KV store to share it between processes; methods may be sync or async.
 *
 * @example
 * ```ts
 * const store: DedupeStore = {
 *   has: async (id) => (await redis.exists(`seen:${id}`)) === 1,
 *   add: async (id) => { await redis.set(`seen:${id}`, '1', { EX: 7 * 86400 }); },
 * };
 * ```
 */
export interface DedupeStore {
  /** True when the event id was recorded before. */
  has(id: string): boolean | Promise<boolean>;
  /** Records an event id (only after `onEvents` succeeded, so a failed batch is retried). */
  add(id: string): void | Promise<void>;
}

/**
 * Options of {@link createMemoryDedupeStore}.
 *
 * @example
 * ```ts
 * createMemoryDedupeStore({ maxEntries: 10_000 });
 * ```
 */
export interface MemoryDedupeStoreOptions {
  /** How many ids to remember; the least recently seen are forgotten first. Default 100 000. */
  readonly maxEntries?: number;
}

/**
 * An in-memory LRU {@link DedupeStore}: the default of `createWebhookHandler`. One process only;
 * forgets on restart.
 *
 * @example
 * ```ts
 * const store = createMemoryDedupeStore({ maxEntries: 10_000 });
 * store.add('x:message:1'); store.has('x:message:1'); // true
 * ```
 */
export function createMemoryDedupeStore(
  options: MemoryDedupeStoreOptions = {},
): DedupeStore & { readonly size: number } {
  const maxEntries = options.maxEntries ?? 100_000;
  const seen = new Map<string, true>();
  return {
    has(id) {
      if (!seen.has(id)) return false;
      seen.delete(id);
      seen.set(id, true);
      return true;
    },
    add(id) {
      seen.delete(id);
      seen.set(id, true);
      while (seen.size > maxEntries) {
        const oldest = seen.keys().next();
        if (oldest.done === true) break;
        seen.delete(oldest.value);
      }
    },
    get size() {
      return seen.size;
    },
  };
}

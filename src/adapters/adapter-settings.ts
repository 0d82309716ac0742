import { z } from 'zod';

/** Settings every adapter accepts. */
export const CommonAdapterSettingsSchema = z.object({
  /** What `buildReply` does with a text that does not fit: throw (default) or truncate with a warning. */
  overflow: z.enum(['error', 'truncate']).optional(),
  /** The `fetch` used by `send` (default: the global one). */
  fetch: z
    .custom<(url: string, init: RequestInit) => Promise<Response>>((value) => typeof value === 'function', {
      message: 'expected a fetch function',
    })
    .optional(),
  /** Clock for timestamps the payload lacks and for rate-limit resets (default `Date.now`). */
  now: z
    .custom<() => number>((value) => typeof value === 'function', { message: 'expected a function' })
    .optional(),
  /**
   * HMAC implementation: `'auto'` (default) uses Node's built-in crypto when present, else WebCrypto;
   * `'webcrypto'` always uses `crypto.subtle`.
   */
  hmac: z.enum(['auto', 'webcrypto']).optional(),
  /** Largest accepted body in bytes (default 1 MiB). */
  maxBodyBytes: z.number().int().positive().optional(),
});

/**
 * The clock an adapter uses: the `now` setting, else the system clock. Adapters sit at the I/O edge
 * (live webhooks, live API calls), so the system clock is their default; it is read only where a
 * payload carries no time of its own (an X Activity `post.delete`) and to turn a `Retry-After`
 * date into a wait. Tests and replays pass `now`.
 */
export function clockOf(now: (() => number) | undefined): () => number {
  return now ?? (() => Date.now());
}

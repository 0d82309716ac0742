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

/** The clock an adapter uses. */
export function clockOf(now: (() => number) | undefined): () => number {
  return now ?? (() => Date.now());
}

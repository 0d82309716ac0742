/**
 * Where on a platform a message is written. One scheme for every platform:
 *
 * | surface | visibility | platforms |
 * |---|---|---|
 * | `'post'` | public | X post, Bluesky post, Mastodon status |
 * | `'comment'` | public | Facebook Page comment, Instagram comment |
 * | `'dm'` | private | X direct message, Instagram direct message, Bluesky chat, Mastodon direct-visibility status |
 * | `'messenger'` | private | Facebook Messenger (a Page conversation) |
 * | `'message'` | private | WhatsApp message |
 * | `'email'` | private | email |
 *
 * @example
 * ```ts
 * const surface: Surface = 'comment';
 * ```
 */
export type Surface = 'post' | 'comment' | 'dm' | 'messenger' | 'message' | 'email';

/**
 * Every {@link Surface}, in a stable order.
 *
 * @example
 * ```ts
 * surfaceIds.includes('dm'); // true
 * ```
 */
export const surfaceIds: readonly Surface[] = Object.freeze([
  'post',
  'comment',
  'dm',
  'messenger',
  'message',
  'email',
]);

/**
 * True when `value` is a {@link Surface} id (whatever the platform).
 *
 * @example
 * ```ts
 * isSurface('messenger'); // true
 * ```
 */
export function isSurface(value: unknown): value is Surface {
  return typeof value === 'string' && (surfaceIds as readonly string[]).includes(value);
}

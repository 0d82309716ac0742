/**
 * The platforms socialcare knows. The same union as `Platform` in `socialcare/conversation`
 * (both live on floor 1, so neither imports the other; a test keeps them identical).
 *
 * @example
 * ```ts
 * const where: Platform = 'whatsapp';
 * ```
 */
export type Platform = 'x' | 'facebook' | 'instagram' | 'whatsapp' | 'bluesky' | 'mastodon' | 'email';

/**
 * Every {@link Platform}, in a stable order.
 *
 * @example
 * ```ts
 * for (const platform of platformIds) console.log(platform);
 * ```
 */
export const platformIds: readonly Platform[] = Object.freeze([
  'x',
  'facebook',
  'instagram',
  'whatsapp',
  'bluesky',
  'mastodon',
  'email',
]);

/**
 * True when `value` is a {@link Platform} id.
 *
 * @example
 * ```ts
 * isPlatform('bluesky'); // true
 * isPlatform('twitter'); // false (the id is 'x')
 * ```
 */
export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (platformIds as readonly string[]).includes(value);
}

import { z } from 'zod';

/**
 * The platforms socialcare knows. `email` is the off-platform channel a case may move to.
 *
 * @example
 * ```ts
 * PlatformSchema.parse('x'); // 'x'
 * ```
 */
export const PlatformSchema = z.enum([
  'x',
  'facebook',
  'instagram',
  'whatsapp',
  'bluesky',
  'mastodon',
  'email',
]);

/** A platform id: `'x' | 'facebook' | 'instagram' | 'whatsapp' | 'bluesky' | 'mastodon' | 'email'`. */
export type Platform = z.output<typeof PlatformSchema>;

/** Every platform id, in a stable order. */
export const PLATFORMS: readonly Platform[] = PlatformSchema.options;

/**
 * A channel a conversation can be linked to: any platform, or the telephone.
 *
 * @example
 * ```ts
 * ChannelSchema.parse('phone'); // 'phone'
 * ```
 */
export const ChannelSchema = z.enum([...PlatformSchema.options, 'phone']);

/** A platform or `'phone'`. */
export type Channel = z.output<typeof ChannelSchema>;

/**
 * Whether a message is visible to everyone (a post, a comment) or only to its participants (a DM).
 *
 * @example
 * ```ts
 * VisibilitySchema.parse('private');
 * ```
 */
export const VisibilitySchema = z.enum(['public', 'private']);

/** `'public' | 'private'`. */
export type Visibility = z.output<typeof VisibilitySchema>;

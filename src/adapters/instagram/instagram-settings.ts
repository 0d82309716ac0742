import { z } from 'zod';
import { MetaAdapterSettingsSchema } from '../meta/meta-settings';

/**
 * Settings of {@link createInstagramAdapter}.
 *
 * @example
 * ```ts
 * InstagramAdapterSettingsSchema.parse({ appSecret: 's', accountId: '17841405309211844', username: 'acme_store' });
 * ```
 */
export const InstagramAdapterSettingsSchema = MetaAdapterSettingsSchema.extend({
  /** The Instagram professional account id (`entry.id`): sends go to `/{accountId}/messages`. */
  accountId: z.string().regex(/^\d+$/, 'expected the numeric Instagram account id').optional(),
  /** The account's username: comments written by it are recognised as our own (outbound echoes). */
  username: z.string().min(1).optional(),
  /** Other ids our comments may carry in `from.id` (app-scoped ids), also recognised as ours. */
  ownIds: z.array(z.string().min(1)).optional(),
});

/**
 * Settings of {@link createInstagramAdapter} (input).
 *
 * @example
 * ```ts
 * const settings: InstagramAdapterSettings = { appSecret: 'secret', accountId: '17841405309211844', username: 'acme_store' };
 * ```
 */
export type InstagramAdapterSettings = z.input<typeof InstagramAdapterSettingsSchema>;

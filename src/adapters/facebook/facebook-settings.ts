import { z } from 'zod';
import { MetaAdapterSettingsSchema } from '../meta/meta-settings';

/**
 * Settings of {@link createFacebookAdapter}.
 *
 * @example
 * ```ts
 * FacebookAdapterSettingsSchema.parse({ appSecret: 's', verifyToken: 't', pageId: '1895382890692545' });
 * ```
 */
export const FacebookAdapterSettingsSchema = MetaAdapterSettingsSchema.extend({
  /** The Page id: sends go to `/{pageId}/messages`, and comments by it are recognised as ours. Default `me`. */
  pageId: z.string().regex(/^\d+$/, 'expected the numeric Page id').optional(),
});

/**
 * Settings of {@link createFacebookAdapter} (input).
 *
 * @example
 * ```ts
 * const settings: FacebookAdapterSettings = { appSecret: 'secret', verifyToken: 'token', pageId: '1895382890692545' };
 * ```
 */
export type FacebookAdapterSettings = z.input<typeof FacebookAdapterSettingsSchema>;

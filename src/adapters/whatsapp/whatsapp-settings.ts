import { z } from 'zod';
import { MetaAdapterSettingsSchema } from '../meta/meta-settings';

/**
 * Settings of {@link createWhatsAppAdapter}.
 *
 * @example
 * ```ts
 * WhatsAppAdapterSettingsSchema.parse({ appSecret: 's', verifyToken: 't', phoneNumberId: '1122334455667' });
 * ```
 */
export const WhatsAppAdapterSettingsSchema = MetaAdapterSettingsSchema.extend({
  /** The business phone number id: sends go to `/{phoneNumberId}/messages`. */
  phoneNumberId: z.string().regex(/^\d+$/, 'expected the numeric phone number id').optional(),
});

/**
 * Settings of {@link createWhatsAppAdapter} (input).
 *
 * @example
 * ```ts
 * const settings: WhatsAppAdapterSettings = { appSecret: 'secret', verifyToken: 'token', phoneNumberId: '1122334455667' };
 * ```
 */
export type WhatsAppAdapterSettings = z.input<typeof WhatsAppAdapterSettingsSchema>;

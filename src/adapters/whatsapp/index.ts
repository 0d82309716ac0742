/**
 * The WhatsApp Cloud API adapter.
 *
 * ```ts
 * import { createWhatsAppAdapter } from 'socialcare/adapters/whatsapp';
 * ```
 *
 * @module socialcare/adapters/whatsapp
 */
export { createWhatsAppAdapter } from './create-whatsapp-adapter';
export { type WhatsAppAdapterSettings, WhatsAppAdapterSettingsSchema } from './whatsapp-settings';

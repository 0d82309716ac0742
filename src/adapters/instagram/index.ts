/**
 * The Instagram adapter: DMs, comments and mentions of an Instagram professional account.
 *
 * ```ts
 * import { createInstagramAdapter } from 'socialcare/adapters/instagram';
 * ```
 *
 * @module socialcare/adapters/instagram
 */
export { createInstagramAdapter } from './create-instagram-adapter';
export { type InstagramAdapterSettings, InstagramAdapterSettingsSchema } from './instagram-settings';

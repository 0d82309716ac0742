/**
 * The Facebook adapter: Messenger conversations and Page feed comments.
 *
 * ```ts
 * import { createFacebookAdapter } from 'socialcare/adapters/facebook';
 * ```
 *
 * @module socialcare/adapters/facebook
 */
export { createFacebookAdapter } from './create-facebook-adapter';
export { type FacebookAdapterSettings, FacebookAdapterSettingsSchema } from './facebook-settings';
export { commentConversationId } from './page-feed-change';

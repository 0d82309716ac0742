/**
 * The X adapter: Account Activity API and X Activity API webhooks, v2 post and DM objects, the
 * CRC handshake, and replies through the v2 endpoints.
 *
 * ```ts
 * import { createXAdapter } from 'socialcare/adapters/x';
 * ```
 *
 * @module socialcare/adapters/x
 */
export { createXAdapter, X_SIGNATURE_HEADER } from './create-x-adapter';
export { directConversationId, snowflakeTime } from './x-ids';
export { type XAdapterSettings, XAdapterSettingsSchema } from './x-settings';

/**
 * The Mastodon adapter: admin webhooks, notifications and statuses in; statuses out.
 *
 * ```ts
 * import { createMastodonAdapter } from 'socialcare/adapters/mastodon';
 * ```
 *
 * @module socialcare/adapters/mastodon
 */
export { createMastodonAdapter, MASTODON_SIGNATURE_HEADER } from './create-mastodon-adapter';
export { mastodonHtmlToText } from './html-to-text';
export { type MastodonAdapterSettings, MastodonAdapterSettingsSchema } from './mastodon-settings';
export { type MastodonIdentity, normalizeMastodonStatus } from './mastodon-status';

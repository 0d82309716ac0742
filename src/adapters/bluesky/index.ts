/**
 * The Bluesky adapter: notifications, PostViews and Jetstream commits in; post replies (reply
 * refs, facets in UTF-8 byte offsets) and chat messages out.
 *
 * ```ts
 * import { createBlueskyAdapter } from 'socialcare/adapters/bluesky';
 * ```
 *
 * @module socialcare/adapters/bluesky
 */
export { type BlueskyFacet, buildBlueskyFacets } from './bluesky-facets';
export { type BlueskyPostInput, facetText, normalizeBlueskyPost } from './bluesky-post';
export { type BlueskyAdapterSettings, BlueskyAdapterSettingsSchema } from './bluesky-settings';
export { createBlueskyAdapter } from './create-bluesky-adapter';

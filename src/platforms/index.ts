/**
 * `socialcare/platforms`: versioned, sourced facts about each platform and surface (X posts and
 * DMs, Facebook comments and Messenger, Instagram comments and DMs, WhatsApp, Bluesky posts and
 * chats, Mastodon statuses, email): text limits and how they are counted, messaging windows,
 * private-reply rules, DM deep links, mention rules and capabilities; plus `measureText`.
 *
 * @example
 * ```ts
 * import { measureText, getSurfaceFacts } from 'socialcare/platforms';
 * measureText('x', 'post', 'Thanks for waiting! ^SP'); // { length: 23, limit: 280, fits: true, ... }
 * getSurfaceFacts('whatsapp', 'message').window?.afterWindow; // 'template-only'
 * ```
 *
 * @module platforms
 */
export { buildDeepLink, type DeepLinkInput, hasDeepLink } from './deep-link';
export type {
  AfterWindowRule,
  DeepLinkFacts,
  LengthUnit,
  MentionFacts,
  MessagingWindowFacts,
  PrivateReplyFacts,
  SurfaceCapabilities,
  SurfaceFacts,
  TextLimit,
} from './facts-types';
export { getSurfaceFacts, isSurfaceOf, listSurfaceFacts, surfacesOf } from './get-surface-facts';
export { countGraphemes, splitGraphemes } from './graphemes';
export { type MeasureTextOptions, measureText, type TextMeasure, type TextMeasurement } from './measure-text';
export {
  getMessagingWindowState,
  getPrivateReplyState,
  type MessagingWindowInput,
  type MessagingWindowState,
  type MessagingWindowStatus,
  type PrivateReplyInput,
  type PrivateReplyState,
} from './messaging-window';
export { isPlatform, type Platform, platformIds } from './platform';
export {
  factsVersion,
  type PlatformFactsCatalog,
  type PlatformFactsEntry,
  platformFacts,
} from './platform-facts';
export { isSurface, type Surface, surfaceIds } from './surface';
export { countCodePoints, countMastodonLength, countUtf8Bytes, countWeightedLength } from './text-length';

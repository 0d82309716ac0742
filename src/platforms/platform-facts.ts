import { DAY, HOUR, MINUTE } from '../shared/duration';
import type { MentionFacts, SurfaceCapabilities, SurfaceFacts } from './facts-types';

/** A surface's facts as written below; `limit` and `unit` are derived from `limits[0]`. */
type SurfaceFactsInput = Omit<SurfaceFacts, 'limit' | 'unit'>;

import type { Platform } from './platform';
import type { Surface } from './surface';

/**
 * The version of the {@link platformFacts} catalog: `YYYY.MM.N`, raised whenever a figure changes,
 * so stored results can say which facts they were computed with. Platforms change their rules;
 * pin this in tests that depend on a figure.
 *
 * @example
 * ```ts
 * console.log(`limits from socialcare facts ${factsVersion}`);
 * ```
 */
export const factsVersion = '2026.11.1';

/**
 * The facts of one platform: a display name and its surfaces.
 *
 * @example
 * ```ts
 * platformFacts.platforms.facebook.name; // 'Facebook'
 * ```
 */
export interface PlatformFactsEntry {
  /** The platform id. */
  readonly platform: Platform;
  /** A display name, e.g. `'WhatsApp'`. */
  readonly name: string;
  /** The surfaces the platform has, keyed by {@link Surface}. */
  readonly surfaces: Readonly<Partial<Record<Surface, SurfaceFacts>>>;
}

/**
 * The whole catalog: its version and every platform's facts.
 *
 * @example
 * ```ts
 * const catalog: PlatformFactsCatalog = platformFacts;
 * catalog.factsVersion; // '2026.11.1'
 * ```
 */
export interface PlatformFactsCatalog {
  /** See {@link factsVersion}. */
  readonly factsVersion: string;
  /** Where the figures were collected (relative to the project root). */
  readonly collectedFrom: string;
  /** Facts per platform. */
  readonly platforms: Readonly<Record<Platform, PlatformFactsEntry>>;
}

const LIMITS_FILE = '../shared/fixtures/platforms/limits.json';

const noMention: MentionFacts = {
  requirement: 'none',
  format: '',
  source: 'private conversation: no mentions',
};

function caps(
  publicReply: boolean,
  privateMessage: boolean,
  threads: boolean,
  edits: boolean,
  deletes: boolean,
  attachments: boolean,
): SurfaceCapabilities {
  return { publicReply, privateMessage, threads, edits, deletes, attachments };
}

/**
 * X post: 280 weighted characters.
 * Source: twitter/twitter-text `config/v3.json` (scale 100, default weight 200, ranges weight 100,
 * URLs 23, emoji 2) and docs.x.com `fundamentals/counting-characters` (limits.json `x.post_max_weighted_length`).
 * Edits: 30 minutes, up to 5 edits, docs.x.com `x-api/fundamentals/edit-posts` (limits.json `x.edit_window`).
 * Reply permission for self-serve API tiers: docs.x.com `x-api/posts/manage-tweets/introduction`
 * (limits.json `x.reply_permission_self_serve`).
 */
const xPost: SurfaceFactsInput = {
  platform: 'x',
  surface: 'post',
  name: 'X post',
  visibility: 'public',
  limits: [
    {
      max: 280,
      unit: 'weighted',
      source: 'twitter/twitter-text config/v3.json; docs.x.com fundamentals/counting-characters',
      verified: true,
    },
  ],
  countingRules: [
    'counted with twitter-text parseTweet (config v3)',
    'every URL counts 23',
    'an emoji sequence counts 2',
    'code points outside U+0000-U+10FF and the general punctuation ranges count 2',
  ],
  capabilities: caps(true, false, true, true, true, true),
  window: null,
  privateReply: null,
  privateSurface: 'dm',
  mention: {
    requirement: 'optional',
    format: '@{handle}',
    source:
      'docs.x.com x-api/posts/manage-tweets/introduction: a reply is threaded by reply.in_reply_to_tweet_id; self-serve tiers may reply only if the author @mentioned or quoted the replying account',
  },
  deepLink: null,
  editWindow: { windowMs: 30 * MINUTE, maxEdits: 5, source: 'docs.x.com x-api/fundamentals/edit-posts' },
  notes: [
    'self-serve API tiers may reply only if the original post @mentioned the replying account or quoted one of its posts (docs.x.com x-api/posts/manage-tweets/introduction)',
  ],
};

/**
 * X direct message: 10,000 characters.
 * Source: developer.x.com Direct Message docs, historical value (limits.json `x.dm_text_max`,
 * not re-verified in the stored docs). Deep link: developer.x.com Direct Message deep links
 * (`https://x.com/messages/compose?recipient_id=…&text=…`).
 */
const xDm: SurfaceFactsInput = {
  platform: 'x',
  surface: 'dm',
  name: 'X direct message',
  visibility: 'private',
  limits: [
    {
      max: 10_000,
      unit: 'characters',
      source: 'developer.x.com Direct Message docs (historical value)',
      verified: false,
    },
  ],
  countingRules: ['Unicode code points'],
  capabilities: caps(false, true, false, false, true, true),
  window: null,
  privateReply: null,
  privateSurface: null,
  mention: noMention,
  deepLink: {
    template: 'https://x.com/messages/compose?recipient_id={recipient}',
    recipient: 'user-id',
    textParameter: 'text',
    source: 'developer.x.com direct-messages guides: deep linking to a Direct Message (recipient_id, text)',
  },
  notes: ['the customer must accept DMs from the brand (open DMs, or they wrote first)'],
};

/**
 * Facebook Page comment: 8,000 characters (limits.json `facebook_page_comments.comment_max`,
 * unverified: not found in the stored docs). Private replies: one message to the commenter in
 * Messenger within 7 days (Meta private-replies rule; the figure in limits.json is Instagram's
 * `instagram.private_reply_window_days`, developers.facebook.com instagram-platform/private-replies,
 * applied to Pages by the same Meta policy).
 */
const facebookComment: SurfaceFactsInput = {
  platform: 'facebook',
  surface: 'comment',
  name: 'Facebook comment',
  visibility: 'public',
  limits: [
    { max: 8000, unit: 'characters', source: 'not found in stored docs (commonly cited)', verified: false },
  ],
  countingRules: ['Unicode code points'],
  capabilities: caps(true, false, false, true, true, true),
  window: null,
  privateReply: {
    windowMs: 7 * DAY,
    surface: 'messenger',
    maxPerComment: 1,
    source: 'developers.facebook.com private replies (same 7-day rule as instagram-platform/private-replies)',
    verified: false,
  },
  privateSurface: 'messenger',
  mention: {
    requirement: 'optional',
    format: '@{handle}',
    source: 'Graph API /{comment-id}/comments: replies nest under the comment without a tag',
  },
  deepLink: null,
  notes: ['comments nest one level deep, so a long answer is not split into a thread'],
};

/**
 * Facebook Messenger: 2,000 characters (UTF-8). Source: Messenger Send API reference, "Must be UTF-8
 * and has a 2000 character limit" (limits.json `messenger.text_max`). Window: 24 hours standard,
 * developers.facebook.com messenger-platform/policy (limits.json `messenger.standard_window_hours`);
 * `HUMAN_AGENT` tag up to 7 days, messenger-platform/send-messages/message-tags (limits.json
 * `messenger.human_agent_tag_days`, not re-read). Deep link: `https://m.me/<page>`
 * (developers.facebook.com messenger-platform/discovery/m-me-links).
 */
const facebookMessenger: SurfaceFactsInput = {
  platform: 'facebook',
  surface: 'messenger',
  name: 'Facebook Messenger',
  visibility: 'private',
  limits: [
    {
      max: 2000,
      unit: 'characters',
      source: 'Messenger Send API reference: "Must be UTF-8 and has a 2000 character limit"',
      verified: true,
    },
  ],
  countingRules: ['Unicode code points'],
  capabilities: caps(false, true, false, false, false, true),
  window: {
    standardMs: 24 * HOUR,
    afterWindow: 'human-agent-tag',
    humanAgentMs: 7 * DAY,
    closedErrorCode: null,
    source:
      'developers.facebook.com messenger-platform/policy (24 h); messenger-platform/send-messages/message-tags (HUMAN_AGENT, 7 days)',
    verified: false,
  },
  privateReply: null,
  privateSurface: null,
  mention: noMention,
  deepLink: {
    template: 'https://m.me/{recipient}',
    recipient: 'page-name',
    textParameter: null,
    source: 'developers.facebook.com messenger-platform/discovery/m-me-links',
  },
  notes: [
    'the standard window is up to 7 days after a first message from a Click-to-Messenger ad (messenger-platform/policy)',
    'CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE and ACCOUNT_UPDATE tags are reported retired (2026-04-27); only HUMAN_AGENT remains for agent replies',
  ],
};

/**
 * Instagram comment: 2,200 characters, the caption limit (limits.json `instagram.caption_max`; the
 * comment-reply limit itself was not found in the stored docs). Private replies within 7 days:
 * developers.facebook.com instagram-platform/private-replies (limits.json
 * `instagram.private_reply_window_days`).
 */
const instagramComment: SurfaceFactsInput = {
  platform: 'instagram',
  surface: 'comment',
  name: 'Instagram comment',
  visibility: 'public',
  limits: [
    {
      max: 2200,
      unit: 'characters',
      source: 'Instagram caption limit (comment limit not found in stored docs)',
      verified: false,
    },
  ],
  countingRules: ['Unicode code points'],
  capabilities: caps(true, false, false, false, true, false),
  window: null,
  privateReply: {
    windowMs: 7 * DAY,
    surface: 'dm',
    maxPerComment: 1,
    source: 'developers.facebook.com instagram-platform/private-replies',
    verified: true,
  },
  privateSurface: 'dm',
  mention: {
    requirement: 'optional',
    format: '@{handle}',
    source: 'Instagram Graph API /{ig-comment-id}/replies: replies nest under the comment',
  },
  deepLink: null,
  notes: ['comments nest one level deep, so a long answer is not split into a thread'],
};

/**
 * Instagram direct message: 1,000 UTF-8 bytes. Source: Instagram messaging send API docs
 * (limits.json `instagram.dm_text_max`, partially verified). Window: 24 hours, shared Meta
 * messaging policy (limits.json `instagram.standard_window_hours`, messenger-platform/policy);
 * `HUMAN_AGENT` tag 7 days as on Messenger. Deep link: `https://ig.me/m/<username>`.
 */
const instagramDm: SurfaceFactsInput = {
  platform: 'instagram',
  surface: 'dm',
  name: 'Instagram direct message',
  visibility: 'private',
  limits: [{ max: 1000, unit: 'bytes', source: 'Instagram messaging send API docs', verified: false }],
  countingRules: ['UTF-8 bytes: é is 2, most emoji 4'],
  capabilities: caps(false, true, false, false, false, true),
  window: {
    standardMs: 24 * HOUR,
    afterWindow: 'human-agent-tag',
    humanAgentMs: 7 * DAY,
    closedErrorCode: null,
    source:
      'messenger-platform/policy (Instagram Messaging API shares it); messenger-platform/send-messages/message-tags (HUMAN_AGENT)',
    verified: false,
  },
  privateReply: null,
  privateSurface: null,
  mention: noMention,
  deepLink: {
    template: 'https://ig.me/m/{recipient}',
    recipient: 'username',
    textParameter: null,
    source: 'developers.facebook.com instagram-platform ig.me links',
  },
  notes: [],
};

/**
 * WhatsApp message: 4,096 characters. Source: WhatsApp Cloud API text messages (corroborated by
 * Sinch, 360dialog, Salesforce docs; limits.json `whatsapp.text_body_max`). Window: 24-hour customer
 * service window, then approved templates only: developers.facebook.com docs/whatsapp/conversation-types
 * (limits.json `whatsapp.customer_service_window_hours`); error 131047 "Re-engagement message"
 * (limits.json `whatsapp.window_closed_error_code`). Deep link: `https://wa.me/<number>` (WhatsApp
 * Click to Chat, faq.whatsapp.com).
 */
const whatsappMessage: SurfaceFactsInput = {
  platform: 'whatsapp',
  surface: 'message',
  name: 'WhatsApp message',
  visibility: 'private',
  limits: [
    {
      max: 4096,
      unit: 'characters',
      source: 'WhatsApp Cloud API text messages (corroborated by Sinch, 360dialog, Salesforce docs)',
      verified: true,
    },
  ],
  countingRules: ['Unicode code points'],
  capabilities: caps(false, true, false, false, false, true),
  window: {
    standardMs: 24 * HOUR,
    afterWindow: 'template-only',
    humanAgentMs: null,
    closedErrorCode: 131047,
    source: 'developers.facebook.com docs/whatsapp/conversation-types; error 131047 "Re-engagement message"',
    verified: true,
  },
  privateReply: null,
  privateSurface: null,
  mention: noMention,
  deepLink: {
    template: 'https://wa.me/{recipient}',
    recipient: 'phone-number',
    textParameter: 'text',
    source:
      'WhatsApp Click to Chat (faq.whatsapp.com): https://wa.me/<number in international format, digits only>',
  },
  notes: [],
};

/**
 * Bluesky post: 300 graphemes and 3,000 UTF-8 bytes. Source: bluesky-social/atproto
 * `lexicons/app/bsky/feed/post.json` (maxGraphemes 300, maxLength 3000; limits.json
 * `bluesky.post_text_max_graphemes`, `bluesky.post_text_max_bytes`). Facet offsets are UTF-8 bytes.
 */
const blueskyPost: SurfaceFactsInput = {
  platform: 'bluesky',
  surface: 'post',
  name: 'Bluesky post',
  visibility: 'public',
  limits: [
    {
      max: 300,
      unit: 'graphemes',
      source: 'lexicons/app/bsky/feed/post.json (maxGraphemes)',
      verified: true,
    },
    { max: 3000, unit: 'bytes', source: 'lexicons/app/bsky/feed/post.json (maxLength)', verified: true },
  ],
  countingRules: ['grapheme clusters (Intl.Segmenter)', 'and UTF-8 bytes', 'URLs count in full'],
  capabilities: caps(true, false, true, false, true, true),
  window: null,
  privateReply: null,
  privateSurface: 'dm',
  mention: {
    requirement: 'optional',
    format: '@{handle}',
    source:
      'bsky-docs advanced-guides/posts.md: a reply record (reply.root, reply.parent) notifies the parent author',
  },
  deepLink: null,
  notes: ['facet offsets (mentions, links) are UTF-8 byte offsets'],
};

/**
 * Bluesky chat message: 1,000 graphemes and 10,000 bytes. Source: bluesky-social/atproto
 * `lexicons/chat/bsky/convo/defs.json` messageInput (limits.json `bluesky.dm_text_max_graphemes`,
 * `bluesky.dm_text_max_bytes`).
 */
const blueskyDm: SurfaceFactsInput = {
  platform: 'bluesky',
  surface: 'dm',
  name: 'Bluesky chat',
  visibility: 'private',
  limits: [
    {
      max: 1000,
      unit: 'graphemes',
      source: 'lexicons/chat/bsky/convo/defs.json messageInput',
      verified: true,
    },
    { max: 10_000, unit: 'bytes', source: 'lexicons/chat/bsky/convo/defs.json messageInput', verified: true },
  ],
  countingRules: ['grapheme clusters (Intl.Segmenter)', 'and UTF-8 bytes'],
  capabilities: caps(false, true, false, false, true, false),
  window: null,
  privateReply: null,
  privateSurface: null,
  mention: noMention,
  deepLink: null,
  notes: ['the customer’s chat settings decide who may start a conversation; there is no compose deep link'],
};

/**
 * Mastodon status: 500 characters by default, per instance (read `configuration.statuses.max_characters`
 * at runtime and pass it as `limit`). Every URL counts 23 (`characters_reserved_per_url`) and a remote
 * mention counts only its `@user` part. Source: mastodon/documentation `entities/Instance.md`
 * (limits.json `mastodon.status_max_characters_default`, `mastodon.characters_reserved_per_url`).
 */
const mastodonLimits: SurfaceFactsInput['limits'] = [
  {
    max: 500,
    unit: 'characters',
    source:
      'mastodon/documentation entities/Instance.md configuration.statuses.max_characters (example value)',
    verified: true,
    note: 'per instance: pass the instance value as `limit`',
  },
];

const mastodonCounting = [
  'Unicode code points',
  'every URL counts 23 (configuration.statuses.characters_reserved_per_url)',
  'a remote mention @user@domain counts as @user',
];

/** Mastodon public status. See {@link mastodonLimits} for the sources. */
const mastodonPost: SurfaceFactsInput = {
  platform: 'mastodon',
  surface: 'post',
  name: 'Mastodon status',
  visibility: 'public',
  limits: mastodonLimits,
  countingRules: mastodonCounting,
  capabilities: caps(true, false, true, true, true, true),
  window: null,
  privateReply: null,
  privateSurface: 'dm',
  mention: {
    requirement: 'required',
    format: '@{handle}',
    source: 'mastodon/documentation methods/statuses.md: only mentioned accounts are notified of a reply',
  },
  deepLink: null,
  notes: ['edits through PUT /api/v1/statuses/:id (mastodon/documentation methods/statuses.md)'],
};

/** Mastodon direct status (visibility `direct`): reaches only the accounts it mentions. */
const mastodonDm: SurfaceFactsInput = {
  platform: 'mastodon',
  surface: 'dm',
  name: 'Mastodon direct status',
  visibility: 'private',
  limits: mastodonLimits,
  countingRules: mastodonCounting,
  capabilities: caps(false, true, true, true, true, true),
  window: null,
  privateReply: null,
  privateSurface: null,
  mention: {
    requirement: 'required',
    format: '@{handle}',
    source: 'mastodon/documentation entities/Status.md: visibility direct is visible to mentioned users only',
  },
  deepLink: null,
  notes: ['a direct status is a status with visibility "direct"; without the mention nobody receives it'],
};

/** Email: no practical length limit; `mailto:` links (RFC 6068). */
const email: SurfaceFactsInput = {
  platform: 'email',
  surface: 'email',
  name: 'Email',
  visibility: 'private',
  limits: [
    { max: Number.POSITIVE_INFINITY, unit: 'characters', source: 'no platform limit', verified: true },
  ],
  countingRules: ['Unicode code points'],
  capabilities: caps(false, true, true, false, false, true),
  window: null,
  privateReply: null,
  privateSurface: null,
  mention: noMention,
  deepLink: {
    template: 'mailto:{recipient}',
    recipient: 'email-address',
    textParameter: 'body',
    source: 'RFC 6068 (the mailto URI scheme)',
  },
  notes: [],
};

/**
 * The versioned catalog of platform facts: for every platform and surface, text limits and how
 * they are counted, messaging windows, private-reply rules, deep-link formats, mention rules and
 * capabilities. Each figure carries its `source` (collected in `../shared/fixtures/platforms/limits.json`)
 * and a `verified` flag. Read it through {@link getSurfaceFacts} for a typed, checked lookup.
 *
 * @example
 * ```ts
 * platformFacts.factsVersion; // '2026.11.1'
 * platformFacts.platforms.whatsapp.surfaces.message?.limits[0].max; // 4096
 * ```
 */
export const platformFacts: PlatformFactsCatalog = deepFreeze({
  factsVersion,
  collectedFrom: LIMITS_FILE,
  platforms: {
    x: { platform: 'x', name: 'X', surfaces: { post: complete(xPost), dm: complete(xDm) } },
    facebook: {
      platform: 'facebook',
      name: 'Facebook',
      surfaces: { comment: complete(facebookComment), messenger: complete(facebookMessenger) },
    },
    instagram: {
      platform: 'instagram',
      name: 'Instagram',
      surfaces: { comment: complete(instagramComment), dm: complete(instagramDm) },
    },
    whatsapp: { platform: 'whatsapp', name: 'WhatsApp', surfaces: { message: complete(whatsappMessage) } },
    bluesky: {
      platform: 'bluesky',
      name: 'Bluesky',
      surfaces: { post: complete(blueskyPost), dm: complete(blueskyDm) },
    },
    mastodon: {
      platform: 'mastodon',
      name: 'Mastodon',
      surfaces: { post: complete(mastodonPost), dm: complete(mastodonDm) },
    },
    email: { platform: 'email', name: 'Email', surfaces: { email: complete(email) } },
  },
});

function complete(facts: SurfaceFactsInput): SurfaceFacts {
  return { ...facts, limit: facts.limits[0].max, unit: facts.limits[0].unit };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

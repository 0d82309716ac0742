import type { Platform } from './platform';
import type { Surface } from './surface';

/**
 * How a text limit is counted.
 *
 * - `'weighted'`: X weighted length (twitter-text config v3: most characters weigh 2, Latin-1 and
 *   a few punctuation ranges weigh 1, every URL counts 23, an emoji sequence counts 2; limit 280).
 * - `'graphemes'`: user-perceived characters (extended grapheme clusters, `Intl.Segmenter`).
 * - `'bytes'`: UTF-8 bytes.
 * - `'characters'`: Unicode code points (an emoji such as 😀 is 1, a flag is 2).
 *
 * @example
 * ```ts
 * const unit: LengthUnit = 'graphemes';
 * ```
 */
export type LengthUnit = 'weighted' | 'graphemes' | 'bytes' | 'characters';

/**
 * One text limit of a surface, with where the figure comes from.
 *
 * @example
 * ```ts
 * const limit: TextLimit = { max: 2000, unit: 'characters', source: 'Messenger Send API reference', verified: true };
 * ```
 */
export interface TextLimit {
  /** The largest allowed length, in `unit`. `Infinity` when the surface has no practical limit. */
  readonly max: number;
  /** How the length is counted. */
  readonly unit: LengthUnit;
  /** Where the figure comes from. */
  readonly source: string;
  /** False when the figure could not be re-checked against the platform's current documentation. */
  readonly verified: boolean;
  /** Anything a caller should know (per-instance values, counting rules). */
  readonly note?: string;
}

/**
 * What a surface lets a brand do.
 *
 * @example
 * ```ts
 * getSurfaceFacts('x', 'post').capabilities.threads; // true
 * ```
 */
export interface SurfaceCapabilities {
  /** The brand can answer in public on this surface. */
  readonly publicReply: boolean;
  /** Messages on this surface are private between the brand and the customer. */
  readonly privateMessage: boolean;
  /** Replies can be chained into a visible thread, so a long answer can be sent as numbered parts. */
  readonly threads: boolean;
  /** A sent message can be edited through the API. */
  readonly edits: boolean;
  /** A sent message can be deleted (or unsent) through the API. */
  readonly deletes: boolean;
  /** Images or files can be attached. */
  readonly attachments: boolean;
}

/**
 * What may be sent once the standard messaging window has closed.
 *
 * - `'human-agent-tag'`: only messages tagged `HUMAN_AGENT` (Meta), until `humanAgentMs`.
 * - `'template-only'`: only pre-approved message templates (WhatsApp).
 * - `'closed'`: nothing until the customer writes again.
 *
 * @example
 * ```ts
 * getSurfaceFacts('whatsapp', 'message').window?.afterWindow; // 'template-only'
 * ```
 */
export type AfterWindowRule = 'human-agent-tag' | 'template-only' | 'closed';

/**
 * The customer-service window of a private surface: how long after the customer's last message
 * the brand may answer freely.
 *
 * @example
 * ```ts
 * getSurfaceFacts('facebook', 'messenger').window?.standardMs; // 86400000 (24 h)
 * ```
 */
export interface MessagingWindowFacts {
  /** Free-form answers are allowed for this long after the customer's last message. */
  readonly standardMs: number;
  /** What may be sent after `standardMs`. */
  readonly afterWindow: AfterWindowRule;
  /** With `afterWindow: 'human-agent-tag'`: a human agent may still answer until this long after the last message. */
  readonly humanAgentMs: number | null;
  /** The platform's error code for a message sent outside the window, when it has one. */
  readonly closedErrorCode: number | null;
  /** Where the figures come from. */
  readonly source: string;
  /** False when a figure could not be re-checked against current documentation. */
  readonly verified: boolean;
}

/**
 * A public comment's private-reply rule: the brand may send one private message in answer to a
 * comment, within `windowMs` of the comment, on `surface`.
 *
 * @example
 * ```ts
 * getSurfaceFacts('instagram', 'comment').privateReply?.windowMs; // 604800000 (7 days)
 * ```
 */
export interface PrivateReplyFacts {
  /** How long after the comment the private reply may be sent. */
  readonly windowMs: number;
  /** The private surface the reply lands on. */
  readonly surface: Surface;
  /** How many private replies one comment allows before the customer answers. */
  readonly maxPerComment: number;
  /** Where the figure comes from. */
  readonly source: string;
  /** False when the figure could not be re-checked against current documentation. */
  readonly verified: boolean;
}

/**
 * Whether an answer on a surface must `@mention` the customer.
 *
 * - `'required'`: without the mention the customer is not notified (or, for a Mastodon direct
 *   status, does not even receive it).
 * - `'optional'`: the platform threads the answer itself; a mention is allowed but not needed.
 * - `'none'`: the surface has no mentions (private conversations).
 *
 * @example
 * ```ts
 * getSurfaceFacts('mastodon', 'dm').mention.requirement; // 'required'
 * ```
 */
export interface MentionFacts {
  /** Whether the mention is needed. */
  readonly requirement: 'required' | 'optional' | 'none';
  /** How a mention is written, `{handle}` being the customer's handle without the `@`. */
  readonly format: string;
  /** Where the rule comes from. */
  readonly source: string;
}

/**
 * How to link a customer straight into a private conversation with the brand.
 *
 * @example
 * ```ts
 * getSurfaceFacts('whatsapp', 'message').deepLink?.template; // 'https://wa.me/{recipient}'
 * ```
 */
export interface DeepLinkFacts {
  /** URL template; `{recipient}` is replaced by the (encoded) recipient. */
  readonly template: string;
  /** What the recipient is: the brand's numeric X user id, Page username, Instagram username, phone number, address. */
  readonly recipient: 'user-id' | 'page-name' | 'username' | 'phone-number' | 'email-address';
  /** The query parameter that pre-fills the message, when the platform supports one. */
  readonly textParameter: string | null;
  /** Where the format comes from. */
  readonly source: string;
}

/**
 * Everything socialcare knows about one surface of one platform.
 *
 * @example
 * ```ts
 * const facts: SurfaceFacts = getSurfaceFacts('bluesky', 'post');
 * facts.limits.map((limit) => `${limit.max} ${limit.unit}`); // ['300 graphemes', '3000 bytes']
 * ```
 */
export interface SurfaceFacts {
  /** The platform. */
  readonly platform: Platform;
  /** The surface. */
  readonly surface: Surface;
  /** A display name, e.g. `'X post'`. */
  readonly name: string;
  /** Whether what is written here is seen by everyone. */
  readonly visibility: 'public' | 'private';
  /** Text limits; the first is the primary one (reported by `measureText`), all must hold. */
  readonly limits: readonly [TextLimit, ...TextLimit[]];
  /** The primary limit (`limits[0].max`). */
  readonly limit: number;
  /** The primary unit (`limits[0].unit`). */
  readonly unit: LengthUnit;
  /** Extra counting rules on top of the unit (e.g. URLs count 23 on X and Mastodon). */
  readonly countingRules: readonly string[];
  /** What the surface lets a brand do. */
  readonly capabilities: SurfaceCapabilities;
  /** The customer-service window, or null when the surface has none. */
  readonly window: MessagingWindowFacts | null;
  /** For public comments: the private-reply rule, or null. */
  readonly privateReply: PrivateReplyFacts | null;
  /** The platform's private surface to move a public conversation to, or null. */
  readonly privateSurface: Surface | null;
  /** Whether and how to `@mention` the customer. */
  readonly mention: MentionFacts;
  /** The deep link into a private conversation on this surface, or null when there is none. */
  readonly deepLink: DeepLinkFacts | null;
  /** Edit rules, when edits are possible. */
  readonly editWindow?: { readonly windowMs: number; readonly maxEdits: number; readonly source: string };
  /** Anything else worth knowing. */
  readonly notes: readonly string[];
}

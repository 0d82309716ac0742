import type { ConversationEvent, Platform } from '../conversation/index';
import type { Surface, SurfaceCapabilities } from '../platforms/index';

/**
 * What an adapter can do, per surface of its platform, taken from `socialcare/platforms`
 * (`getSurfaceFacts(platform, surface).capabilities`).
 *
 * @example
 * ```ts
 * createXAdapter(settings).capabilities.post?.threads; // true
 * ```
 */
export type AdapterCapabilities = Readonly<Partial<Record<Surface, SurfaceCapabilities>>>;

/**
 * The outcome of {@link Adapter.verify}: a handshake the platform expects an answer to (X CRC,
 * Meta `hub.challenge`), or a delivery whose signature matched its raw body.
 * A failed check throws `SignatureVerificationError` instead.
 *
 * @example
 * ```ts
 * const verification = await adapter.verify(request);
 * if (verification.kind === 'handshake') return verification.response;
 * ```
 */
export type Verification =
  | { readonly kind: 'handshake'; readonly response: Response }
  | { readonly kind: 'delivery'; readonly body: Uint8Array };

/**
 * A part of a delivery the adapter did not turn into events, with the reason: nothing is dropped
 * silently (typing indicators, likes of unknown posts, platform notices...).
 *
 * @example
 * ```ts
 * const ignored: IgnoredDelivery = { reason: 'typing indicators are not conversation events', kind: 'x:typing' };
 * ```
 */
export interface IgnoredDelivery {
  /** Why the item was not turned into an event, in a sentence. */
  readonly reason: string;
  /** A short machine-readable kind, `platform:item` (e.g. `facebook:feed-status`). */
  readonly kind: string;
  /** The payload item that was ignored. */
  readonly raw?: unknown;
}

/**
 * What {@link Adapter.parse} returns.
 *
 * @example
 * ```ts
 * const { events, ignored, warnings } = await adapter.parse(request);
 * ```
 */
export interface ParseResult {
  /** Conversation events, in payload order, each keeping its raw payload item in `raw`. */
  readonly events: readonly ConversationEvent[];
  /** Items that were understood but not turned into events. */
  readonly ignored: readonly IgnoredDelivery[];
  /** Soft problems: missing optional fields, unknown attachment types... */
  readonly warnings: readonly string[];
}

/**
 * A reference to a Bluesky post: its `at://` URI and content id.
 *
 * @example
 * ```ts
 * const root: StrongRef = { uri: 'at://did:plc:abc/app.bsky.feed.post/3k43tv4rft22g', cid: 'bafyrei…' };
 * ```
 */
export interface StrongRef {
  readonly uri: string;
  readonly cid: string;
}

/**
 * A message to send, independent of the platform. `type` says where it goes:
 *
 * - `'reply'`: a public answer to `inReplyTo` (an X post, a Facebook or Instagram comment, a
 *   Bluesky post, a Mastodon status);
 * - `'message'`: a private message to `recipientId` (X DM, Messenger, Instagram DM, WhatsApp),
 *   quoting `inReplyTo` where the platform supports it (WhatsApp `context.message_id`);
 * - `'private-reply'`: a private message answering a public comment (`commentId`, Facebook and
 *   Instagram private replies);
 * - `'post'`: a new public post.
 *
 * @example
 * ```ts
 * const outbound: OutboundMessage = { type: 'reply', inReplyTo: '1207623566339919872', text: 'Sorry! DM us ^AB' };
 * ```
 */
export type OutboundMessage =
  | {
      readonly type: 'reply';
      readonly text: string;
      /** The id of the message answered. */
      readonly inReplyTo: string;
      /** Bluesky: the thread's root and the parent post (uri + cid). */
      readonly replyRefs?: { readonly root: StrongRef; readonly parent: StrongRef };
      /** Mastodon: visibility of the answer (default `'public'`, or `'direct'` for a private mention). */
      readonly visibility?: 'public' | 'unlisted' | 'private' | 'direct';
      /** Bluesky: DIDs of the handles mentioned in `text` (`@handle`), for mention facets. */
      readonly mentions?: Readonly<Record<string, string>>;
      /** Bluesky: the record's `createdAt`; defaults to the adapter's clock. */
      readonly createdAt?: number;
    }
  | {
      readonly type: 'message';
      readonly text: string;
      /** The customer's id on the platform (X user id, PSID, IGSID, WhatsApp id). */
      readonly recipientId: string;
      /** X: the DM conversation id, used instead of the recipient when given. */
      readonly threadId?: string;
      /** WhatsApp: the message quoted by the answer. */
      readonly inReplyTo?: string;
      /** Messenger / Instagram: send with the `HUMAN_AGENT` tag (after the 24 h window, within 7 days). */
      readonly humanAgent?: boolean;
    }
  | {
      readonly type: 'private-reply';
      readonly text: string;
      /** The public comment answered in private. */
      readonly commentId: string;
    }
  | {
      readonly type: 'post';
      readonly text: string;
      readonly createdAt?: number;
    };

/**
 * A ready HTTP request: pass it to `fetch(request.url, request)`. No network is involved in
 * building it.
 *
 * @example
 * ```ts
 * const request = adapter.buildReply(outbound);
 * await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
 * ```
 */
export interface OutboundRequest {
  readonly url: string;
  readonly method: 'POST' | 'PUT';
  readonly headers: Readonly<Record<string, string>>;
  /** The request body (JSON text). */
  readonly body: string;
  /** The surface the text was measured against. */
  readonly surface: Surface;
  /** Soft problems, e.g. the text was truncated to fit (`overflow: 'truncate'`). */
  readonly warnings: readonly string[];
}

/**
 * What {@link Adapter.send} resolves to.
 *
 * @example
 * ```ts
 * const sent = await adapter.send?.(outbound);
 * sent?.messageId; // the platform's id of the new message, when it says
 * ```
 */
export interface SendResult {
  /** The platform's id of the created message, when the answer names it. */
  readonly messageId: string | undefined;
  /** HTTP status. */
  readonly status: number;
  /** The parsed answer (JSON), or its text. */
  readonly body: unknown;
}

/**
 * A `fetch`-compatible function (injected so tests and edge runtimes pass their own).
 *
 * @example
 * ```ts
 * const fetchImpl: FetchLike = (url, init) => fetch(url, init);
 * ```
 */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/**
 * The adapter specification, version 1. Each platform adapter implements it; so can yours
 * (see the guide "Writing an adapter" and `adapterContract` in `socialcare/testing`).
 *
 * - `verify` checks the signature over the **raw** request bytes (never re-serialised JSON) and
 *   answers handshakes; it throws `SignatureVerificationError` when the check fails.
 * - `parse` turns a delivery into conversation events; it throws `PayloadError` when the body is
 *   not the platform's JSON, and never anything untyped.
 * - `buildReply` builds the platform request for an outbound message, with no network; it throws
 *   `CareValidationError` when the text does not fit the surface (unless `overflow: 'truncate'`).
 * - `send`, when present, sends it over the injected `fetch` and maps failures to
 *   `RateLimitError` (429), `AuthenticationError` (401/403) or `PlatformRequestError`.
 *
 * The request body can be read by both `verify` and `parse`: adapters read it once and share the
 * bytes per `Request` object.
 *
 * @example
 * ```ts
 * const adapter: Adapter = createWhatsAppAdapter({ appSecret, verifyToken, phoneNumberId });
 * const verification = await adapter.verify(request);
 * if (verification.kind === 'delivery') console.log((await adapter.parse(request)).events);
 * ```
 */
export interface Adapter {
  readonly specificationVersion: 'v1';
  readonly platform: Platform;
  readonly capabilities: AdapterCapabilities;
  verify(request: Request): Promise<Verification>;
  parse(request: Request): Promise<ParseResult>;
  buildReply(outbound: OutboundMessage): OutboundRequest;
  send?(outbound: OutboundMessage): Promise<SendResult>;
  /**
   * Optional routing hint for `createWebhookHandler` when several adapters share one URL: true
   * when the request looks like this platform's (its signature header, its handshake, its
   * payload's `object`). `body` is the raw body as text (empty for GET).
   */
  matches?(request: Request, body: string): boolean;
}

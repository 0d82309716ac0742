import { type InstantInput, toInstant } from '../shared/instant';
import { getSurfaceFacts } from './get-surface-facts';
import type { Platform } from './platform';
import type { Surface } from './surface';

/**
 * Where a private conversation stands in its platform's messaging window.
 *
 * - `'open'`: free-form messages allowed until `until`.
 * - `'human-agent-tag'`: past the standard window; a human agent may still answer with the
 *   `HUMAN_AGENT` tag until `until` (Messenger, Instagram).
 * - `'template-only'`: only approved templates (WhatsApp).
 * - `'closed'`: nothing may be sent until the customer writes again.
 * - `'no-window'`: the surface has no window (X DMs, Bluesky, Mastodon, email, public surfaces).
 *
 * @example
 * ```ts
 * const state: MessagingWindowStatus = 'template-only';
 * ```
 */
export type MessagingWindowStatus = 'open' | 'human-agent-tag' | 'template-only' | 'closed' | 'no-window';

/**
 * The result of {@link getMessagingWindowState}.
 *
 * @example
 * ```ts
 * const state = getMessagingWindowState('facebook', 'messenger', { lastInboundAt, now });
 * if (state.tag) request.tag = state.tag;
 * ```
 */
export interface MessagingWindowState {
  /** Where the conversation stands. */
  readonly status: MessagingWindowStatus;
  /** When the current status ends (epoch ms), or null when it does not end on its own. */
  readonly until: number | null;
  /** True when a free-form agent reply may be sent now (`'open'`, `'human-agent-tag'` or `'no-window'`). */
  readonly canReply: boolean;
  /** With `'human-agent-tag'`: the message tag the outbound request must carry. */
  readonly tag: 'HUMAN_AGENT' | null;
}

/**
 * Input of {@link getMessagingWindowState}.
 *
 * @example
 * ```ts
 * const input: MessagingWindowInput = { lastInboundAt: '2026-03-02T09:00:00Z', now: Date.parse('2026-03-02T20:00:00Z') };
 * ```
 */
export interface MessagingWindowInput {
  /** When the customer last wrote on this surface. */
  readonly lastInboundAt: InstantInput;
  /** The instant to evaluate at (time is always passed in). */
  readonly now: InstantInput;
}

/**
 * Evaluates a surface's messaging window (figures in `platformFacts`: Messenger and Instagram 24 h
 * then `HUMAN_AGENT` to 7 days, WhatsApp 24 h then templates only).
 *
 * @throws CareValidationError for an unknown platform/surface or an invalid instant
 * @example
 * ```ts
 * const state = getMessagingWindowState('whatsapp', 'message', {
 *   lastInboundAt: '2026-03-02T09:00:00Z',
 *   now: '2026-03-03T10:00:00Z',
 * });
 * state.status; // 'template-only'
 * ```
 */
export function getMessagingWindowState(
  platform: Platform,
  surface: Surface,
  input: MessagingWindowInput,
): MessagingWindowState {
  const window = getSurfaceFacts(platform, surface).window;
  if (window === null) return { status: 'no-window', until: null, canReply: true, tag: null };
  const last = toInstant(input.lastInboundAt, 'lastInboundAt');
  const now = toInstant(input.now, 'now');
  const standardEnd = last + window.standardMs;
  if (now < standardEnd) return { status: 'open', until: standardEnd, canReply: true, tag: null };
  if (window.afterWindow === 'human-agent-tag' && window.humanAgentMs !== null) {
    const humanEnd = last + window.humanAgentMs;
    if (now < humanEnd)
      return { status: 'human-agent-tag', until: humanEnd, canReply: true, tag: 'HUMAN_AGENT' };
    return { status: 'closed', until: null, canReply: false, tag: null };
  }
  if (window.afterWindow === 'template-only')
    return { status: 'template-only', until: null, canReply: false, tag: null };
  return { status: 'closed', until: null, canReply: false, tag: null };
}

/**
 * Input of {@link getPrivateReplyState}.
 *
 * @example
 * ```ts
 * const input: PrivateReplyInput = { commentAt: comment.createdAt, now, sent: 0 };
 * ```
 */
export interface PrivateReplyInput {
  /** When the customer's public comment was written. */
  readonly commentAt: InstantInput;
  /** The instant to evaluate at. */
  readonly now: InstantInput;
  /** How many private replies the brand already sent for this comment. */
  readonly sent?: number;
}

/**
 * The result of {@link getPrivateReplyState}.
 *
 * @example
 * ```ts
 * const { allowed, reason } = getPrivateReplyState('instagram', 'comment', input);
 * ```
 */
export interface PrivateReplyState {
  /** True when a private reply to the comment may be sent now. */
  readonly allowed: boolean;
  /** The private surface it lands on, or null when the surface has no private replies. */
  readonly surface: Surface | null;
  /** When the private-reply window closes (epoch ms), or null. */
  readonly until: number | null;
  /** Why it is not allowed, when it is not. */
  readonly reason: 'no-private-replies' | 'window-closed' | 'already-sent' | null;
}

/**
 * Whether the brand may answer a public comment with a private message (Facebook and Instagram
 * "private replies": one message within 7 days of the comment).
 *
 * @example
 * ```ts
 * getPrivateReplyState('instagram', 'comment', { commentAt: '2026-03-01T10:00:00Z', now: '2026-03-05T10:00:00Z' });
 * // { allowed: true, surface: 'dm', until: 1772964000000, reason: null }
 * ```
 */
export function getPrivateReplyState(
  platform: Platform,
  surface: Surface,
  input: PrivateReplyInput,
): PrivateReplyState {
  const rule = getSurfaceFacts(platform, surface).privateReply;
  if (rule === null) return { allowed: false, surface: null, until: null, reason: 'no-private-replies' };
  const until = toInstant(input.commentAt, 'commentAt') + rule.windowMs;
  const now = toInstant(input.now, 'now');
  if (now >= until) return { allowed: false, surface: rule.surface, until, reason: 'window-closed' };
  if ((input.sent ?? 0) >= rule.maxPerComment) {
    return { allowed: false, surface: rule.surface, until, reason: 'already-sent' };
  }
  return { allowed: true, surface: rule.surface, until, reason: null };
}

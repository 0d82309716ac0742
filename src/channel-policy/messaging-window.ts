import { getSurfaceFacts, isPlatform, isSurfaceOf, type Platform, type Surface } from '../platforms';
import { CareValidationError } from '../shared/errors';
import { type InstantInput, toInstant } from '../shared/instant';

/**
 * Who is about to write: a human agent or an automated sender (a bot).
 *
 * @example
 * ```ts
 * messagingWindow('instagram', 'dm', { lastCustomerMessageAt, at, sender: 'bot' });
 * ```
 */
export type Sender = 'human' | 'bot';

/**
 * How the brand may write now:
 * - `'standard'`: free-form messages (inside the window, or the surface has none);
 * - `'human-agent-tag'`: past the standard window, a human agent may still answer with Meta's
 * `HUMAN_AGENT` tag (Messenger and Instagram, up to 7 days);
 * - `'template-only'`: only pre-approved templates (WhatsApp after 24 hours);
 * - `'closed'`: nothing until the customer writes again.
 *
 * @example
 * ```ts
 * if (window.via === 'human-agent-tag') request.tag = 'HUMAN_AGENT';
 * ```
 */
export type WindowVia = 'standard' | 'human-agent-tag' | 'template-only' | 'closed';

/**
 * Input of {@link messagingWindow}.
 *
 * @example
 * ```ts
 * messagingWindow('whatsapp', 'message', { lastCustomerMessageAt: '2026-03-01T10:00:00Z', at: '2026-03-02T09:00:00Z' });
 * ```
 */
export interface MessagingWindowOptions {
  /** When the customer last wrote on this surface; omit when they never did. */
  readonly lastCustomerMessageAt?: InstantInput | undefined;
  /** The instant to evaluate at. */
  readonly at: InstantInput;
  /** Who would send the message (default `'human'`): bots may not use the human-agent tag. */
  readonly sender?: Sender;
}

/**
 * The result of {@link messagingWindow}.
 *
 * @example
 * ```ts
 * const { open, closesAt, via } = messagingWindow('facebook', 'messenger', { lastCustomerMessageAt, at });
 * ```
 */
export interface MessagingWindow {
  /** True when a free-form message may be sent now. */
  readonly open: boolean;
  /**
   * When the current way of writing ends (epoch ms): the end of the standard window, or of the
   * human-agent window; after closing, when it closed. Null when the surface has no window or the
   * customer never wrote.
   */
  readonly closesAt: number | null;
  /** How the brand may write now. */
  readonly via: WindowVia;
}

/**
 * Whether the brand may write to a customer on a surface now, from the facts in
 * `socialcare/platforms`: Messenger and Instagram DMs 24 hours after the customer's last message
 * (a human agent up to 7 days with the `HUMAN_AGENT` tag), WhatsApp 24 hours then templates only;
 * X, Bluesky, Mastodon, email and public surfaces have no window. The boundaries are exclusive:
 * exactly 24 hours after the last message the standard window is closed.
 *
 * @throws CareValidationError for a surface the platform lacks or an invalid instant
 * @example
 * ```ts
 * messagingWindow('facebook', 'messenger', {
 *   lastCustomerMessageAt: '2026-03-01T10:00:00Z', at: '2026-03-03T10:00:00Z', sender: 'human',
 * }); // { open: true, closesAt: 1772964000000, via: 'human-agent-tag' }
 * ```
 */
export function messagingWindow(
  platform: Platform,
  surface: Surface,
  options: MessagingWindowOptions,
): MessagingWindow {
  if (!isPlatform(platform) || !isSurfaceOf(platform, surface)) {
    throw new CareValidationError(
      `messagingWindow: ${String(platform)} has no surface ${JSON.stringify(surface)}; use one of its surfaces from socialcare/platforms (surfacesOf).`,
      [{ path: ['surface'], message: 'not a surface of this platform' }],
    );
  }
  const at = toInstant(options.at, 'at');
  const window = getSurfaceFacts(platform, surface).window;
  if (window === null) return { open: true, closesAt: null, via: 'standard' };
  const sender = options.sender ?? 'human';
  if (sender !== 'human' && sender !== 'bot') {
    throw new CareValidationError(
      `messagingWindow: sender must be 'human' or 'bot', got ${JSON.stringify(sender)}.`,
      [{ path: ['sender'], message: "expected 'human' | 'bot'" }],
    );
  }
  const afterClose: WindowVia = window.afterWindow === 'template-only' ? 'template-only' : 'closed';
  if (options.lastCustomerMessageAt === undefined) return { open: false, closesAt: null, via: afterClose };
  const last = toInstant(options.lastCustomerMessageAt, 'lastCustomerMessageAt');
  const standardEnd = last + window.standardMs;
  if (at < standardEnd) return { open: true, closesAt: standardEnd, via: 'standard' };
  if (window.afterWindow === 'human-agent-tag' && window.humanAgentMs !== null) {
    const humanEnd = last + window.humanAgentMs;
    if (sender === 'human' && at < humanEnd)
      return { open: true, closesAt: humanEnd, via: 'human-agent-tag' };
    return { open: false, closesAt: sender === 'human' ? humanEnd : standardEnd, via: 'closed' };
  }
  return { open: false, closesAt: standardEnd, via: afterClose };
}

import type { ConversationEventOf } from '../conversation';
import type { Platform, Surface } from '../platforms';
import type { HandoffMessage } from './handoff-message';
import type { MessagingWindow } from './messaging-window';
import type { SensitiveFinding } from './sensitive-data/finding';

/**
 * What to do with the next answer:
 * - `reply-public`: answer where the customer asked, in public;
 * - `move-to-private`: answer publicly with a hand-off and continue in a private message on the same platform;
 * - `reply-private`: answer in the private conversation;
 * - `move-off-platform`: continue by email or phone;
 * - `template-required`: only an approved template may be sent (WhatsApp after 24 hours);
 * - `cannot-reply`: nothing may be sent now.
 *
 * @example
 * ```ts
 * if (decision.action === 'template-required') sendTemplate();
 * ```
 */
export type ChannelAction =
  | 'reply-public'
  | 'move-to-private'
  | 'reply-private'
  | 'move-off-platform'
  | 'template-required'
  | 'cannot-reply';

/**
 * Every {@link ChannelAction}.
 *
 * @example
 * ```ts
 * CHANNEL_ACTIONS.includes('move-to-private'); // true
 * ```
 */
export const CHANNEL_ACTIONS: readonly ChannelAction[] = Object.freeze([
  'reply-public',
  'move-to-private',
  'reply-private',
  'move-off-platform',
  'template-required',
  'cannot-reply',
]);

/**
 * Stable reason codes. New codes may be added; existing ones are never renamed.
 *
 * @example
 * ```ts
 * const moved = decision.reasons.some((reason) => reason.code === 'sensitive-data-in-public-message');
 * ```
 */
export type ChannelReasonCode =
  | 'no-customer-message'
  | 'public-by-default'
  | 'already-private'
  | 'sensitive-data-in-public-message'
  | 'sensitive-data-in-draft'
  | 'customer-asked-for-private'
  | 'public-turns-exceeded'
  | 'private-topic'
  | 'identity-verification'
  | 'draft-too-long'
  | 'attachment-unsupported'
  | 'private-reply-available'
  | 'direct-message-open'
  | 'invite-to-direct-message'
  | 'no-private-surface'
  | 'window-open'
  | 'window-human-agent-tag'
  | 'window-template-only'
  | 'window-closed'
  | 'window-closed-no-alternative'
  | 'platform-is-channel';

/**
 * Why a decision was made: a stable code, a sentence for people, and the rule that fired (if any).
 *
 * @example
 * ```ts
 * for (const reason of decision.reasons) console.log(`[${reason.code}] ${reason.message}`);
 * ```
 */
export interface ChannelReason {
  /** Stable, machine-readable. */
  readonly code: ChannelReasonCode;
  /** One sentence for the agent. */
  readonly message: string;
  /** The id of the rule that produced the reason, when a rule did. */
  readonly ruleId?: string;
}

/**
 * Where the answer goes. `surface` is always one the channel's platform has (null for the phone).
 *
 * @example
 * ```ts
 * const target: ChannelTarget = { channel: 'facebook', surface: 'messenger', visibility: 'private' };
 * ```
 */
export interface ChannelTarget {
  /** The platform, or `'phone'`. */
  readonly channel: Platform | 'phone';
  /** The surface on that platform; null for the phone. */
  readonly surface: Surface | null;
  /** Whether the answer is seen by everyone. */
  readonly visibility: 'public' | 'private';
}

/**
 * A public message that holds sensitive data: the agent should ask the customer to delete it, or hide it.
 *
 * @example
 * ```ts
 * for (const flagged of decision.flagged ?? []) hideComment(flagged.messageId);
 * ```
 */
export interface FlaggedMessage {
  /** The message id. */
  readonly messageId: string;
  /** What was found in it. */
  readonly findings: readonly SensitiveFinding[];
}

/**
 * How to move the customer: where from, where to, and by which means.
 * - `private-reply`: the platform lets the brand answer the public comment with one private message;
 * - `direct-message`: a private conversation is already open, write there;
 * - `invitation`: ask the customer publicly to send a direct message (with a deep link when the platform has one);
 * - `off-platform`: ask the customer for an email address or phone number (or use the one on file).
 *
 * @example
 * ```ts
 * if (decision.handoff?.via === 'private-reply') sendPrivateReply(commentId, text);
 * ```
 */
export interface Handoff {
  /** Where the customer wrote. */
  readonly from: { readonly platform: Platform; readonly surface: Surface };
  /** Where the conversation continues. */
  readonly to: ChannelTarget;
  /** How. */
  readonly via: 'private-reply' | 'direct-message' | 'invitation' | 'off-platform';
  /** True when the platform has a deep link into a private conversation (use it in `handoffMessage`). */
  readonly deepLink: boolean;
  /** Public messages with sensitive data. */
  readonly flagged: readonly FlaggedMessage[];
  /**
   * The public invitation to post, when `decideChannel` was given `handoff` options and the
   * conversation moves to a private message (see `handoffMessage`).
   */
  readonly message?: HandoffMessage;
}

/**
 * The result of `decideChannel`.
 *
 * @example
 * ```ts
 * const decision: ChannelDecision = decideChannel(conversation, policy, { at });
 * if (decision.action === 'move-to-private') console.log(decision.reasons.map((r) => r.code));
 * ```
 */
export interface ChannelDecision {
  /** What to do. */
  readonly action: ChannelAction;
  /** Where the answer goes; null for `cannot-reply`. */
  readonly target: ChannelTarget | null;
  /** Why, in order: the rules that matched, then the platform facts that shaped the action. */
  readonly reasons: readonly ChannelReason[];
  /** For `move-to-private` and `move-off-platform`: how to move the customer. */
  readonly handoff?: Handoff;
  /** Public customer messages holding sensitive data (ask the customer to delete them, or hide them). */
  readonly flagged?: readonly FlaggedMessage[];
  /** The messaging window of the private target or current private surface, when it has one. */
  readonly window?: MessagingWindow;
  /** For a switch: the `conversation-linked` event that keeps both parts one conversation. */
  readonly event?: ConversationEventOf<'conversation-linked'>;
}

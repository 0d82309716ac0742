import type { Conversation, ConversationEventOf } from '../conversation';
import { CareValidationError } from '../shared/errors';
import { type InstantInput, toInstant } from '../shared/instant';
import type { ChannelTarget } from './channel-decision';

/**
 * Options of {@link createConversationLinkedEvent}.
 *
 * @example
 * ```ts
 * createConversationLinkedEvent(conversation, target, { at, address: 'ana@example.com' });
 * ```
 */
export interface ConversationLinkedEventOptions {
  /** When the switch happens. */
  readonly at: InstantInput;
  /** The event id (default: derived from the conversation, instant and target, so the same switch gets the same id). */
  readonly id?: string;
  /** Why (default: none); `decideChannel` passes its first reason code. */
  readonly reason?: string;
  /** The id of the private or off-platform conversation, when it has its own. */
  readonly conversationId?: string;
  /** The address used off the platform (an email address or phone number), when known. */
  readonly address?: string;
  /** Override the link kind (default: `public-to-private` on the same platform, else `channel-switch`). */
  readonly kind?: 'public-to-private' | 'channel-switch' | 'merge';
}

/**
 * The `conversation-linked` event for a switch: append it to the conversation's log so the public
 * and private (or off-platform) parts stay one conversation for SLA and KPI purposes.
 *
 * @throws CareValidationError when the conversation has no platform yet or `at` is invalid
 * @example
 * ```ts
 * const event = createConversationLinkedEvent(conversation, { channel: 'x', surface: 'dm', visibility: 'private' }, {
 *   at: '2026-03-01T10:05:00Z', reason: 'sensitive-data-in-public-message',
 * });
 * const next = applyEvent(conversation, event); // next.links[0].kind === 'public-to-private'
 * ```
 */
export function createConversationLinkedEvent(
  conversation: Conversation,
  target: ChannelTarget,
  options: ConversationLinkedEventOptions,
): ConversationEventOf<'conversation-linked'> {
  const at = toInstant(options.at, 'at');
  if (conversation.platform === undefined) {
    throw new CareValidationError(
      'createConversationLinkedEvent needs a conversation with at least one message (its platform is unknown).',
      [{ path: ['conversation', 'platform'], message: 'missing' }],
    );
  }
  const kind =
    options.kind ??
    (target.channel === conversation.platform && target.visibility === 'private'
      ? 'public-to-private'
      : 'channel-switch');
  const id = options.id ?? `${conversation.id}:linked:${target.channel}:${target.surface ?? 'none'}:${at}`;
  return {
    id,
    type: 'conversation-linked',
    at,
    conversationId: conversation.id,
    kind,
    target: {
      channel: target.channel,
      visibility: target.visibility,
      ...(target.surface === null ? {} : { surface: target.surface }),
      ...(options.conversationId === undefined ? {} : { conversationId: options.conversationId }),
      ...(options.address === undefined ? {} : { address: options.address }),
    },
    ...(options.reason === undefined ? {} : { reason: options.reason }),
  };
}

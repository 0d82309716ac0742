/**
 * Channel-switch policies: where to answer a customer (stay public, move to a private message on
 * the same platform, leave the platform), whether the platform's messaging window is still open,
 * the hand-off reply with the DM deep link, sensitive-data detection and redaction, and the
 * `conversation-linked` event that keeps the public and private parts one conversation.
 *
 * ```ts
 * import { createChannelPolicy, decideChannel, handoffMessage } from 'socialcare/channel-policy';
 * ```
 *
 * @module socialcare/channel-policy
 */
export {
  CHANNEL_ACTIONS,
  type ChannelAction,
  type ChannelDecision,
  type ChannelReason,
  type ChannelReasonCode,
  type ChannelTarget,
  type FlaggedMessage,
  type Handoff,
} from './channel-decision';
export {
  type AttachmentUnsupportedRule,
  type ChannelRule,
  type ChannelRuleCondition,
  ChannelRuleSchema,
  type CustomerAsksPrivateRule,
  type DraftTooLongRule,
  type IdentityVerificationRule,
  type OffPlatformChannel,
  type PublicTurnsRule,
  type RuleAction,
  type SensitiveDataRule,
  type TaggedRule,
  type WindowClosedRule,
} from './channel-rule';
export { surfaceForVisibility } from './conversation-surface';
export { type ChannelPolicy, createChannelPolicy, type RulePosition } from './create-channel-policy';
export {
  type ConversationLinkedEventOptions,
  createConversationLinkedEvent,
} from './create-conversation-linked-event';
export { type DecideChannelOptions, decideChannel } from './decide-channel';
export { DEFAULT_CHANNEL_RULES } from './default-channel-rules';
export { countPublicTurns, type DraftReply } from './evaluate-rule';
export { type HandoffMessage, type HandoffMessageInput, handoffMessage } from './handoff-message';
export {
  type MessagingWindow,
  type MessagingWindowOptions,
  messagingWindow,
  type Sender,
  type WindowVia,
} from './messaging-window';
export * from './sensitive-data/index';

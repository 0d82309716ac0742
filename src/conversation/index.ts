/**
 * The conversation model: customers, agents, messages and threads across platforms, as an
 * append-only event log folded into state.
 *
 * ```ts
 * import { foldConversation, threadMessages, firstResponseTime } from 'socialcare/conversation';
 * ```
 *
 * @module socialcare/conversation
 */
export type {
  Assignment,
  Conversation,
  ConversationLink,
  ConversationMessage,
  MessageReaction,
  MessageRevision,
  StatusPeriod,
  SurveyAnswer,
} from './conversation';
export { agentsInvolved } from './derived/agents-involved';
export { conversationOrigin } from './derived/conversation-origin';
export { type CustomerTurn, customerTurns } from './derived/customer-turns';
export { firstCustomerMessage } from './derived/first-customer-message';
export { firstResponse, firstResponseTime } from './derived/first-response';
export type { ResponseOptions } from './derived/response-options';
export { type InstantRange, statusIntervals, timeInStatus } from './derived/status-time';
export { type VisibilityCounts, visibilityCounts } from './derived/visibility-counts';
export {
  CONVERSATION_EVENT_TYPES,
  type ConversationEvent,
  type ConversationEventInput,
  type ConversationEventOf,
  ConversationEventSchema,
  type ConversationEventType,
  parseConversationEvent,
} from './events';
export { applyEvent, foldConversation, startConversation } from './fold';
export { InstantSchema } from './instant-schema';
export {
  type Attachment,
  AttachmentSchema,
  type Direction,
  DirectionSchema,
  type Message,
  type MessageInput,
  MessageSchema,
  parseMessage,
} from './message';
export { compareEvents, compareIds, compareMessages } from './ordering';
export {
  type BrandAccount,
  type BrandAccountInput,
  BrandAccountSchema,
  type Party,
  type PartyKind,
  PartyKindSchema,
  PartySchema,
} from './party';
export {
  type Channel,
  ChannelSchema,
  PLATFORMS,
  type Platform,
  PlatformSchema,
  type Visibility,
  VisibilitySchema,
} from './platform';
export {
  type ConversationStatus,
  ConversationStatusSchema,
  DONE_STATUSES,
  isDoneStatus,
  type Priority,
  PrioritySchema,
} from './status';
export { type ThreadOptions, threadMessages } from './thread-messages';

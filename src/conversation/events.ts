import { z } from 'zod';
import { parseWithSchema } from '../shared/validate';
import { InstantSchema } from './instant-schema';
import { MessageSchema } from './message';
import { PartySchema } from './party';
import { ChannelSchema, VisibilitySchema } from './platform';
import { ConversationStatusSchema, PrioritySchema } from './status';

const base = {
  /** Unique id of the event: duplicates (webhook retries) are recognised by it. */
  id: z.string().min(1),
  /** When it happened. */
  at: InstantSchema,
  /** The conversation it belongs to. */
  conversationId: z.string().min(1),
  /** The platform payload it came from, when there is one. */
  raw: z.unknown().optional(),
};

/** A customer message arrived. */
export const MessageReceivedEventSchema = z.object({
  ...base,
  type: z.literal('message-received'),
  message: MessageSchema,
});
/** The brand sent a message (an agent, a bot or the account; also our own echoes). */
export const MessageSentEventSchema = z.object({
  ...base,
  type: z.literal('message-sent'),
  message: MessageSchema,
});
/** A message's text changed; the previous text is kept in the message's history. */
export const MessageEditedEventSchema = z.object({
  ...base,
  type: z.literal('message-edited'),
  messageId: z.string().min(1),
  text: z.string(),
});
/** A message was deleted or unsent; it stays in the state as a tombstone. */
export const MessageDeletedEventSchema = z.object({
  ...base,
  type: z.literal('message-deleted'),
  messageId: z.string().min(1),
  by: z.enum(['customer', 'brand', 'platform']).optional(),
});
/** The platform reported that an outbound message could not be delivered. */
export const MessageFailedEventSchema = z.object({
  ...base,
  type: z.literal('message-failed'),
  messageId: z.string().min(1),
  code: z.string(),
  reason: z.string().optional(),
});
/** The platform reported an outbound message delivered to, or read by, the customer. */
export const MessageDeliveredEventSchema = z.object({
  ...base,
  type: z.literal('message-delivered'),
  messageId: z.string().min(1),
  status: z.enum(['delivered', 'read']),
});
/** Someone reacted to a message (or removed a reaction). */
export const MessageReactedEventSchema = z.object({
  ...base,
  type: z.literal('message-reacted'),
  messageId: z.string().min(1),
  reaction: z.string(),
  by: PartySchema,
  removed: z.boolean().default(false),
});
/** The case moved to another status. */
export const ConversationStatusChangedEventSchema = z.object({
  ...base,
  type: z.literal('conversation-status-changed'),
  status: ConversationStatusSchema,
  by: z.string().optional(),
});
/** The case was assigned to an agent (`agentId: null` unassigns it). */
export const ConversationAssignedEventSchema = z.object({
  ...base,
  type: z.literal('conversation-assigned'),
  agentId: z.string().min(1).nullable(),
  agentName: z.string().optional(),
});
/** Tags were added to or removed from the case. */
export const ConversationTaggedEventSchema = z.object({
  ...base,
  type: z.literal('conversation-tagged'),
  added: z.array(z.string().min(1)).default([]),
  removed: z.array(z.string().min(1)).default([]),
});
/** The case's priority changed. */
export const ConversationPrioritizedEventSchema = z.object({
  ...base,
  type: z.literal('conversation-prioritized'),
  priority: PrioritySchema,
});
/**
 * The case continues elsewhere: from public to private on the same platform, or on another
 * channel (email, phone). The target keeps the case one conversation for SLA and KPI purposes.
 */
export const ConversationLinkedEventSchema = z.object({
  ...base,
  type: z.literal('conversation-linked'),
  kind: z.enum(['public-to-private', 'channel-switch', 'merge']),
  target: z.object({
    channel: ChannelSchema,
    visibility: VisibilitySchema.optional(),
    conversationId: z.string().min(1).optional(),
    surface: z.string().optional(),
    address: z.string().optional(),
  }),
  reason: z.string().optional(),
});
/** The customer answered a satisfaction survey: CSAT 1-5 or NPS 0-10. */
export const SurveyAnsweredEventSchema = z
  .object({
    ...base,
    type: z.literal('survey-answered'),
    survey: z.enum(['csat', 'nps']),
    score: z.number().int(),
    comment: z.string().optional(),
  })
  .refine(
    (event) =>
      event.survey === 'csat' ? event.score >= 1 && event.score <= 5 : event.score >= 0 && event.score <= 10,
    {
      message: 'CSAT scores are 1-5 and NPS scores 0-10',
      path: ['score'],
    },
  );

/**
 * Any conversation event: the append-only log the conversation state is folded from.
 *
 * @example
 * ```ts
 * const event = ConversationEventSchema.parse({
 *   id: 'e1', type: 'conversation-status-changed', at: '2024-03-10T07:00:00Z',
 *   conversationId: 'c1', status: 'resolved',
 * });
 * ```
 */
export const ConversationEventSchema = z.discriminatedUnion('type', [
  MessageReceivedEventSchema,
  MessageSentEventSchema,
  MessageEditedEventSchema,
  MessageDeletedEventSchema,
  MessageFailedEventSchema,
  MessageDeliveredEventSchema,
  MessageReactedEventSchema,
  ConversationStatusChangedEventSchema,
  ConversationAssignedEventSchema,
  ConversationTaggedEventSchema,
  ConversationPrioritizedEventSchema,
  ConversationLinkedEventSchema,
  SurveyAnsweredEventSchema,
]);

/** A conversation event (instants as epoch milliseconds). */
export type ConversationEvent = z.output<typeof ConversationEventSchema>;
/** A conversation event as accepted by {@link parseConversationEvent}. */
export type ConversationEventInput = z.input<typeof ConversationEventSchema>;
/** The `type` of a conversation event. */
export type ConversationEventType = ConversationEvent['type'];
/** The event of one type. */
export type ConversationEventOf<T extends ConversationEventType> = Extract<ConversationEvent, { type: T }>;

/** Every event type, in a stable order. */
export const CONVERSATION_EVENT_TYPES: readonly ConversationEventType[] = ConversationEventSchema.options.map(
  (option) => option.shape.type.value,
);

/**
 * Validates an event at the public edge (a file, a queue, an HTTP body).
 *
 * @throws CareValidationError naming the first invalid field
 * @example
 * ```ts
 * const event = parseConversationEvent(JSON.parse(line));
 * ```
 */
export function parseConversationEvent(input: unknown): ConversationEvent {
  return parseWithSchema(ConversationEventSchema, input, 'conversation event');
}

import { z } from 'zod';
import { parseWithSchema } from '../shared/validate';
import { InstantSchema } from './instant-schema';
import { PartySchema } from './party';
import { PlatformSchema, VisibilitySchema } from './platform';

/**
 * An attachment on a message (media, a file, a location, a shared link card...).
 *
 * @example
 * ```ts
 * AttachmentSchema.parse({ kind: 'image', url: 'https://example.com/a.jpg' });
 * ```
 */
export const AttachmentSchema = z.object({
  kind: z.enum(['image', 'video', 'audio', 'file', 'sticker', 'location', 'link', 'story', 'other']),
  url: z.string().optional(),
  mimeType: z.string().optional(),
  name: z.string().optional(),
  id: z.string().optional(),
});

/** An attachment on a message. */
export type Attachment = z.output<typeof AttachmentSchema>;

/**
 * Direction of a message from the brand's point of view: `inbound` from a customer, `outbound`
 * from the brand (an agent, a bot or the account).
 *
 * @example
 * ```ts
 * DirectionSchema.parse('inbound');
 * ```
 */
export const DirectionSchema = z.enum(['inbound', 'outbound']);

/** `'inbound' | 'outbound'`. */
export type Direction = z.output<typeof DirectionSchema>;

/**
 * A message on any platform, normalized.
 *
 * - `accountId`: the brand account on our side: the sender of an outbound message, the account an
 *   inbound message addressed (mention or DM recipient) when known.
 * - `inReplyTo`: the id of the message this one answers, on the same platform.
 * - `threadId`: the platform's id of a private thread (X `dm_conversation_id`, the customer's PSID
 *   or WhatsApp id); private messages are threaded by it, or by the customer's id when absent.
 * - `createdAt`: when the platform says it was written; `receivedAt`: when we got it.
 * - `raw`: the platform payload it was normalized from, when there is one.
 *
 * @example
 * ```ts
 * MessageSchema.parse({
 *   id: '1', platform: 'x', direction: 'inbound', visibility: 'public',
 *   author: { id: '42', kind: 'customer' }, text: '@AcmeCare my order is late',
 *   createdAt: '2024-03-10T07:00:00Z', mentions: ['AcmeCare'],
 * });
 * ```
 */
export const MessageSchema = z.object({
  id: z.string().min(1),
  platform: PlatformSchema,
  direction: DirectionSchema,
  visibility: VisibilitySchema,
  author: PartySchema,
  text: z.string(),
  createdAt: InstantSchema,
  receivedAt: InstantSchema.optional(),
  inReplyTo: z.string().min(1).optional(),
  accountId: z.string().min(1).optional(),
  threadId: z.string().min(1).optional(),
  mentions: z.array(z.string()).default([]),
  attachments: z.array(AttachmentSchema).default([]),
  raw: z.unknown().optional(),
});

/** A normalized message (instants as epoch milliseconds). */
export type Message = z.output<typeof MessageSchema>;
/** A message as accepted by {@link parseMessage} (instants as `Date | number | string`). */
export type MessageInput = z.input<typeof MessageSchema>;

/**
 * Validates a message at the public edge.
 *
 * @throws CareValidationError naming the first invalid field
 * @example
 * ```ts
 * const message = parseMessage({ id: '1', platform: 'x', direction: 'inbound', visibility: 'public',
 *   author: { id: '42', kind: 'customer' }, text: 'hi', createdAt: '2024-03-10T07:00:00Z' });
 * message.createdAt; // 1710054000000
 * ```
 */
export function parseMessage(input: unknown): Message {
  return parseWithSchema(MessageSchema, input, 'message');
}

import type { Attachment, ConversationEvent, Message, Party, Platform } from '../conversation/index';

type Loose<T> = { [K in keyof T]?: T[K] | undefined };

/** Message fields as adapters gather them: optional ones may be `undefined`. */
export type MessageFields = Pick<
  Message,
  'id' | 'platform' | 'direction' | 'visibility' | 'author' | 'text' | 'createdAt'
> &
  Loose<Pick<Message, 'receivedAt' | 'inReplyTo' | 'accountId' | 'threadId' | 'raw'>> & {
    readonly mentions?: readonly string[] | undefined;
    readonly attachments?: readonly Attachment[] | undefined;
  };

/**
 * Builds a normalized message, dropping `undefined` optional fields (exact optional types).
 *
 * @example
 * ```ts
 * makeMessage({ id: '1', platform: 'x', direction: 'inbound', visibility: 'public', author, text: 'hi', createdAt: 0 });
 * ```
 */
export function makeMessage(fields: MessageFields): Message {
  const message: Record<string, unknown> = {
    id: fields.id,
    platform: fields.platform,
    direction: fields.direction,
    visibility: fields.visibility,
    author: fields.author,
    text: fields.text,
    createdAt: fields.createdAt,
    mentions: fields.mentions === undefined ? [] : [...fields.mentions],
    attachments: fields.attachments === undefined ? [] : [...fields.attachments],
  };
  if (fields.receivedAt !== undefined) message.receivedAt = fields.receivedAt;
  if (fields.inReplyTo !== undefined) message.inReplyTo = fields.inReplyTo;
  if (fields.accountId !== undefined) message.accountId = fields.accountId;
  if (fields.threadId !== undefined) message.threadId = fields.threadId;
  if (fields.raw !== undefined) message.raw = fields.raw;
  return message as Message;
}

/**
 * Builds a party, dropping `undefined` optional fields.
 *
 * @example
 * ```ts
 * makeParty('42', 'customer', { handle: 'ana', displayName: undefined });
 * ```
 */
export function makeParty(
  id: string,
  kind: Party['kind'],
  extra: { readonly handle?: string | undefined; readonly displayName?: string | undefined } = {},
): Party {
  const party: Record<string, unknown> = { id, kind };
  if (extra.handle !== undefined) party.handle = extra.handle;
  if (extra.displayName !== undefined) party.displayName = extra.displayName;
  return party as Party;
}

/**
 * A `message-received` (inbound) or `message-sent` (outbound) event for a message.
 *
 * @example
 * ```ts
 * messageEvent('x:message:1', 'x:1', message, rawItem);
 * ```
 */
export function messageEvent(
  id: string,
  conversationId: string,
  message: Message,
  raw: unknown,
): ConversationEvent {
  return {
    id,
    type: message.direction === 'inbound' ? 'message-received' : 'message-sent',
    at: message.createdAt,
    conversationId,
    message,
    raw,
  };
}

/**
 * An attachment, dropping `undefined` optional fields.
 *
 * @example
 * ```ts
 * makeAttachment('image', { url: 'https://…', mimeType: undefined });
 * ```
 */
export function makeAttachment(
  kind: Attachment['kind'],
  extra: Loose<Omit<Attachment, 'kind'>> = {},
): Attachment {
  const attachment: Record<string, unknown> = { kind };
  for (const key of ['url', 'mimeType', 'name', 'id'] as const) {
    const value = extra[key];
    if (value !== undefined) attachment[key] = value;
  }
  return attachment as Attachment;
}

/** A platform id union member, re-exported for adapter files. */
export type { Platform };

import type { Attachment } from '../../conversation/index';
import { eventIdOf, privateConversationId } from '../conversation-ids';
import { makeMessage, makeParty, messageEvent } from '../make-event';
import type { ParseCollector } from '../parse-collector';
import { arrayAt, asObject, isoMs, numberAt, objectAt, stringAt } from '../payload-reader';
import { directConversationId, snowflakeTime } from './x-ids';
import { mediaAttachment } from './x-tweet';
import type { XUserDirectory } from './x-users';

/**
 * Normalizes a legacy DM event (`direct_message_events[]` of the Account Activity API and of X
 * Activity `dm.*` events). Our own messages (sender is the subscribed account) are outbound echoes.
 */
export function directMessageEvent(
  item: unknown,
  accountId: string | undefined,
  users: XUserDirectory,
  out: ParseCollector,
): void {
  const event = asObject(item);
  const type = stringAt(event, 'type');
  if (type !== 'message_create') {
    out.ignore('x:dm-event', `DM event of type ${type ?? 'unknown'} is not a message`, item);
    return;
  }
  const id = stringAt(event, 'id');
  const create = objectAt(event, 'message_create');
  const senderId = stringAt(create, 'sender_id');
  const recipientId = stringAt(objectAt(create, 'target'), 'recipient_id');
  const createdAt =
    numberAt(event, 'created_timestamp') ?? (id === undefined ? undefined : snowflakeTime(id));
  if (id === undefined || senderId === undefined || recipientId === undefined || createdAt === undefined) {
    out.ignore('x:dm', 'DM without id, sender_id, target.recipient_id or created_timestamp', item);
    return;
  }
  const data = objectAt(create, 'message_data');
  const outbound = accountId !== undefined ? senderId === accountId : false;
  const threadId = directConversationId(senderId, recipientId);
  const attachment = objectAt(data, 'attachment');
  const attachments: Attachment[] =
    stringAt(attachment, 'type') === 'media' ? mediaAttachment(attachment?.media) : [];
  const info = users.info(senderId);
  const message = makeMessage({
    id,
    platform: 'x',
    direction: outbound ? 'outbound' : 'inbound',
    visibility: 'private',
    author: makeParty(senderId, outbound ? 'brand' : 'customer', info),
    text: stringAt(data, 'text') ?? '',
    createdAt,
    accountId: accountId ?? recipientId,
    threadId,
    mentions: arrayAt(objectAt(data, 'entities'), 'user_mentions').flatMap((mention) => {
      const name = stringAt(asObject(mention), 'screen_name');
      return name === undefined ? [] : [name];
    }),
    attachments,
    raw: item,
  });
  out.event(messageEvent(eventIdOf('x', 'dm', id), privateConversationId('x', threadId), message, item));
}

/** A read receipt (`direct_message_mark_read_events`): the customer read our messages up to an event. */
export function markReadEvent(item: unknown, accountId: string | undefined, out: ParseCollector): void {
  const event = asObject(item);
  const senderId = stringAt(event, 'sender_id');
  const recipientId = stringAt(objectAt(event, 'target'), 'recipient_id');
  const lastRead = stringAt(event, 'last_read_event_id');
  const at = numberAt(event, 'created_timestamp');
  if (senderId === undefined || recipientId === undefined || lastRead === undefined || at === undefined) {
    out.ignore('x:dm-read', 'read receipt without sender_id, recipient_id, last_read_event_id or time', item);
    return;
  }
  if (accountId !== undefined && senderId === accountId) {
    out.ignore('x:dm-read', 'our own account read the conversation: not a customer receipt', item);
    return;
  }
  out.event({
    id: eventIdOf('x', 'read', senderId, lastRead),
    type: 'message-delivered',
    at,
    conversationId: privateConversationId('x', directConversationId(senderId, recipientId)),
    messageId: lastRead,
    status: 'read',
    raw: item,
  });
}

/**
 * Normalizes a v2 DM event (`GET /2/dm_events`): `MessageCreate` becomes a message,
 * `ParticipantsJoin` / `ParticipantsLeave` are ignored with a reason.
 */
export function v2DirectMessageEvent(
  item: unknown,
  accountId: string | undefined,
  users: XUserDirectory,
  out: ParseCollector,
): void {
  const event = asObject(item);
  const type = stringAt(event, 'event_type');
  if (type !== 'MessageCreate') {
    out.ignore('x:dm-event', `DM event ${type ?? 'without event_type'} is not a message`, item);
    return;
  }
  const id = stringAt(event, 'id');
  const senderId = stringAt(event, 'sender_id');
  const threadId = stringAt(event, 'dm_conversation_id');
  const createdAt =
    isoMs(stringAt(event, 'created_at')) ?? (id === undefined ? undefined : snowflakeTime(id));
  if (id === undefined || senderId === undefined || threadId === undefined || createdAt === undefined) {
    out.ignore('x:dm', 'v2 DM event without id, sender_id, dm_conversation_id or created_at', item);
    return;
  }
  const outbound = accountId !== undefined && senderId === accountId;
  const message = makeMessage({
    id,
    platform: 'x',
    direction: outbound ? 'outbound' : 'inbound',
    visibility: 'private',
    author: makeParty(senderId, outbound ? 'brand' : 'customer', users.info(senderId)),
    text: stringAt(event, 'text') ?? '',
    createdAt,
    accountId,
    threadId,
    raw: item,
  });
  out.event(messageEvent(eventIdOf('x', 'dm', id), privateConversationId('x', threadId), message, item));
}

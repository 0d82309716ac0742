import type { Attachment } from '../../conversation/index';
import { eventIdOf, privateConversationId } from '../conversation-ids';
import { makeAttachment, makeMessage, makeParty, messageEvent } from '../make-event';
import type { ParseCollector } from '../parse-collector';
import { arrayAt, asObject, booleanAt, epochMs, idAt, numberAt, objectAt, stringAt } from '../payload-reader';

/** Which Meta messaging product an item belongs to. */
export type MessagingPlatform = 'facebook' | 'instagram';

const IGNORED_KEYS: readonly (readonly [string, string])[] = [
  ['optin', 'an opt-in (plugin or notification request) is not a conversation message'],
  ['referral', 'a referral (ad, m.me link) is not a conversation message'],
  ['account_linking', 'account linking is not a conversation message'],
  ['pass_thread_control', 'a handover-protocol event is not a conversation message'],
  ['take_thread_control', 'a handover-protocol event is not a conversation message'],
  ['request_thread_control', 'a handover-protocol event is not a conversation message'],
  ['policy_enforcement', 'a policy enforcement notice is not a conversation message'],
  ['game_play', 'a game event is not a conversation message'],
];

/**
 * Normalizes one `entry[].messaging[]` item of Messenger or Instagram messaging: messages,
 * echoes of our own messages (outbound), unsends, postbacks (as the customer's message, with the
 * button title as text), reactions, reads and deliveries. `accountId` is the Page or Instagram
 * account id (`entry.id`).
 */
export function messagingItemEvents(
  item: unknown,
  platform: MessagingPlatform,
  accountIdHint: string | undefined,
  out: ParseCollector,
  appId?: string,
): void {
  const messaging = asObject(item);
  const senderObject = objectAt(messaging, 'sender');
  const senderId = idAt(senderObject, 'id') ?? stringAt(senderObject, 'user_ref');
  const recipientId = idAt(objectAt(messaging, 'recipient'), 'id');
  if (messaging === undefined || senderId === undefined || recipientId === undefined) {
    out.ignore(`${platform}:messaging`, 'messaging item without sender.id and recipient.id', item);
    return;
  }
  if (senderObject?.id === undefined) {
    out.warn(
      `${platform}: sender is a user_ref (${senderId}), not a page-scoped id: answers need the user_ref recipient.`,
    );
  }
  const timestamp = epochMs(numberAt(messaging, 'timestamp'));
  const message = objectAt(messaging, 'message');
  if (message !== undefined) {
    messageItem(messaging, message, platform, senderId, recipientId, timestamp, accountIdHint, out, appId);
    return;
  }
  const postback = objectAt(messaging, 'postback');
  if (postback !== undefined) {
    postbackItem(messaging, postback, platform, senderId, recipientId, timestamp, out);
    return;
  }
  const reaction = objectAt(messaging, 'reaction');
  if (reaction !== undefined) {
    const messageId = stringAt(reaction, 'mid');
    if (messageId === undefined || timestamp === undefined) {
      out.ignore(`${platform}:reaction`, 'reaction without mid or timestamp', item);
      return;
    }
    const action = stringAt(reaction, 'action') ?? 'react';
    const emoji = stringAt(reaction, 'emoji') ?? stringAt(reaction, 'reaction') ?? '';
    const byBrand = senderId === accountIdHint;
    const threadId = byBrand ? recipientId : senderId;
    out.event({
      id: eventIdOf(platform, 'reaction', messageId, senderId, action, emoji, String(timestamp)),
      type: 'message-reacted',
      at: timestamp,
      conversationId: privateConversationId(platform, threadId),
      messageId,
      reaction: emoji,
      by: makeParty(senderId, byBrand ? 'brand' : 'customer'),
      removed: action === 'unreact',
      raw: item,
    });
    return;
  }
  const read = objectAt(messaging, 'read');
  if (read !== undefined) {
    const watermark = epochMs(numberAt(read, 'watermark'));
    if (watermark === undefined) {
      out.ignore(`${platform}:read`, 'read receipt without watermark', item);
      return;
    }
    const readMid = stringAt(read, 'mid');
    out.event({
      id: eventIdOf(platform, 'read', senderId, readMid ?? String(watermark)),
      type: 'message-delivered',
      at: timestamp ?? watermark,
      conversationId: privateConversationId(platform, senderId),
      messageId: readMid ?? `watermark:${watermark}`,
      status: 'read',
      raw: item,
    });
    return;
  }
  const delivery = objectAt(messaging, 'delivery');
  if (delivery !== undefined) {
    const watermark = epochMs(numberAt(delivery, 'watermark'));
    const at = timestamp ?? watermark;
    if (at === undefined) {
      out.ignore(`${platform}:delivery`, 'delivery receipt without watermark or timestamp', item);
      return;
    }
    const mids = arrayAt(delivery, 'mids').filter(
      (mid): mid is string => typeof mid === 'string' && mid !== '',
    );
    const ids = mids.length > 0 ? mids : [`watermark:${watermark ?? at}`];
    for (const mid of ids) {
      out.event({
        id: eventIdOf(platform, 'delivery', senderId, mid),
        type: 'message-delivered',
        at,
        conversationId: privateConversationId(platform, senderId),
        messageId: mid,
        status: 'delivered',
        raw: item,
      });
    }
    return;
  }
  for (const [key, reason] of IGNORED_KEYS) {
    if (messaging[key] !== undefined) {
      out.ignore(`${platform}:${key.replaceAll('_', '-')}`, reason, item);
      return;
    }
  }
  out.ignore(`${platform}:messaging`, 'messaging item of an unknown kind', item);
}

function messageItem(
  item: object,
  message: Readonly<Record<string, unknown>>,
  platform: MessagingPlatform,
  senderId: string,
  recipientId: string,
  timestamp: number | undefined,
  accountIdHint: string | undefined,
  out: ParseCollector,
  appId: string | undefined,
): void {
  const mid = stringAt(message, 'mid');
  if (mid === undefined || timestamp === undefined) {
    out.ignore(`${platform}:message`, 'message without mid or timestamp', item);
    return;
  }
  const echo =
    booleanAt(message, 'is_echo') === true || (accountIdHint !== undefined && senderId === accountIdHint);
  const customerId = echo ? recipientId : senderId;
  const accountId = echo ? senderId : recipientId;
  const conversationId = privateConversationId(platform, customerId);
  if (booleanAt(message, 'is_deleted') === true) {
    out.event({
      id: eventIdOf(platform, 'unsend', mid),
      type: 'message-deleted',
      at: timestamp,
      conversationId,
      messageId: mid,
      by: echo ? 'brand' : 'customer',
      raw: item,
    });
    return;
  }
  const attachments: Attachment[] = [];
  for (const entry of arrayAt(message, 'attachments')) {
    const attachment = attachmentOf(entry);
    if (attachment === undefined) out.warn(`${platform}: attachment of an unknown shape in message ${mid}`);
    else attachments.push(attachment);
  }
  const replyTo = objectAt(message, 'reply_to');
  const story = objectAt(replyTo, 'story');
  if (story !== undefined) {
    attachments.push(
      makeAttachment('story', {
        id: stringAt(story, 'id'),
        url: stringAt(story, 'url'),
        name: 'story reply',
      }),
    );
  }
  const normalized = makeMessage({
    id: mid,
    platform,
    direction: echo ? 'outbound' : 'inbound',
    visibility: 'private',
    // An echo sent by another app (or by a person in the Page inbox) is an agent's message.
    author: makeParty(
      senderId,
      echo ? (appId === undefined || idAt(message, 'app_id') === appId ? 'brand' : 'agent') : 'customer',
    ),
    text: stringAt(message, 'text') ?? '',
    createdAt: timestamp,
    inReplyTo: stringAt(replyTo, 'mid'),
    accountId,
    threadId: customerId,
    attachments,
    raw: item,
  });
  out.event(messageEvent(eventIdOf(platform, 'message', mid), conversationId, normalized, item));
}

function postbackItem(
  item: object,
  postback: Readonly<Record<string, unknown>>,
  platform: MessagingPlatform,
  senderId: string,
  recipientId: string,
  timestamp: number | undefined,
  out: ParseCollector,
): void {
  if (timestamp === undefined) {
    out.ignore(`${platform}:postback`, 'postback without timestamp', item);
    return;
  }
  const id = stringAt(postback, 'mid') ?? `postback-${senderId}-${timestamp}`;
  const title = stringAt(postback, 'title') ?? stringAt(postback, 'payload') ?? '';
  const normalized = makeMessage({
    id,
    platform,
    direction: 'inbound',
    visibility: 'private',
    author: makeParty(senderId, 'customer'),
    text: title,
    createdAt: timestamp,
    accountId: recipientId,
    threadId: senderId,
    raw: item,
  });
  out.event(
    messageEvent(
      eventIdOf(platform, 'postback', id),
      privateConversationId(platform, senderId),
      normalized,
      item,
    ),
  );
}

const ATTACHMENT_KINDS: Readonly<Record<string, Attachment['kind']>> = {
  image: 'image',
  video: 'video',
  audio: 'audio',
  file: 'file',
  sticker: 'sticker',
  location: 'location',
  story_mention: 'story',
  share: 'link',
  reel: 'video',
  ig_reel: 'video',
  post: 'link',
  ig_post: 'link',
  fallback: 'link',
  template: 'other',
};

function attachmentOf(entry: unknown): Attachment | undefined {
  const attachment = asObject(entry);
  const type = stringAt(attachment, 'type');
  if (attachment === undefined || type === undefined) return undefined;
  const payload = objectAt(attachment, 'payload');
  const kind = payload?.sticker_id !== undefined ? 'sticker' : (ATTACHMENT_KINDS[type] ?? 'other');
  return makeAttachment(kind, {
    url: stringAt(payload, 'url'),
    name: stringAt(attachment, 'title') ?? (kind === 'other' || kind === 'story' ? type : undefined),
    id: idAt(payload, 'attachment_id') ?? idAt(payload, 'sticker_id') ?? idAt(payload, 'ig_post_media_id'),
  });
}

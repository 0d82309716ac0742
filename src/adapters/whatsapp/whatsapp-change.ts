import type { Attachment } from '../../conversation/index';
import { eventIdOf, privateConversationId } from '../conversation-ids';
import { makeAttachment, makeMessage, makeParty, messageEvent } from '../make-event';
import type { ParseCollector } from '../parse-collector';
import {
  arrayAt,
  asObject,
  epochMs,
  type JsonObject,
  numberAt,
  objectAt,
  stringAt,
  textAt,
} from '../payload-reader';

const MEDIA_KINDS: Readonly<Record<string, Attachment['kind']>> = {
  image: 'image',
  video: 'video',
  audio: 'audio',
  voice: 'audio',
  document: 'file',
  sticker: 'sticker',
};

/**
 * Normalizes one WhatsApp Cloud API `changes[]` item (`field: "messages"`): inbound messages of
 * every type (text, media, location, contacts, interactive and button replies, reactions,
 * unsupported), and statuses of our messages: `delivered` / `read` become `message-delivered`,
 * `failed` becomes `message-failed` with the platform's error code (131047: the 24-hour window
 * had closed), `sent` is ignored with a reason.
 */
export function whatsAppChange(field: string, value: unknown, out: ParseCollector): void {
  if (field !== 'messages') {
    out.ignore(`whatsapp:${field}`, `WhatsApp field "${field}" is not a conversation event`, value);
    return;
  }
  const change = asObject(value);
  if (change === undefined) {
    out.ignore('whatsapp:messages', 'messages change without a value object', value);
    return;
  }
  const accountId = stringAt(objectAt(change, 'metadata'), 'phone_number_id');
  const names = new Map<string, string>();
  for (const contact of arrayAt(change, 'contacts')) {
    const object = asObject(contact);
    const waId = stringAt(object, 'wa_id');
    const name = stringAt(objectAt(object, 'profile'), 'name');
    if (waId !== undefined && name !== undefined) names.set(waId, name);
  }
  for (const item of arrayAt(change, 'messages')) messageItem(item, accountId, names, out);
  for (const item of arrayAt(change, 'statuses')) statusItem(item, out);
  for (const error of arrayAt(change, 'errors')) {
    const object = asObject(error);
    out.warn(`whatsapp: error ${String(object?.code ?? '?')} ${stringAt(object, 'title') ?? ''}`.trim());
    out.ignore('whatsapp:error', 'a system error notice is not a conversation event', error);
  }
}

function messageItem(
  item: unknown,
  accountId: string | undefined,
  names: ReadonlyMap<string, string>,
  out: ParseCollector,
): void {
  const message = asObject(item);
  const id = stringAt(message, 'id');
  const from = stringAt(message, 'from');
  const at = epochMs(numberAt(message, 'timestamp'));
  const type = stringAt(message, 'type');
  if (
    message === undefined ||
    id === undefined ||
    from === undefined ||
    at === undefined ||
    type === undefined
  ) {
    out.ignore('whatsapp:message', 'message without id, from, timestamp or type', item);
    return;
  }
  const conversationId = privateConversationId('whatsapp', from);
  const author = makeParty(from, 'customer', { displayName: names.get(from) });
  if (type === 'reaction') {
    const reaction = objectAt(message, 'reaction');
    const target = stringAt(reaction, 'message_id');
    if (target === undefined) {
      out.ignore('whatsapp:reaction', 'reaction without message_id', item);
      return;
    }
    const emoji = textAt(reaction, 'emoji') ?? '';
    out.event({
      id: eventIdOf('whatsapp', 'reaction', id),
      type: 'message-reacted',
      at,
      conversationId,
      messageId: target,
      reaction: emoji,
      by: author,
      removed: emoji === '',
      raw: item,
    });
    return;
  }
  if (type === 'system' || type === 'request_welcome') {
    out.ignore(`whatsapp:${type}`, `a ${type} message is a platform notice, not the customer writing`, item);
    return;
  }
  let text = '';
  const attachments: Attachment[] = [];
  const body = objectAt(message, type);
  switch (type) {
    case 'text':
      text = textAt(body, 'body') ?? '';
      break;
    case 'interactive': {
      const kind = stringAt(body, 'type');
      const reply = kind === undefined ? undefined : objectAt(body, kind);
      text = stringAt(reply, 'title') ?? stringAt(reply, 'id') ?? '';
      break;
    }
    case 'button':
      text = stringAt(body, 'text') ?? stringAt(body, 'payload') ?? '';
      break;
    case 'location': {
      const latitude = numberAt(body, 'latitude');
      const longitude = numberAt(body, 'longitude');
      const label = [stringAt(body, 'name'), stringAt(body, 'address')]
        .filter((part) => part !== undefined)
        .join(', ');
      attachments.push(
        makeAttachment('location', {
          url:
            stringAt(body, 'url') ??
            (latitude === undefined || longitude === undefined ? undefined : `geo:${latitude},${longitude}`),
          name: label === '' ? undefined : label,
        }),
      );
      text = label;
      break;
    }
    case 'contacts':
      attachments.push(makeAttachment('other', { name: 'contacts' }));
      break;
    case 'unsupported': {
      const error = asObject(arrayAt(message, 'errors')[0]);
      out.warn(
        `whatsapp: message ${id} has a type WhatsApp does not deliver (code ${String(error?.code ?? '?')}: ${stringAt(error, 'title') ?? 'unsupported'}); ask the customer to resend it.`,
      );
      attachments.push(makeAttachment('other', { name: 'unsupported' }));
      break;
    }
    default: {
      const kind = MEDIA_KINDS[type];
      if (kind === undefined) {
        out.warn(`whatsapp: message ${id} has an unknown type "${type}"; kept with its raw payload.`);
        attachments.push(makeAttachment('other', { name: type }));
        break;
      }
      attachments.push(
        makeAttachment(kind, {
          id: stringAt(body, 'id'),
          mimeType: stringAt(body, 'mime_type'),
          name: stringAt(body, 'filename'),
          url: stringAt(body, 'url') ?? stringAt(body, 'link'),
        }),
      );
      text = stringAt(body, 'caption') ?? '';
    }
  }
  const normalized = makeMessage({
    id,
    platform: 'whatsapp',
    direction: 'inbound',
    visibility: 'private',
    author,
    text,
    createdAt: at,
    inReplyTo: stringAt(objectAt(message, 'context'), 'id'),
    accountId,
    threadId: from,
    attachments,
    raw: item,
  });
  out.event(messageEvent(eventIdOf('whatsapp', 'message', id), conversationId, normalized, item));
}

function statusItem(item: unknown, out: ParseCollector): void {
  const status = asObject(item);
  const id = stringAt(status, 'id');
  const state = stringAt(status, 'status');
  const recipient = stringAt(status, 'recipient_id');
  const at = epochMs(numberAt(status, 'timestamp'));
  if (id === undefined || state === undefined || recipient === undefined || at === undefined) {
    out.ignore('whatsapp:status', 'status without id, status, recipient_id or timestamp', item);
    return;
  }
  const conversationId = privateConversationId('whatsapp', recipient);
  const eventId = eventIdOf('whatsapp', 'status', id, state);
  if (state === 'delivered' || state === 'read') {
    out.event({
      id: eventId,
      type: 'message-delivered',
      at,
      conversationId,
      messageId: id,
      status: state,
      raw: item,
    });
    return;
  }
  if (state === 'failed') {
    const error = asObject(arrayAt(status, 'errors')[0]) as JsonObject | undefined;
    const code = error?.code;
    const details = stringAt(objectAt(error, 'error_data'), 'details');
    const title = stringAt(error, 'title') ?? stringAt(error, 'message');
    const reason = [title, details].filter((part) => part !== undefined).join(': ');
    out.event({
      id: eventId,
      type: 'message-failed',
      at,
      conversationId,
      messageId: id,
      code: typeof code === 'number' || typeof code === 'string' ? String(code) : 'unknown',
      ...(reason === '' ? {} : { reason }),
      raw: item,
    });
    return;
  }
  out.ignore(
    `whatsapp:status-${state}`,
    state === 'sent'
      ? 'a "sent" status only says WhatsApp accepted the message; "delivered", "read" or "failed" follow'
      : `status "${state}" is not a delivery outcome`,
    item,
  );
}

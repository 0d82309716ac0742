import { PayloadError } from '../../shared/errors';
import { eventIdOf } from '../conversation-ids';
import { makeParty } from '../make-event';
import type { ParseCollector } from '../parse-collector';
import { asObject, isoMs, type JsonObject, objectAt, stringAt } from '../payload-reader';
import { mastodonHtmlToText } from './html-to-text';
import {
  isOwnAccount,
  type MastodonIdentity,
  normalizeMastodonStatus,
  statusConversationId,
} from './mastodon-status';

/**
 * Walks a Mastodon payload: an admin webhook (`{ event, object }`: `status.created`,
 * `status.updated`), a Notification or a page of them (`mention`, `status`, `update`,
 * `favourite`; others ignored), or a Status or a list of statuses.
 */
export function walkMastodonPayload(payload: unknown, identity: MastodonIdentity, out: ParseCollector): void {
  const items = Array.isArray(payload) ? payload : [payload];
  if (asObject(payload) === undefined && !Array.isArray(payload)) {
    throw new PayloadError('The Mastodon payload is not a JSON object or array.');
  }
  for (const item of items) {
    const object = asObject(item);
    if (object === undefined) {
      out.ignore('mastodon:item', 'item that is not an object', item);
      continue;
    }
    const event = stringAt(object, 'event');
    if (event !== undefined && object.object !== undefined) webhook(event, object, identity, out);
    else if (
      stringAt(object, 'type') !== undefined &&
      (object.account !== undefined || object.status !== undefined)
    ) {
      notification(object, identity, out);
    } else if (object.content !== undefined || object.account !== undefined)
      status(object, identity, out, 'mastodon:status');
    else if (Array.isArray(payload))
      out.ignore('mastodon:item', 'item that is neither a status nor a notification', item);
    else throw new PayloadError('The Mastodon payload is not an admin webhook, a notification or a status.');
  }
}

function status(value: unknown, identity: MastodonIdentity, out: ParseCollector, kind: string): void {
  const event = normalizeMastodonStatus(value, identity);
  if (event === undefined) out.ignore(kind, 'status without id, account.id or created_at', value);
  else out.event(event);
}

function edited(
  value: unknown,
  at: number | undefined,
  identity: MastodonIdentity,
  out: ParseCollector,
  raw: unknown,
): void {
  const object = asObject(value);
  const id = stringAt(object, 'id');
  const when = isoMs(stringAt(object, 'edited_at')) ?? at;
  if (object === undefined || id === undefined || when === undefined) {
    out.ignore('mastodon:update', 'status update without id or edited_at', raw);
    return;
  }
  out.event({
    id: eventIdOf('mastodon', 'edit', id, String(when)),
    type: 'message-edited',
    at: when,
    conversationId: statusConversationId(object, identity),
    messageId: id,
    text: mastodonHtmlToText(stringAt(object, 'content') ?? ''),
    raw,
  });
}

function webhook(event: string, root: JsonObject, identity: MastodonIdentity, out: ParseCollector): void {
  if (event === 'status.created') status(root.object, identity, out, 'mastodon:status.created');
  else if (event === 'status.updated')
    edited(root.object, isoMs(stringAt(root, 'created_at')), identity, out, root);
  else out.ignore(`mastodon:${event}`, `admin event ${event} is not a conversation event`, root);
}

function notification(note: JsonObject, identity: MastodonIdentity, out: ParseCollector): void {
  const type = stringAt(note, 'type') as string;
  if (type === 'mention' || type === 'status') {
    status(note.status, identity, out, `mastodon:${type}`);
    return;
  }
  if (type === 'update') {
    edited(note.status, isoMs(stringAt(note, 'created_at')), identity, out, note);
    return;
  }
  if (type === 'favourite') {
    const id = stringAt(note, 'id');
    const account = objectAt(note, 'account');
    const accountId = stringAt(account, 'id');
    const target = objectAt(note, 'status');
    const statusId = stringAt(target, 'id');
    const at = isoMs(stringAt(note, 'created_at'));
    if (
      id === undefined ||
      accountId === undefined ||
      target === undefined ||
      statusId === undefined ||
      at === undefined
    ) {
      out.ignore('mastodon:favourite', 'favourite without id, account, status or created_at', note);
      return;
    }
    out.event({
      id: eventIdOf('mastodon', 'favourite', id),
      type: 'message-reacted',
      at,
      conversationId: statusConversationId(target, identity),
      messageId: statusId,
      reaction: 'favourite',
      by: makeParty(accountId, isOwnAccount(account, identity) ? 'brand' : 'customer', {
        handle: stringAt(account, 'acct'),
      }),
      removed: false,
      raw: note,
    });
    return;
  }
  out.ignore(`mastodon:${type}`, `a ${type} notification is not a conversation message`, note);
}

import type { Attachment, ConversationEvent } from '../../conversation/index';
import { eventIdOf, privateConversationId, publicConversationId } from '../conversation-ids';
import { makeAttachment, makeMessage, makeParty, messageEvent } from '../make-event';
import { arrayAt, asObject, isoMs, type JsonObject, objectAt, stringAt } from '../payload-reader';
import { mastodonHtmlToText } from './html-to-text';

/**
 * Who "we" are on Mastodon.
 *
 * @example
 * ```ts
 * const identity: MastodonIdentity = { accountId: '109300000000000001', acct: 'acme' };
 * ```
 */
export interface MastodonIdentity {
  readonly accountId: string | undefined;
  readonly acct: string | undefined;
}

/** True when the account is the brand's. */
export function isOwnAccount(account: JsonObject | undefined, identity: MastodonIdentity): boolean {
  const id = stringAt(account, 'id');
  const acct = stringAt(account, 'acct');
  return (
    (id !== undefined && id === identity.accountId) ||
    (acct !== undefined && identity.acct !== undefined && acct.toLowerCase() === identity.acct.toLowerCase())
  );
}

/**
 * The conversation of a status: a `direct` status is private, in the thread of the customer
 * (`mastodon:dm:<customer account id>`); a public one belongs to the reply tree of its parent
 * (`mastodon:<in_reply_to_id>`, the best known ancestor) or is its own root.
 */
export function statusConversationId(status: JsonObject, identity: MastodonIdentity): string {
  const id = stringAt(status, 'id') as string;
  if (stringAt(status, 'visibility') === 'direct')
    return privateConversationId('mastodon', customerOf(status, identity) ?? id);
  return publicConversationId('mastodon', stringAt(status, 'in_reply_to_id') ?? id);
}

function customerOf(status: JsonObject, identity: MastodonIdentity): string | undefined {
  const account = objectAt(status, 'account');
  if (!isOwnAccount(account, identity)) return stringAt(account, 'id');
  for (const mention of arrayAt(status, 'mentions')) {
    const object = asObject(mention);
    if (!isOwnAccount(object, identity)) return stringAt(object, 'id');
  }
  return undefined;
}

const MEDIA_KINDS: Readonly<Record<string, Attachment['kind']>> = {
  image: 'image',
  gifv: 'video',
  video: 'video',
  audio: 'audio',
};

/**
 * Normalizes a Mastodon Status entity into a message event (HTML content as text, `direct`
 * visibility as private, media and the preview card as attachments). Undefined when the status
 * lacks an id, an account or a time.
 *
 * @example
 * ```ts
 * normalizeMastodonStatus(status, { accountId: '109300000000000001', acct: 'acme' });
 * ```
 */
export function normalizeMastodonStatus(
  value: unknown,
  identity: MastodonIdentity,
): ConversationEvent | undefined {
  const status = asObject(value);
  const id = stringAt(status, 'id');
  const account = objectAt(status, 'account');
  const accountId = stringAt(account, 'id');
  const createdAt = isoMs(stringAt(status, 'created_at'));
  if (status === undefined || id === undefined || accountId === undefined || createdAt === undefined)
    return undefined;
  const ours = isOwnAccount(account, identity);
  const direct = stringAt(status, 'visibility') === 'direct';
  const attachments: Attachment[] = arrayAt(status, 'media_attachments').map((item) => {
    const media = asObject(item);
    return makeAttachment(MEDIA_KINDS[stringAt(media, 'type') ?? ''] ?? 'other', {
      id: stringAt(media, 'id'),
      url: stringAt(media, 'url'),
      name: stringAt(media, 'description'),
    });
  });
  const card = objectAt(status, 'card');
  if (card !== undefined)
    attachments.push(makeAttachment('link', { url: stringAt(card, 'url'), name: stringAt(card, 'title') }));
  const threadId = direct ? customerOf(status, identity) : undefined;
  const message = makeMessage({
    id,
    platform: 'mastodon',
    direction: ours ? 'outbound' : 'inbound',
    visibility: direct ? 'private' : 'public',
    author: makeParty(accountId, ours ? 'brand' : 'customer', {
      handle: stringAt(account, 'acct'),
      displayName: stringAt(account, 'display_name'),
    }),
    text: mastodonHtmlToText(stringAt(status, 'content') ?? ''),
    createdAt,
    inReplyTo: stringAt(status, 'in_reply_to_id'),
    accountId: identity.accountId,
    threadId,
    mentions: arrayAt(status, 'mentions').flatMap((mention) => {
      const acct = stringAt(asObject(mention), 'acct');
      return acct === undefined ? [] : [acct];
    }),
    attachments,
    raw: value,
  });
  return messageEvent(
    eventIdOf('mastodon', 'status', id),
    statusConversationId(status, identity),
    message,
    value,
  );
}

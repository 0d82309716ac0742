import { eventIdOf, publicConversationId } from '../conversation-ids';
import { makeAttachment, makeMessage, makeParty, messageEvent } from '../make-event';
import type { ParseCollector } from '../parse-collector';
import { asObject, epochMs, idAt, type JsonObject, numberAt, objectAt, stringAt } from '../payload-reader';

/** Who "we" are on Instagram, to recognise our own comments. */
export interface InstagramIdentity {
  readonly accountId: string | undefined;
  readonly username: string | undefined;
  readonly ownIds: readonly string[];
}

/**
 * Normalizes one Instagram `changes[]` item: `comments` / `live_comments` (a comment on our media;
 * replies carry `parent_id`; our own replies are outbound echoes) and `mentions` (only ids are
 * delivered: the event has an empty text and an unresolved author, with a warning to fetch them).
 * Instagram comments are two levels deep: a reply belongs to its parent comment's thread.
 */
export function instagramChange(
  field: string,
  value: unknown,
  entry: JsonObject,
  identity: InstagramIdentity,
  out: ParseCollector,
): void {
  const change = asObject(value);
  const accountId = idAt(entry, 'id') ?? identity.accountId;
  const at = epochMs(numberAt(change, 'timestamp')) ?? epochMs(numberAt(entry, 'time'));
  if (field === 'comments' || field === 'live_comments') {
    const id = idAt(change, 'id');
    const from = objectAt(change, 'from');
    const fromId = idAt(from, 'id');
    if (id === undefined || fromId === undefined || at === undefined) {
      out.ignore(`instagram:${field}`, 'comment without id, from.id or a time', value);
      return;
    }
    const username = stringAt(from, 'username');
    const ours =
      fromId === accountId ||
      fromId === identity.accountId ||
      identity.ownIds.includes(fromId) ||
      (username !== undefined &&
        identity.username !== undefined &&
        username.toLowerCase() === identity.username.toLowerCase());
    const parentId = idAt(change, 'parent_id');
    const media = objectAt(change, 'media');
    const mediaId = idAt(media, 'id');
    const message = makeMessage({
      id,
      platform: 'instagram',
      direction: ours ? 'outbound' : 'inbound',
      visibility: 'public',
      author: makeParty(fromId, ours ? 'brand' : 'customer', { handle: username }),
      text: stringAt(change, 'text') ?? '',
      createdAt: at,
      inReplyTo: parentId ?? mediaId,
      accountId,
      mentions: mentionsIn(stringAt(change, 'text') ?? ''),
      raw: value,
    });
    out.event(
      messageEvent(
        eventIdOf('instagram', 'comment', id),
        publicConversationId('instagram', parentId ?? id),
        message,
        value,
      ),
    );
    return;
  }
  if (field === 'mentions') {
    const commentId = idAt(change, 'comment_id');
    const mediaId = idAt(change, 'media_id');
    const id = commentId ?? mediaId;
    if (id === undefined || at === undefined) {
      out.ignore('instagram:mentions', 'mention without comment_id or media_id', value);
      return;
    }
    out.warn(
      `instagram: mention ${id} delivers only ids: fetch ${commentId === undefined ? `media ${mediaId}` : `comment ${commentId}`} with the Graph API for its text and author.`,
    );
    const message = makeMessage({
      id,
      platform: 'instagram',
      direction: 'inbound',
      visibility: 'public',
      author: makeParty('unknown', 'customer'),
      text: '',
      createdAt: at,
      inReplyTo: commentId === undefined ? undefined : mediaId,
      accountId,
      attachments:
        mediaId === undefined ? [] : [makeAttachment('link', { id: mediaId, name: 'mentioned in media' })],
      raw: value,
    });
    out.event(
      messageEvent(
        eventIdOf('instagram', 'mention', id),
        publicConversationId('instagram', id),
        message,
        value,
      ),
    );
    return;
  }
  out.ignore(`instagram:${field}`, `Instagram field "${field}" is not a conversation event`, value);
}

function mentionsIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|[^\w.])@([A-Za-z0-9._]{1,30})/g)) found.push(match[1] as string);
  return found;
}

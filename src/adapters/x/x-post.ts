import type { Attachment } from '../../conversation/index';
import { eventIdOf, publicConversationId } from '../conversation-ids';
import { makeAttachment, makeMessage, makeParty, messageEvent } from '../make-event';
import type { ParseCollector } from '../parse-collector';
import { arrayAt, asObject, isoMs, objectAt, stringAt } from '../payload-reader';
import { snowflakeTime } from './x-ids';
import type { XUserDirectory } from './x-users';

/**
 * Normalizes a v2 post object (X Activity API `post.*` payloads, `GET /2/tweets` lookups and
 * searches). The conversation is `x:<conversation_id>` (the root of the reply tree), the parent
 * comes from `referenced_tweets` type `replied_to` (or `in_reply_to_tweet_id`).
 */
export function v2PostEvent(
  item: unknown,
  accountId: string | undefined,
  users: XUserDirectory,
  out: ParseCollector,
): void {
  const post = asObject(item);
  const id = stringAt(post, 'id');
  const authorId = stringAt(post, 'author_id');
  if (post === undefined || id === undefined || authorId === undefined) {
    out.ignore(
      'x:post',
      'v2 post without id or author_id: request tweet.fields=author_id,created_at,conversation_id',
      item,
    );
    return;
  }
  const createdAt = isoMs(stringAt(post, 'created_at')) ?? snowflakeTime(id);
  if (createdAt === undefined) {
    out.ignore('x:post', 'v2 post without created_at (request tweet.fields=created_at)', item);
    return;
  }
  let inReplyTo = stringAt(post, 'in_reply_to_tweet_id');
  const attachments: Attachment[] = [];
  for (const reference of arrayAt(post, 'referenced_tweets')) {
    const ref = asObject(reference);
    const refId = stringAt(ref, 'id');
    if (refId === undefined) continue;
    const type = stringAt(ref, 'type');
    if (type === 'replied_to') inReplyTo ??= refId;
    else if (type === 'quoted') attachments.push(makeAttachment('link', { id: refId, name: 'quoted post' }));
  }
  const outbound = accountId !== undefined && authorId === accountId;
  const root = stringAt(post, 'conversation_id') ?? inReplyTo ?? id;
  const message = makeMessage({
    id,
    platform: 'x',
    direction: outbound ? 'outbound' : 'inbound',
    visibility: 'public',
    author: makeParty(authorId, outbound ? 'brand' : 'customer', users.info(authorId)),
    text: stringAt(post, 'text') ?? '',
    createdAt,
    inReplyTo,
    accountId,
    mentions: arrayAt(objectAt(post, 'entities'), 'mentions').flatMap((mention) => {
      const name = stringAt(asObject(mention), 'username');
      return name === undefined ? [] : [name];
    }),
    attachments,
    raw: item,
  });
  out.event(messageEvent(eventIdOf('x', 'message', id), publicConversationId('x', root), message, item));
}

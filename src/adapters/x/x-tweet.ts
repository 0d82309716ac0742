import type { Attachment, ConversationEvent } from '../../conversation/index';
import { eventIdOf, publicConversationId } from '../conversation-ids';
import { makeAttachment, makeMessage, makeParty, messageEvent } from '../make-event';
import type { ParseCollector } from '../parse-collector';
import {
  arrayAt,
  asObject,
  idAt,
  isoMs,
  type JsonObject,
  numberAt,
  objectAt,
  stringAt,
} from '../payload-reader';
import { snowflakeTime } from './x-ids';

/**
 * Normalizes a v1.1 tweet object (Account Activity `tweet_create_events`) into a message event.
 * Ids come from `id_str` (numeric `id`s above 2^53 are rounded by `JSON.parse`); the full text
 * from `extended_tweet.full_text` when the tweet is truncated. Retweets are ignored.
 */
export function tweetCreateEvent(item: unknown, accountId: string | undefined, out: ParseCollector): void {
  const tweet = asObject(item);
  const id = stringAt(tweet, 'id_str') ?? idAt(tweet, 'id');
  const user = objectAt(tweet, 'user');
  const authorId = stringAt(user, 'id_str') ?? idAt(user, 'id');
  if (tweet === undefined || id === undefined || authorId === undefined) {
    out.ignore('x:tweet', 'tweet without id_str or user.id_str: cannot be normalized', item);
    return;
  }
  if (tweet.retweeted_status !== undefined && tweet.retweeted_status !== null) {
    out.ignore('x:retweet', 'a retweet is a share, not a message to answer', item);
    return;
  }
  const extended = objectAt(tweet, 'extended_tweet');
  const text =
    stringAt(extended, 'full_text') ?? stringAt(tweet, 'full_text') ?? stringAt(tweet, 'text') ?? '';
  const entities = objectAt(extended, 'entities') ?? objectAt(tweet, 'entities');
  const mediaSource =
    objectAt(extended, 'extended_entities') ??
    objectAt(tweet, 'extended_entities') ??
    objectAt(extended, 'entities') ??
    objectAt(tweet, 'entities');
  const attachments: Attachment[] = arrayAt(mediaSource, 'media').flatMap((media) => mediaAttachment(media));
  const quotedId = stringAt(tweet, 'quoted_status_id_str');
  if (quotedId !== undefined) {
    const permalink = stringAt(objectAt(tweet, 'quoted_status_permalink'), 'expanded');
    attachments.push(makeAttachment('link', { id: quotedId, url: permalink, name: 'quoted post' }));
  }
  const inReplyTo = stringAt(tweet, 'in_reply_to_status_id_str');
  const createdAt =
    numberAt(tweet, 'timestamp_ms') ?? parseTwitterDate(stringAt(tweet, 'created_at')) ?? snowflakeTime(id);
  if (createdAt === undefined) {
    out.ignore('x:tweet', 'tweet without a usable time (timestamp_ms, created_at)', item);
    return;
  }
  const outbound = accountId !== undefined && authorId === accountId;
  const message = makeMessage({
    id,
    platform: 'x',
    direction: outbound ? 'outbound' : 'inbound',
    visibility: 'public',
    author: makeParty(authorId, outbound ? 'brand' : 'customer', {
      handle: stringAt(user, 'screen_name'),
      displayName: stringAt(user, 'name'),
    }),
    text,
    createdAt,
    inReplyTo,
    accountId,
    mentions: arrayAt(entities, 'user_mentions').flatMap((mention) => {
      const name = stringAt(asObject(mention), 'screen_name');
      return name === undefined ? [] : [name];
    }),
    attachments,
    raw: item,
  });
  out.event(
    messageEvent(eventIdOf('x', 'message', id), publicConversationId('x', inReplyTo ?? id), message, item),
  );
}

/** An X media entity as an attachment. */
export function mediaAttachment(item: unknown): Attachment[] {
  const media = asObject(item);
  if (media === undefined) return [];
  const type = stringAt(media, 'type');
  const id = stringAt(media, 'id_str') ?? stringAt(media, 'media_key') ?? idAt(media, 'id');
  const variants = arrayAt(objectAt(media, 'video_info'), 'variants');
  const video = asObject(variants[0]);
  if (type === 'video' || type === 'animated_gif') {
    return [
      makeAttachment('video', {
        id,
        url: stringAt(video, 'url') ?? stringAt(media, 'media_url_https') ?? stringAt(media, 'url'),
        mimeType: stringAt(video, 'content_type'),
        name: type,
      }),
    ];
  }
  return [makeAttachment('image', { id, url: stringAt(media, 'media_url_https') ?? stringAt(media, 'url') })];
}

const MONTHS: Readonly<Record<string, string>> = {
  Jan: '01',
  Feb: '02',
  Mar: '03',
  Apr: '04',
  May: '05',
  Jun: '06',
  Jul: '07',
  Aug: '08',
  Sep: '09',
  Oct: '10',
  Nov: '11',
  Dec: '12',
};

/** `Mon Dec 16 23:49:59 +0000 2019` (v1.1 `created_at`) as epoch ms. */
export function parseTwitterDate(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^\w{3} (\w{3}) (\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{4}) (\d{4})$/.exec(value);
  if (match === null) return isoMs(value);
  const month = MONTHS[match[1] as string];
  if (month === undefined) return undefined;
  return isoMs(`${match[5]}-${month}-${match[2]}T${match[3]}${match[4]}`);
}

/** A like of a post (`favorite_events`) as a reaction event. */
export function favoriteEvent(item: unknown, accountId: string | undefined, out: ParseCollector): void {
  const favorite = asObject(item);
  const status = objectAt(favorite, 'favorited_status');
  const statusId = stringAt(status, 'id_str') ?? idAt(status, 'id');
  const user = objectAt(favorite, 'user');
  const userId = stringAt(user, 'id_str') ?? idAt(user, 'id');
  const at = numberAt(favorite, 'timestamp_ms') ?? parseTwitterDate(stringAt(favorite, 'created_at'));
  if (statusId === undefined || userId === undefined || at === undefined) {
    out.ignore('x:favorite', 'like without favorited_status.id_str, user.id_str or a time', item);
    return;
  }
  const byBrand = accountId !== undefined && userId === accountId;
  const root = stringAt(status, 'in_reply_to_status_id_str') ?? statusId;
  const event: ConversationEvent = {
    id: eventIdOf('x', 'favorite', stringAt(favorite, 'id') ?? `${statusId}:${userId}`),
    type: 'message-reacted',
    at,
    conversationId: publicConversationId('x', root),
    messageId: statusId,
    reaction: 'like',
    by: makeParty(userId, byBrand ? 'brand' : 'customer', {
      handle: stringAt(user, 'screen_name'),
      displayName: stringAt(user, 'name'),
    }),
    removed: false,
    raw: item,
  };
  out.event(event);
}

/** A deleted post notice (`tweet_delete_events`). */
export function tweetDeleteEvent(item: unknown, accountId: string | undefined, out: ParseCollector): void {
  const notice = asObject(item);
  const status = objectAt(notice, 'status');
  const id = stringAt(status, 'id_str') ?? idAt(status, 'id');
  const userId = stringAt(status, 'user_id_str') ?? idAt(status, 'user_id');
  const at = numberAt(notice, 'timestamp_ms');
  if (id === undefined || at === undefined) {
    out.ignore('x:tweet-delete', 'delete notice without status.id or timestamp_ms', item);
    return;
  }
  deletedPost(id, userId, accountId, at, item, out);
}

/** A `message-deleted` event for a post. */
export function deletedPost(
  id: string,
  userId: string | undefined,
  accountId: string | undefined,
  at: number,
  raw: unknown,
  out: ParseCollector,
): void {
  out.event({
    id: eventIdOf('x', 'delete', id),
    type: 'message-deleted',
    at,
    conversationId: publicConversationId('x', id),
    messageId: id,
    by: userId !== undefined && userId === accountId ? 'brand' : 'customer',
    raw,
  });
}

/** Reads `object[key]` as a list of objects. */
export function objectsAt(object: JsonObject | undefined, key: string): readonly unknown[] {
  return arrayAt(object, key);
}

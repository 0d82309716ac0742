import { PayloadError } from '../../shared/errors';
import type { ParseCollector } from '../parse-collector';
import { arrayAt, asObject, type JsonObject, objectAt, stringAt } from '../payload-reader';
import { directMessageEvent, markReadEvent, v2DirectMessageEvent } from './x-direct-message';
import { v2PostEvent } from './x-post';
import { deletedPost, favoriteEvent, tweetCreateEvent, tweetDeleteEvent } from './x-tweet';
import { XUserDirectory } from './x-users';

const AAA_IGNORED: Readonly<Record<string, string>> = {
  direct_message_indicate_typing_events: 'typing indicators are not conversation events',
  follow_events: 'follows are not conversation events',
  block_events: 'blocks are not conversation events',
  mute_events: 'mutes are not conversation events',
  user_event: 'an account event (e.g. the app authorization was revoked): the subscription needs attention',
  tweet_create_events: '',
  tweet_delete_events: '',
  favorite_events: '',
  direct_message_events: '',
  direct_message_mark_read_events: '',
};

/**
 * Walks any X payload: Account Activity API deliveries (`for_user_id` + `*_events`), X Activity
 * API deliveries (`data.event_type`), and v2 lookups (`data` posts or DM events).
 */
export function walkXPayload(
  payload: unknown,
  settingsAccountId: string | undefined,
  now: () => number,
  out: ParseCollector,
): void {
  const root = asObject(payload);
  if (root === undefined) throw new PayloadError('The X delivery is not a JSON object.');
  const data = root.data;
  const dataObject = asObject(data);
  if (dataObject !== undefined && stringAt(dataObject, 'event_type') !== undefined) {
    walkActivityApi(dataObject, settingsAccountId, now, out);
    return;
  }
  if (data !== undefined && (Array.isArray(data) || dataObject !== undefined)) {
    walkV2(root, settingsAccountId, out);
    return;
  }
  walkAccountActivity(root, settingsAccountId, out);
}

function walkAccountActivity(
  root: JsonObject,
  settingsAccountId: string | undefined,
  out: ParseCollector,
): void {
  const accountId = stringAt(root, 'for_user_id') ?? settingsAccountId;
  const keys = Object.keys(root).filter((key) => key.endsWith('_events') || key === 'user_event');
  if (keys.length === 0) {
    throw new PayloadError(
      'The X delivery has no Account Activity events (for_user_id + *_events), no X Activity event (data.event_type) and no v2 data.',
    );
  }
  const users = new XUserDirectory(root.users);
  for (const key of keys) {
    const items = key === 'user_event' ? [root[key]] : arrayAt(root, key);
    for (const item of items) {
      switch (key) {
        case 'tweet_create_events':
          tweetCreateEvent(item, accountId, out);
          break;
        case 'tweet_delete_events':
          tweetDeleteEvent(item, accountId, out);
          break;
        case 'favorite_events':
          favoriteEvent(item, accountId, out);
          break;
        case 'direct_message_events':
          directMessageEvent(item, accountId, users, out);
          break;
        case 'direct_message_mark_read_events':
          markReadEvent(item, accountId, out);
          break;
        default: {
          const reason = AAA_IGNORED[key] || `${key} are not conversation events`;
          out.ignore(`x:${key.replace(/_events?$/, '').replaceAll('_', '-')}`, reason, item);
          if (key === 'user_event') out.warn(`X account event: ${JSON.stringify(item)}`);
        }
      }
    }
  }
}

function walkActivityApi(
  data: JsonObject,
  settingsAccountId: string | undefined,
  now: () => number,
  out: ParseCollector,
): void {
  const type = stringAt(data, 'event_type') as string;
  const accountId = stringAt(objectAt(data, 'filter'), 'user_id') ?? settingsAccountId;
  const payload = objectAt(data, 'payload');
  const users = new XUserDirectory(arrayAt(objectAt(data, 'includes'), 'users'));
  if (type.startsWith('post.') && type.endsWith('.create')) {
    v2PostEvent(payload, accountId, users, out);
    return;
  }
  if (type === 'post.delete') {
    const id = stringAt(payload, 'id');
    if (id === undefined) {
      out.ignore('x:post-delete', 'post.delete without payload.id', data);
      return;
    }
    // The delete notice carries no time: it is stamped with the time it was received.
    deletedPost(id, stringAt(payload, 'author_id'), accountId, now(), data, out);
    return;
  }
  if (type.startsWith('dm.')) {
    const dmUsers = new XUserDirectory(payload?.users);
    const events = arrayAt(payload, 'direct_message_events');
    if (events.length === 0) out.ignore(`x:${type}`, `${type} without direct_message_events`, data);
    for (const item of events) directMessageEvent(item, accountId, dmUsers, out);
    return;
  }
  out.ignore(`x:${type}`, `X Activity event ${type} is not a conversation event`, data);
}

function walkV2(root: JsonObject, accountId: string | undefined, out: ParseCollector): void {
  const items = Array.isArray(root.data) ? root.data : [root.data];
  const users = new XUserDirectory(arrayAt(objectAt(root, 'includes'), 'users'));
  for (const item of items) {
    if (stringAt(asObject(item), 'event_type') !== undefined)
      v2DirectMessageEvent(item, accountId, users, out);
    else v2PostEvent(item, accountId, users, out);
  }
}

import { PayloadError } from '../../shared/errors';
import { eventIdOf, publicConversationId } from '../conversation-ids';
import { makeParty } from '../make-event';
import type { ParseCollector } from '../parse-collector';
import { arrayAt, asObject, isoMs, type JsonObject, numberAt, objectAt, stringAt } from '../payload-reader';
import { authorOf, pushPost } from './bluesky-post';

const POST = 'app.bsky.feed.post';

/**
 * Walks a Bluesky payload: an `app.bsky.notification.listNotifications` page (`notifications[]`),
 * a PostView or a list of them (`posts[]`, `feed[].post`), or a Jetstream commit event
 * (`kind: "commit"` on `app.bsky.feed.post`: create, update, delete). A bare post record names
 * neither its author nor its URI: it is ignored with a reason.
 */
export function walkBlueskyPayload(
  payload: unknown,
  brandDid: string | undefined,
  out: ParseCollector,
): void {
  const root = asObject(payload);
  if (root === undefined) throw new PayloadError('The Bluesky payload is not a JSON object.');
  if (Array.isArray(root.notifications)) {
    for (const item of root.notifications) notification(item, brandDid, out);
    return;
  }
  if (stringAt(root, 'kind') !== undefined && stringAt(root, 'did') !== undefined) {
    jetstream(root, brandDid, out);
    return;
  }
  if (Array.isArray(root.posts) || Array.isArray(root.feed)) {
    for (const item of arrayAt(root, 'posts')) postView(item, brandDid, out);
    for (const item of arrayAt(root, 'feed')) postView(asObject(item)?.post, brandDid, out);
    return;
  }
  if (stringAt(root, 'uri') !== undefined && root.record !== undefined) {
    postView(root, brandDid, out);
    return;
  }
  if (stringAt(root, '$type') === POST) {
    out.ignore(
      'bluesky:record',
      'a bare app.bsky.feed.post record has no URI or author: pass a PostView, a notification or a Jetstream commit',
      payload,
    );
    return;
  }
  throw new PayloadError(
    'The Bluesky payload is not a notifications page, a PostView, a feed or a Jetstream commit event.',
  );
}

function postView(item: unknown, brandDid: string | undefined, out: ParseCollector): void {
  const view = asObject(item);
  const uri = stringAt(view, 'uri');
  const author = authorOf(view?.author);
  if (uri === undefined || author === undefined) {
    out.ignore('bluesky:post', 'post view without uri or author.did', item);
    return;
  }
  pushPost(
    { uri, cid: stringAt(view, 'cid'), author, record: view?.record, indexedAt: stringAt(view, 'indexedAt') },
    brandDid,
    item,
    out,
  );
}

function notification(item: unknown, brandDid: string | undefined, out: ParseCollector): void {
  const note = asObject(item);
  const reason = stringAt(note, 'reason');
  const uri = stringAt(note, 'uri');
  const author = authorOf(note?.author);
  if (note === undefined || reason === undefined || uri === undefined || author === undefined) {
    out.ignore('bluesky:notification', 'notification without reason, uri or author', item);
    return;
  }
  if (reason === 'reply' || reason === 'mention' || reason === 'quote') {
    pushPost(
      {
        uri,
        cid: stringAt(note, 'cid'),
        author,
        record: note.record,
        indexedAt: stringAt(note, 'indexedAt'),
      },
      brandDid,
      item,
      out,
    );
    return;
  }
  if (reason === 'like') {
    const subject = stringAt(note, 'reasonSubject');
    const at = isoMs(stringAt(asObject(note.record), 'createdAt')) ?? isoMs(stringAt(note, 'indexedAt'));
    if (subject === undefined || at === undefined) {
      out.ignore('bluesky:like', 'like without reasonSubject or time', item);
      return;
    }
    out.event({
      id: eventIdOf('bluesky', 'like', uri),
      type: 'message-reacted',
      at,
      conversationId: publicConversationId('bluesky', subject),
      messageId: subject,
      reaction: 'like',
      by: makeParty(author.did, author.did === brandDid ? 'brand' : 'customer', author),
      removed: false,
      raw: item,
    });
    return;
  }
  out.ignore(`bluesky:${reason}`, `a ${reason} notification is not a conversation message`, item);
}

function jetstream(root: JsonObject, brandDid: string | undefined, out: ParseCollector): void {
  const did = stringAt(root, 'did') as string;
  const commit = objectAt(root, 'commit');
  const collection = stringAt(commit, 'collection');
  const rkey = stringAt(commit, 'rkey');
  const operation = stringAt(commit, 'operation');
  if (
    stringAt(root, 'kind') !== 'commit' ||
    collection !== POST ||
    rkey === undefined ||
    operation === undefined
  ) {
    out.ignore(
      'bluesky:jetstream',
      `Jetstream ${stringAt(root, 'kind')} event on ${collection ?? 'no collection'} is not a post`,
      root,
    );
    return;
  }
  const uri = `at://${did}/${POST}/${rkey}`;
  const timeUs = numberAt(root, 'time_us');
  const at = timeUs === undefined ? undefined : Math.floor(timeUs / 1000);
  if (operation === 'create') {
    pushPost(
      { uri, cid: stringAt(commit, 'cid'), author: { did }, record: commit?.record },
      brandDid,
      root,
      out,
    );
    return;
  }
  if (at === undefined) {
    out.ignore('bluesky:jetstream', `${operation} without time_us`, root);
    return;
  }
  const root_ = stringAt(objectAt(objectAt(asObject(commit?.record), 'reply'), 'root'), 'uri') ?? uri;
  if (operation === 'delete') {
    out.event({
      id: eventIdOf('bluesky', 'delete', uri),
      type: 'message-deleted',
      at,
      conversationId: publicConversationId('bluesky', uri),
      messageId: uri,
      by: did === brandDid ? 'brand' : 'customer',
      raw: root,
    });
    return;
  }
  out.event({
    id: eventIdOf('bluesky', 'edit', uri, stringAt(commit, 'cid') ?? String(at)),
    type: 'message-edited',
    at,
    conversationId: publicConversationId('bluesky', root_),
    messageId: uri,
    text: stringAt(asObject(commit?.record), 'text') ?? '',
    raw: root,
  });
}

import { eventIdOf, publicConversationId } from '../conversation-ids';
import { makeMessage, makeParty, messageEvent } from '../make-event';
import type { ParseCollector } from '../parse-collector';
import { asObject, epochMs, idAt, type JsonObject, numberAt, objectAt, stringAt } from '../payload-reader';

/**
 * The conversation of a Page comment: Facebook comments are two levels deep, so a comment whose
 * parent is the post is the root of its thread (`facebook:<comment id>`), and a reply belongs to
 * its parent comment's thread (`facebook:<parent id>`), as `threadMessages` groups them.
 *
 * @example
 * ```ts
 * commentConversationId('p_1', 'p_1', 'c_2'); // 'facebook:c_2'
 * ```
 */
export function commentConversationId(
  postId: string | undefined,
  parentId: string | undefined,
  commentId: string,
): string {
  return publicConversationId(
    'facebook',
    parentId === undefined || parentId === postId ? commentId : parentId,
  );
}

/**
 * Normalizes one Page `feed` change: comments added (messages; the Page's own comments are
 * outbound echoes), edited (`message-edited`) and removed (`message-deleted`), reactions
 * (`message-reacted`) and visitor posts. Other feed items are ignored with a reason.
 */
export function pageFeedChange(
  field: string,
  value: unknown,
  entry: JsonObject,
  pageIdSetting: string | undefined,
  out: ParseCollector,
): void {
  if (field !== 'feed') {
    out.ignore(
      `facebook:${field}`,
      `Page field "${field}" is not handled (subscribe to "feed" and messaging fields)`,
      value,
    );
    return;
  }
  const change = asObject(value);
  const item = stringAt(change, 'item');
  const verb = stringAt(change, 'verb');
  const from = objectAt(change, 'from');
  const fromId = idAt(from, 'id');
  const pageId = idAt(entry, 'id') ?? pageIdSetting;
  const at = epochMs(numberAt(change, 'created_time')) ?? epochMs(numberAt(entry, 'time'));
  const postId = stringAt(change, 'post_id');
  const parentId = stringAt(change, 'parent_id');
  if (change === undefined || item === undefined || verb === undefined || at === undefined) {
    out.ignore('facebook:feed', 'feed change without item, verb or time', value);
    return;
  }
  const byPage = fromId !== undefined && (fromId === pageId || fromId === pageIdSetting);
  if (item === 'comment') {
    const commentId = stringAt(change, 'comment_id');
    if (commentId === undefined || fromId === undefined) {
      out.ignore('facebook:comment', 'comment change without comment_id or from.id', value);
      return;
    }
    const conversationId = commentConversationId(postId, parentId, commentId);
    if (verb === 'add') {
      const message = makeMessage({
        id: commentId,
        platform: 'facebook',
        direction: byPage ? 'outbound' : 'inbound',
        visibility: 'public',
        author: makeParty(fromId, byPage ? 'brand' : 'customer', { displayName: stringAt(from, 'name') }),
        text: stringAt(change, 'message') ?? '',
        createdAt: at,
        inReplyTo: parentId ?? postId,
        accountId: pageId,
        raw: value,
      });
      out.event(messageEvent(eventIdOf('facebook', 'comment', commentId), conversationId, message, value));
      return;
    }
    if (verb === 'edited') {
      out.event({
        id: eventIdOf('facebook', 'comment-edit', commentId, String(at)),
        type: 'message-edited',
        at,
        conversationId,
        messageId: commentId,
        text: stringAt(change, 'message') ?? '',
        raw: value,
      });
      return;
    }
    if (verb === 'remove') {
      out.event({
        id: eventIdOf('facebook', 'comment-remove', commentId),
        type: 'message-deleted',
        at,
        conversationId,
        messageId: commentId,
        by: byPage ? 'brand' : 'customer',
        raw: value,
      });
      return;
    }
    out.ignore(
      `facebook:comment-${verb}`,
      `comment verb "${verb}" (hide, unhide...) is not a conversation event`,
      value,
    );
    return;
  }
  if (item === 'reaction') {
    const target = stringAt(change, 'comment_id') ?? postId;
    if (target === undefined || fromId === undefined) {
      out.ignore('facebook:reaction', 'reaction without comment_id/post_id or from.id', value);
      return;
    }
    const reaction = stringAt(change, 'reaction_type') ?? 'like';
    out.event({
      id: eventIdOf('facebook', 'reaction', target, fromId, verb, reaction),
      type: 'message-reacted',
      at,
      conversationId:
        target === postId || postId === undefined
          ? publicConversationId('facebook', target)
          : commentConversationId(postId, parentId, target),
      messageId: target,
      reaction,
      by: makeParty(fromId, byPage ? 'brand' : 'customer', { displayName: stringAt(from, 'name') }),
      removed: verb === 'remove',
      raw: value,
    });
    return;
  }
  if ((item === 'status' || item === 'post' || item === 'photo' || item === 'video') && verb === 'add') {
    if (postId === undefined || fromId === undefined) {
      out.ignore(`facebook:${item}`, `${item} without post_id or from.id`, value);
      return;
    }
    const message = makeMessage({
      id: postId,
      platform: 'facebook',
      direction: byPage ? 'outbound' : 'inbound',
      visibility: 'public',
      author: makeParty(fromId, byPage ? 'brand' : 'customer', { displayName: stringAt(from, 'name') }),
      text: stringAt(change, 'message') ?? '',
      createdAt: at,
      accountId: pageId,
      raw: value,
    });
    out.event(
      messageEvent(
        eventIdOf('facebook', 'post', postId),
        publicConversationId('facebook', postId),
        message,
        value,
      ),
    );
    return;
  }
  out.ignore(
    `facebook:${item}-${verb}`,
    `feed item "${item}" with verb "${verb}" is not a conversation event`,
    value,
  );
}

import { CareValidationError } from '../../shared/errors';
import type { OutboundMessage, OutboundRequest } from '../adapter';
import { fitText, type OverflowPolicy } from '../fit-text';
import { buildBlueskyFacets } from './bluesky-facets';

/** What {@link buildBlueskyRequest} needs. */
export interface BlueskyRequestSettings {
  readonly serviceUrl: string;
  readonly did: string | undefined;
  readonly accessToken: string | undefined;
  readonly overflow: OverflowPolicy;
  readonly now: () => number;
}

/**
 * Builds `com.atproto.repo.createRecord` for an `app.bsky.feed.post` (replies carry `reply.root`
 * and `reply.parent` strong refs; links and known mentions become facets in UTF-8 byte offsets),
 * or `chat.bsky.convo.sendMessage` for a chat message (`threadId` is the convo id).
 */
export function buildBlueskyRequest(
  outbound: OutboundMessage,
  settings: BlueskyRequestSettings,
): OutboundRequest {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (settings.accessToken !== undefined) headers.authorization = `Bearer ${settings.accessToken}`;
  if (outbound.type === 'private-reply') {
    throw new CareValidationError(
      'Bluesky has no private replies to posts: send a chat message (type "message").',
      [{ path: ['type'], message: 'private-reply is not supported on Bluesky' }],
    );
  }
  if (outbound.type === 'message') {
    if (outbound.threadId === undefined) {
      throw new CareValidationError(
        'A Bluesky chat message needs threadId (the convo id from chat.bsky.convo.getConvoForMembers).',
        [{ path: ['threadId'], message: 'required' }],
      );
    }
    const fitted = fitText('bluesky', 'dm', outbound.text, settings.overflow);
    return {
      url: `${settings.serviceUrl}/xrpc/chat.bsky.convo.sendMessage`,
      method: 'POST',
      headers: { ...headers, 'atproto-proxy': 'did:web:api.bsky.chat#bsky_chat' },
      body: JSON.stringify({ convoId: outbound.threadId, message: { text: fitted.text } }),
      surface: 'dm',
      warnings: fitted.warnings,
    };
  }
  if (settings.did === undefined) {
    throw new CareValidationError('The Bluesky adapter needs the brand did to write posts to its repo.', [
      { path: ['did'], message: 'required to post' },
    ]);
  }
  const fitted = fitText('bluesky', 'post', outbound.text, settings.overflow);
  const record: Record<string, unknown> = {
    $type: 'app.bsky.feed.post',
    text: fitted.text,
    createdAt: new Date(outbound.createdAt ?? settings.now()).toISOString(),
  };
  const facets = buildBlueskyFacets(fitted.text, outbound.type === 'reply' ? outbound.mentions : undefined);
  if (facets.length > 0) record.facets = facets;
  if (outbound.type === 'reply') {
    const refs = outbound.replyRefs;
    if (refs === undefined) {
      throw new CareValidationError(
        'A Bluesky reply needs replyRefs: the root and parent posts (uri + cid), e.g. from the notification record.',
        [{ path: ['replyRefs'], message: 'required for Bluesky replies' }],
      );
    }
    if (refs.parent.uri !== outbound.inReplyTo) {
      throw new CareValidationError('replyRefs.parent.uri must be the post answered (inReplyTo).', [
        { path: ['replyRefs', 'parent', 'uri'], message: 'expected inReplyTo' },
      ]);
    }
    record.reply = {
      root: { uri: refs.root.uri, cid: refs.root.cid },
      parent: { uri: refs.parent.uri, cid: refs.parent.cid },
    };
  }
  return {
    url: `${settings.serviceUrl}/xrpc/com.atproto.repo.createRecord`,
    method: 'POST',
    headers,
    body: JSON.stringify({ repo: settings.did, collection: 'app.bsky.feed.post', record }),
    surface: 'post',
    warnings: fitted.warnings,
  };
}

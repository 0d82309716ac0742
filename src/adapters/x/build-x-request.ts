import { CareValidationError } from '../../shared/errors';
import type { OutboundMessage, OutboundRequest } from '../adapter';
import { fitText, type OverflowPolicy } from '../fit-text';

/** What {@link buildXRequest} needs from the settings. */
export interface XRequestSettings {
  readonly apiBaseUrl: string;
  readonly accessToken: string | undefined;
  readonly overflow: OverflowPolicy;
}

const NUMERIC = /^\d{1,20}$/;

/**
 * Builds the X API v2 request for an outbound message: `POST /2/tweets` with
 * `reply.in_reply_to_tweet_id` for public replies, `POST /2/dm_conversations/with/:id/messages`
 * (or `/2/dm_conversations/:dm_conversation_id/messages`) for DMs. Texts are checked against the
 * weighted 280 limit of posts and the DM limit.
 */
export function buildXRequest(outbound: OutboundMessage, settings: XRequestSettings): OutboundRequest {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (settings.accessToken !== undefined) headers.authorization = `Bearer ${settings.accessToken}`;
  switch (outbound.type) {
    case 'reply':
    case 'post': {
      const fitted = fitText('x', 'post', outbound.text, settings.overflow);
      const body: Record<string, unknown> = { text: fitted.text };
      if (outbound.type === 'reply') {
        requireId(outbound.inReplyTo, 'inReplyTo');
        body.reply = { in_reply_to_tweet_id: outbound.inReplyTo };
      }
      return {
        url: `${settings.apiBaseUrl}/2/tweets`,
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        surface: 'post',
        warnings: fitted.warnings,
      };
    }
    case 'message': {
      const fitted = fitText('x', 'dm', outbound.text, settings.overflow);
      let path: string;
      if (outbound.threadId !== undefined) {
        if (!/^\d{1,20}(?:-\d{1,20})?$/.test(outbound.threadId)) {
          throw new CareValidationError(
            `Invalid X DM conversation id "${outbound.threadId}": expected digits or "id-id".`,
            [{ path: ['threadId'], message: 'expected an X dm_conversation_id' }],
          );
        }
        path = `/2/dm_conversations/${outbound.threadId}/messages`;
      } else {
        requireId(outbound.recipientId, 'recipientId');
        path = `/2/dm_conversations/with/${outbound.recipientId}/messages`;
      }
      return {
        url: `${settings.apiBaseUrl}${path}`,
        method: 'POST',
        headers,
        body: JSON.stringify({ text: fitted.text }),
        surface: 'dm',
        warnings: fitted.warnings,
      };
    }
    case 'private-reply':
      throw new CareValidationError(
        'X has no private replies to posts: send a DM with { type: "message", recipientId } instead.',
        [{ path: ['type'], message: 'private-reply is not supported on X' }],
      );
  }
}

function requireId(value: string, field: string): void {
  if (!NUMERIC.test(value)) {
    throw new CareValidationError(
      `Invalid X ${field} "${value}": X ids are digits, passed as strings (use id_str).`,
      [{ path: [field], message: 'expected a numeric id string' }],
    );
  }
}

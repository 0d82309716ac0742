import { CareValidationError } from '../../shared/errors';
import type { OutboundMessage, OutboundRequest } from '../adapter';
import { fitText, type OverflowPolicy } from '../fit-text';
import { graphHeaders } from '../meta/meta-settings';

/** What {@link buildFacebookRequest} needs. */
export interface FacebookRequestSettings {
  readonly graphRoot: string;
  readonly pageId: string;
  readonly accessToken: string | undefined;
  readonly overflow: OverflowPolicy;
}

const GRAPH_ID = /^[\w.-]{1,100}$/;

/**
 * Builds the Graph API request: a Messenger Send API message (`messaging_type` `RESPONSE`, or
 * `MESSAGE_TAG` + `HUMAN_AGENT` after the 24 h window), a public comment reply
 * (`POST /{comment-id}/comments`), or a private reply to a comment (`recipient.comment_id`).
 */
export function buildFacebookRequest(
  outbound: OutboundMessage,
  settings: FacebookRequestSettings,
): OutboundRequest {
  const headers = graphHeaders(settings.accessToken);
  switch (outbound.type) {
    case 'reply': {
      requireGraphId(outbound.inReplyTo, 'inReplyTo');
      const fitted = fitText('facebook', 'comment', outbound.text, settings.overflow);
      return {
        url: `${settings.graphRoot}/${outbound.inReplyTo}/comments`,
        method: 'POST',
        headers,
        body: JSON.stringify({ message: fitted.text }),
        surface: 'comment',
        warnings: fitted.warnings,
      };
    }
    case 'message': {
      requireGraphId(outbound.recipientId, 'recipientId');
      const fitted = fitText('facebook', 'messenger', outbound.text, settings.overflow);
      const body: Record<string, unknown> = {
        recipient: { id: outbound.recipientId },
        messaging_type: outbound.humanAgent === true ? 'MESSAGE_TAG' : 'RESPONSE',
        message: { text: fitted.text },
      };
      if (outbound.humanAgent === true) body.tag = 'HUMAN_AGENT';
      return {
        url: `${settings.graphRoot}/${settings.pageId}/messages`,
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        surface: 'messenger',
        warnings: fitted.warnings,
      };
    }
    case 'private-reply': {
      requireGraphId(outbound.commentId, 'commentId');
      const fitted = fitText('facebook', 'messenger', outbound.text, settings.overflow);
      return {
        url: `${settings.graphRoot}/${settings.pageId}/messages`,
        method: 'POST',
        headers,
        body: JSON.stringify({
          recipient: { comment_id: outbound.commentId },
          messaging_type: 'RESPONSE',
          message: { text: fitted.text },
        }),
        surface: 'messenger',
        warnings: fitted.warnings,
      };
    }
    case 'post':
      throw new CareValidationError(
        'Publishing Page posts is not part of customer care: answer a comment or a message.',
        [{ path: ['type'], message: 'post is not supported by the Facebook adapter' }],
      );
  }
}

/** Throws when `value` is not a Graph API id. */
export function requireGraphId(value: string, field: string): void {
  if (!GRAPH_ID.test(value)) {
    throw new CareValidationError(`Invalid ${field} "${value}": expected a Graph API id such as 1234_5678.`, [
      { path: [field], message: 'expected a Graph API id' },
    ]);
  }
}

import { CareValidationError } from '../../shared/errors';
import type { OutboundMessage, OutboundRequest } from '../adapter';
import { requireGraphId } from '../facebook/build-facebook-request';
import { fitText, type OverflowPolicy } from '../fit-text';
import { graphHeaders } from '../meta/meta-settings';

/** What {@link buildInstagramRequest} needs. */
export interface InstagramRequestSettings {
  readonly graphRoot: string;
  readonly accountId: string;
  readonly accessToken: string | undefined;
  readonly overflow: OverflowPolicy;
}

/**
 * Builds the Graph API request for Instagram: a DM (`POST /{ig-id}/messages`, `HUMAN_AGENT` tag
 * available), a public reply to a comment (`POST /{comment-id}/replies`), or a private reply to a
 * comment (`recipient.comment_id`).
 */
export function buildInstagramRequest(
  outbound: OutboundMessage,
  settings: InstagramRequestSettings,
): OutboundRequest {
  const headers = graphHeaders(settings.accessToken);
  switch (outbound.type) {
    case 'reply': {
      requireGraphId(outbound.inReplyTo, 'inReplyTo');
      const fitted = fitText('instagram', 'comment', outbound.text, settings.overflow);
      return {
        url: `${settings.graphRoot}/${outbound.inReplyTo}/replies`,
        method: 'POST',
        headers,
        body: JSON.stringify({ message: fitted.text }),
        surface: 'comment',
        warnings: fitted.warnings,
      };
    }
    case 'message':
    case 'private-reply': {
      let recipient: Record<string, string>;
      if (outbound.type === 'message') {
        requireGraphId(outbound.recipientId, 'recipientId');
        recipient = { id: outbound.recipientId };
      } else {
        requireGraphId(outbound.commentId, 'commentId');
        recipient = { comment_id: outbound.commentId };
      }
      const fitted = fitText('instagram', 'dm', outbound.text, settings.overflow);
      const humanAgent = outbound.type === 'message' && outbound.humanAgent === true;
      const body: Record<string, unknown> = {
        recipient,
        messaging_type: humanAgent ? 'MESSAGE_TAG' : 'RESPONSE',
        message: { text: fitted.text },
      };
      if (humanAgent) body.tag = 'HUMAN_AGENT';
      return {
        url: `${settings.graphRoot}/${settings.accountId}/messages`,
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        surface: 'dm',
        warnings: fitted.warnings,
      };
    }
    case 'post':
      throw new CareValidationError(
        'Publishing Instagram media is not part of customer care: answer a comment or a DM.',
        [{ path: ['type'], message: 'post is not supported by the Instagram adapter' }],
      );
  }
}

import { CareValidationError } from '../../shared/errors';
import type { OutboundMessage, OutboundRequest } from '../adapter';
import { fitText, type OverflowPolicy } from '../fit-text';

/** What {@link buildMastodonRequest} needs. */
export interface MastodonRequestSettings {
  readonly instanceUrl: string | undefined;
  readonly accessToken: string | undefined;
  readonly overflow: OverflowPolicy;
  readonly maxCharacters: number;
}

/**
 * Builds `POST /api/v1/statuses`: a reply with `in_reply_to_id` (visibility as asked, `public` by
 * default), a new post, or a private message as a `direct` status that mentions the customer
 * (`recipientId` is their `acct`; the mention is added when the text lacks it). Texts are measured
 * against the instance's `maxCharacters` (URLs count 23).
 */
export function buildMastodonRequest(
  outbound: OutboundMessage,
  settings: MastodonRequestSettings,
): OutboundRequest {
  if (settings.instanceUrl === undefined) {
    throw new CareValidationError('The Mastodon adapter needs instanceUrl to build a status request.', [
      { path: ['instanceUrl'], message: 'required to post' },
    ]);
  }
  if (outbound.type === 'private-reply') {
    throw new CareValidationError('Mastodon has no private replies: send a direct status (type "message").', [
      { path: ['type'], message: 'private-reply is not supported on Mastodon' },
    ]);
  }
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (settings.accessToken !== undefined) headers.authorization = `Bearer ${settings.accessToken}`;
  let text = outbound.text;
  const body: Record<string, unknown> = {};
  let surface: 'post' | 'dm' = 'post';
  if (outbound.type === 'reply') {
    if (!/^\d+$/.test(outbound.inReplyTo)) {
      throw new CareValidationError(`Invalid Mastodon status id "${outbound.inReplyTo}": expected digits.`, [
        { path: ['inReplyTo'], message: 'expected a status id' },
      ]);
    }
    body.in_reply_to_id = outbound.inReplyTo;
    body.visibility = outbound.visibility ?? 'public';
    if (body.visibility === 'direct') surface = 'dm';
  } else if (outbound.type === 'message') {
    const acct = outbound.recipientId.replace(/^@/, '');
    if (!/^[\w.-]+(@[\w.-]+)?$/.test(acct)) {
      throw new CareValidationError(
        `Invalid Mastodon recipient "${outbound.recipientId}": expected an acct such as kunde@social.example.`,
        [{ path: ['recipientId'], message: 'expected an acct' }],
      );
    }
    if (!text.includes(`@${acct}`)) text = `@${acct} ${text}`;
    body.visibility = 'direct';
    if (outbound.inReplyTo !== undefined) body.in_reply_to_id = outbound.inReplyTo;
    surface = 'dm';
  } else body.visibility = 'public';
  const fitted = fitText('mastodon', surface, text, settings.overflow, settings.maxCharacters);
  return {
    url: `${settings.instanceUrl}/api/v1/statuses`,
    method: 'POST',
    headers,
    body: JSON.stringify({ status: fitted.text, ...body }),
    surface,
    warnings: fitted.warnings,
  };
}

import { parseWithSchema } from '../../shared/validate';
import { clockOf } from '../adapter-settings';
import { definePlatformAdapter, type PlatformAdapter } from '../define-adapter';
import { createHmacKey } from '../hmac';
import { messagingItemEvents } from '../meta/messaging-item';
import { graphRootOf } from '../meta/meta-settings';
import { matchesMeta, verifyMetaRequest } from '../meta/meta-verify';
import { type MetaWalkers, walkMetaPayload } from '../meta/walk-meta-payload';
import { idAt } from '../payload-reader';
import { buildFacebookRequest } from './build-facebook-request';
import { type FacebookAdapterSettings, FacebookAdapterSettingsSchema } from './facebook-settings';
import { pageFeedChange } from './page-feed-change';

/**
 * Creates the Facebook adapter: Messenger (messages, echoes, postbacks, reactions, reads,
 * deliveries, attachments, batched entries) and Page feed comments (add, edit, remove, reactions)
 * with their threads; `X-Hub-Signature-256` over the raw body and the `hub.challenge` handshake;
 * replies through the Send API (with the `HUMAN_AGENT` tag), comment replies and private replies.
 *
 * @throws CareValidationError when the settings are invalid
 * @example
 * ```ts
 * import { createFacebookAdapter } from 'socialcare/adapters/facebook';
 * const facebook = createFacebookAdapter({ appSecret, verifyToken, pageId: '1895382890692545' });
 * const { events } = await facebook.parse(request);
 * facebook.buildReply({ type: 'private-reply', commentId: '139560936744456_139620233405726', text: 'We sent you a message.' });
 * ```
 */
export function createFacebookAdapter(settings: FacebookAdapterSettings): PlatformAdapter {
  const parsed = parseWithSchema(FacebookAdapterSettingsSchema, settings, 'Facebook adapter settings');
  const key = createHmacKey(parsed.appSecret, { implementation: parsed.hmac ?? 'auto' });
  const requestSettings = {
    graphRoot: graphRootOf(parsed),
    pageId: parsed.pageId ?? 'me',
    accessToken: parsed.accessToken,
    overflow: parsed.overflow ?? 'error',
  };
  // Built once per adapter, not per delivery.
  const walkers: MetaWalkers = {
    messaging: (item, entry, collector) =>
      messagingItemEvents(item, 'facebook', idAt(entry, 'id') ?? parsed.pageId, collector, parsed.appId),
    change: (field, value, entry, collector) => pageFeedChange(field, value, entry, parsed.pageId, collector),
  };
  return definePlatformAdapter({
    platform: 'facebook',
    platformName: 'Facebook',
    maxBodyBytes: parsed.maxBodyBytes,
    fetch: parsed.fetch,
    now: clockOf(parsed.now),
    verify: (request, body) => verifyMetaRequest(request, body, key, parsed.verifyToken, 'Facebook'),
    walk: (payload, out) => walkMetaPayload(payload, 'page', 'Facebook', walkers, out),
    buildReply: (outbound) => buildFacebookRequest(outbound, requestSettings),
    matches: (request, body) => matchesMeta(request, body, 'page', parsed.verifyToken),
  });
}

import { parseWithSchema } from '../../shared/validate';
import { clockOf } from '../adapter-settings';
import { definePlatformAdapter, type PlatformAdapter } from '../define-adapter';
import { createHmacKey } from '../hmac';
import { messagingItemEvents } from '../meta/messaging-item';
import { graphRootOf } from '../meta/meta-settings';
import { matchesMeta, verifyMetaRequest } from '../meta/meta-verify';
import { type MetaWalkers, walkMetaPayload } from '../meta/walk-meta-payload';
import { idAt } from '../payload-reader';
import { buildInstagramRequest } from './build-instagram-request';
import { instagramChange } from './instagram-change';
import { type InstagramAdapterSettings, InstagramAdapterSettingsSchema } from './instagram-settings';

/**
 * Creates the Instagram adapter: DMs (messages, echoes, unsends, story mentions and replies,
 * attachments), comments (with reply threads; our own replies recognised as outbound) and
 * mentions; Meta signature and handshake; DM, comment-reply and private-reply requests.
 *
 * @throws CareValidationError when the settings are invalid
 * @example
 * ```ts
 * import { createInstagramAdapter } from 'socialcare/adapters/instagram';
 * const instagram = createInstagramAdapter({ appSecret, verifyToken, accountId: '17841405309211844', username: 'acme_store' });
 * const { events } = await instagram.parse(request);
 * ```
 */
export function createInstagramAdapter(settings: InstagramAdapterSettings): PlatformAdapter {
  const parsed = parseWithSchema(InstagramAdapterSettingsSchema, settings, 'Instagram adapter settings');
  const key = createHmacKey(parsed.appSecret, { implementation: parsed.hmac ?? 'auto' });
  const identity = { accountId: parsed.accountId, username: parsed.username, ownIds: parsed.ownIds ?? [] };
  const requestSettings = {
    graphRoot: graphRootOf(parsed),
    accountId: parsed.accountId ?? 'me',
    accessToken: parsed.accessToken,
    overflow: parsed.overflow ?? 'error',
  };
  // Built once per adapter, not per delivery.
  const walkers: MetaWalkers = {
    messaging: (item, entry, collector) =>
      messagingItemEvents(item, 'instagram', idAt(entry, 'id') ?? parsed.accountId, collector, parsed.appId),
    change: (field, value, entry, collector) => instagramChange(field, value, entry, identity, collector),
  };
  return definePlatformAdapter({
    platform: 'instagram',
    platformName: 'Instagram',
    maxBodyBytes: parsed.maxBodyBytes,
    fetch: parsed.fetch,
    now: clockOf(parsed.now),
    verify: (request, body) => verifyMetaRequest(request, body, key, parsed.verifyToken, 'Instagram'),
    walk: (payload, out) => walkMetaPayload(payload, 'instagram', 'Instagram', walkers, out),
    buildReply: (outbound) => buildInstagramRequest(outbound, requestSettings),
    matches: (request, body) => matchesMeta(request, body, 'instagram', parsed.verifyToken),
  });
}

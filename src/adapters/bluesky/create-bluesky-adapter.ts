import { parseWithSchema } from '../../shared/validate';
import { clockOf } from '../adapter-settings';
import { definePlatformAdapter, type PlatformAdapter } from '../define-adapter';
import { createHmacKey } from '../hmac';
import { RELAY_SIGNATURE_HEADER, verifyRelayRequest } from '../unsigned-verify';
import { type BlueskyAdapterSettings, BlueskyAdapterSettingsSchema } from './bluesky-settings';
import { buildBlueskyRequest } from './build-bluesky-request';
import { walkBlueskyPayload } from './walk-bluesky-payload';

/**
 * Creates the Bluesky adapter (read side plus replies). Bluesky has no push webhooks: poll
 * `app.bsky.notification.listNotifications` or consume Jetstream, and pass the pages to
 * `parsePayload` (or POST them, signed with `x-socialcare-signature`, to the webhook handler).
 * Replies are `app.bsky.feed.post` records with reply refs and facets in UTF-8 byte offsets.
 *
 * @throws CareValidationError when the settings are invalid
 * @example
 * ```ts
 * import { createBlueskyAdapter } from 'socialcare/adapters/bluesky';
 * const bluesky = createBlueskyAdapter({ did: 'did:plc:brandbrandbrandbrand0001', unsigned: true });
 * const { events } = bluesky.parsePayload(await agent.listNotifications());
 * ```
 */
export function createBlueskyAdapter(settings: BlueskyAdapterSettings = {}): PlatformAdapter {
  const parsed = parseWithSchema(BlueskyAdapterSettingsSchema, settings, 'Bluesky adapter settings');
  const key =
    parsed.secret === undefined
      ? undefined
      : createHmacKey(parsed.secret, { implementation: parsed.hmac ?? 'auto' });
  const now = clockOf(parsed.now);
  const requestSettings = {
    serviceUrl: (parsed.serviceUrl ?? 'https://bsky.social').replace(/\/+$/, ''),
    did: parsed.did,
    accessToken: parsed.accessToken,
    overflow: parsed.overflow ?? 'error',
    now,
  };
  return definePlatformAdapter({
    platform: 'bluesky',
    platformName: 'Bluesky',
    maxBodyBytes: parsed.maxBodyBytes,
    fetch: parsed.fetch,
    now,
    verify: (request, body) =>
      verifyRelayRequest(request, body, key, parsed.unsigned === true, RELAY_SIGNATURE_HEADER, 'Bluesky'),
    walk: (payload, out) => walkBlueskyPayload(payload, parsed.did, out),
    buildReply: (outbound) => buildBlueskyRequest(outbound, requestSettings),
    matches: (request, body) =>
      request.headers.has(RELAY_SIGNATURE_HEADER) &&
      /"(?:notifications|did|uri)"\s*:/.test(body) &&
      /app\.bsky|at:\/\//.test(body),
  });
}

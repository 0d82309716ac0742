import { parseWithSchema } from '../../shared/validate';
import { clockOf } from '../adapter-settings';
import { definePlatformAdapter, type PlatformAdapter } from '../define-adapter';
import { createHmacKey } from '../hmac';
import { verifyRelayRequest } from '../unsigned-verify';
import { buildMastodonRequest } from './build-mastodon-request';
import { type MastodonAdapterSettings, MastodonAdapterSettingsSchema } from './mastodon-settings';
import { walkMastodonPayload } from './walk-mastodon-payload';

/**
 * The header Mastodon admin webhooks are signed with (`sha256=` + hex HMAC-SHA256 of the raw body).
 *
 * @example
 * ```ts
 * request.headers.get(MASTODON_SIGNATURE_HEADER); // 'sha256=…'
 * ```
 */
export const MASTODON_SIGNATURE_HEADER = 'x-hub-signature';

/**
 * Creates the Mastodon adapter: admin webhooks (`X-Hub-Signature`), notifications and statuses
 * (polled from `/api/v1/notifications`, passed to `parsePayload`), and statuses out with
 * `in_reply_to_id`, measured against the instance's character limit.
 *
 * @throws CareValidationError when the settings are invalid
 * @example
 * ```ts
 * import { createMastodonAdapter } from 'socialcare/adapters/mastodon';
 * const mastodon = createMastodonAdapter({ instanceUrl: 'https://mastodon.example', accountId: '109300000000000001', unsigned: true });
 * const { events } = mastodon.parsePayload(await (await fetch(`${instance}/api/v1/notifications`)).json());
 * ```
 */
export function createMastodonAdapter(settings: MastodonAdapterSettings = {}): PlatformAdapter {
  const parsed = parseWithSchema(MastodonAdapterSettingsSchema, settings, 'Mastodon adapter settings');
  const key =
    parsed.webhookSecret === undefined
      ? undefined
      : createHmacKey(parsed.webhookSecret, { implementation: parsed.hmac ?? 'auto' });
  const identity = { accountId: parsed.accountId, acct: parsed.acct };
  const requestSettings = {
    instanceUrl: parsed.instanceUrl?.replace(/\/+$/, ''),
    accessToken: parsed.accessToken,
    overflow: parsed.overflow ?? 'error',
    maxCharacters: parsed.maxCharacters ?? 500,
  };
  return definePlatformAdapter({
    platform: 'mastodon',
    platformName: 'Mastodon',
    maxBodyBytes: parsed.maxBodyBytes,
    fetch: parsed.fetch,
    now: clockOf(parsed.now),
    verify: (request, body) =>
      verifyRelayRequest(request, body, key, parsed.unsigned === true, MASTODON_SIGNATURE_HEADER, 'Mastodon'),
    walk: (payload, out) => walkMastodonPayload(payload, identity, out),
    buildReply: (outbound) => buildMastodonRequest(outbound, requestSettings),
    // Meta also sends a (SHA-1) X-Hub-Signature next to X-Hub-Signature-256: only a lone sha256 one is Mastodon's.
    matches: (request) =>
      !request.headers.has('x-hub-signature-256') &&
      (request.headers.get(MASTODON_SIGNATURE_HEADER) ?? '').startsWith('sha256='),
  });
}

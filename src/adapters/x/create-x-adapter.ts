import { SignatureVerificationError } from '../../shared/errors';
import { parseWithSchema } from '../../shared/validate';
import { clockOf } from '../adapter-settings';
import { definePlatformAdapter, type PlatformAdapter } from '../define-adapter';
import { bytesToBase64, createHmacKey, readBase64Signature, utf8 } from '../hmac';
import { buildXRequest } from './build-x-request';
import { walkXPayload } from './walk-x-payload';
import { type XAdapterSettings, XAdapterSettingsSchema } from './x-settings';

/**
 * The header X signs deliveries with.
 *
 * @example
 * ```ts
 * request.headers.get(X_SIGNATURE_HEADER); // 'sha256=…'
 * ```
 */
export const X_SIGNATURE_HEADER = 'x-twitter-webhooks-signature';

/**
 * Creates the X adapter: Account Activity API and X Activity API deliveries, v2 post and DM
 * objects, the CRC answer, `x-twitter-webhooks-signature` checks over the raw body, and replies
 * through the v2 posts and DM endpoints.
 *
 * @throws CareValidationError when the settings are invalid
 * @example
 * ```ts
 * import { createXAdapter } from 'socialcare/adapters/x';
 * const x = createXAdapter({ consumerSecret: process.env.X_CONSUMER_SECRET!, accountId: '2975699229' });
 * const verification = await x.verify(request); // CRC answered, or signature checked
 * const { events } = await x.parse(request);
 * const reply = x.buildReply({ type: 'reply', inReplyTo: events[0].message.id, text: 'On it! ^AB' });
 * ```
 */
export function createXAdapter(settings: XAdapterSettings): PlatformAdapter {
  const parsed = parseWithSchema(XAdapterSettingsSchema, settings, 'X adapter settings');
  const key = createHmacKey(parsed.consumerSecret, { implementation: parsed.hmac ?? 'auto' });
  const now = clockOf(parsed.now);
  const requestSettings = {
    apiBaseUrl: (parsed.apiBaseUrl ?? 'https://api.x.com').replace(/\/+$/, ''),
    accessToken: parsed.accessToken,
    overflow: parsed.overflow ?? 'error',
  };
  return definePlatformAdapter({
    platform: 'x',
    platformName: 'X',
    maxBodyBytes: parsed.maxBodyBytes,
    fetch: parsed.fetch,
    now,
    async verify(request, body) {
      if (request.method === 'GET') {
        const token = new URL(request.url).searchParams.get('crc_token');
        if (token === null || token === '') {
          throw new SignatureVerificationError('An X GET request must carry a crc_token (the CRC check).');
        }
        const responseToken = `sha256=${bytesToBase64(await key.sign(utf8(token)))}`;
        return {
          kind: 'handshake',
          response: new Response(JSON.stringify({ response_token: responseToken }), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          }),
        };
      }
      const signature = readBase64Signature(request.headers.get(X_SIGNATURE_HEADER), X_SIGNATURE_HEADER);
      const bytes = await body();
      if (!(await key.verify(signature, bytes))) {
        throw new SignatureVerificationError(
          'The X signature does not match the body: check the consumer secret, and verify the raw body bytes (not re-serialised JSON).',
        );
      }
      return { kind: 'delivery', body: bytes };
    },
    walk: (payload, out) => walkXPayload(payload, parsed.accountId, now, out),
    buildReply: (outbound) => buildXRequest(outbound, requestSettings),
    matches: (request) =>
      request.headers.has(X_SIGNATURE_HEADER) ||
      (request.method === 'GET' && new URL(request.url).searchParams.has('crc_token')),
  });
}

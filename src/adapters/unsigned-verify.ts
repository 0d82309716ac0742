import { SignatureVerificationError } from '../shared/errors';
import type { Verification } from './adapter';
import { type HmacKey, readHexSignature } from './hmac';

/** The header a relay you run signs forwarded payloads with: `sha256=` + hex HMAC-SHA256 of the raw body. */
export const RELAY_SIGNATURE_HEADER = 'x-socialcare-signature';

/**
 * Verifies a payload forwarded by your own relay or poller (Bluesky has no webhooks; Mastodon
 * notifications are polled): checks `header` when a key is configured, accepts unsigned payloads
 * only when `unsigned` was chosen explicitly, and refuses otherwise.
 */
export async function verifyRelayRequest(
  request: Request,
  body: () => Promise<Uint8Array>,
  key: HmacKey | undefined,
  unsigned: boolean,
  header: string,
  platformName: string,
): Promise<Verification> {
  if (request.method === 'GET') {
    throw new SignatureVerificationError(
      `${platformName} has no webhook handshake: POST the payloads to this endpoint.`,
    );
  }
  if (key === undefined) {
    if (!unsigned) {
      throw new SignatureVerificationError(
        `The ${platformName} adapter has no secret: set one (and sign forwarded payloads with ${header}), or set unsigned: true for trusted sources.`,
      );
    }
    return { kind: 'delivery', body: await body() };
  }
  const signature = readHexSignature(request.headers.get(header), header);
  const bytes = await body();
  if (!(await key.verify(signature, bytes))) {
    throw new SignatureVerificationError(
      `The ${platformName} ${header} signature does not match the raw body: check the secret and sign the exact bytes sent.`,
    );
  }
  return { kind: 'delivery', body: bytes };
}

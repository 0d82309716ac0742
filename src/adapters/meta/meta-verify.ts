import { SignatureVerificationError } from '../../shared/errors';
import type { Verification } from '../adapter';
import { type HmacKey, readHexSignature, timingSafeEqualStrings } from '../hmac';

/** The header Meta signs deliveries with (HMAC-SHA256 of the raw body with the app secret, hex). */
export const META_SIGNATURE_HEADER = 'x-hub-signature-256';

/**
 * Verifies a Meta webhook request (Messenger, Page feed, Instagram, WhatsApp): answers the
 * `hub.mode=subscribe` GET handshake with `hub.challenge` when `hub.verify_token` matches, and
 * checks `X-Hub-Signature-256` over the raw body bytes. Meta signs the exact bytes it sends,
 * escaped non-ASCII (`\u00e9`) and `\/` included, so re-serialised JSON never verifies.
 *
 * @throws SignatureVerificationError when the token or signature does not match, or a header is missing or malformed
 */
export async function verifyMetaRequest(
  request: Request,
  body: () => Promise<Uint8Array>,
  key: HmacKey,
  verifyToken: string | undefined,
  platformName: string,
): Promise<Verification> {
  if (request.method === 'GET') {
    const params = new URL(request.url).searchParams;
    const mode = params.get('hub.mode');
    const token = params.get('hub.verify_token');
    const challenge = params.get('hub.challenge');
    if (mode !== 'subscribe' || token === null || challenge === null) {
      throw new SignatureVerificationError(
        `A ${platformName} GET request must be the subscription handshake (hub.mode=subscribe, hub.verify_token, hub.challenge).`,
      );
    }
    if (verifyToken === undefined) {
      throw new SignatureVerificationError(
        `The ${platformName} adapter has no verifyToken: set the token you entered in the app dashboard to answer the handshake.`,
      );
    }
    if (!timingSafeEqualStrings(token, verifyToken)) {
      throw new SignatureVerificationError(
        `The ${platformName} hub.verify_token does not match the configured verifyToken.`,
      );
    }
    return {
      kind: 'handshake',
      response: new Response(challenge, { status: 200, headers: { 'content-type': 'text/plain' } }),
    };
  }
  const signature = readHexSignature(request.headers.get(META_SIGNATURE_HEADER), 'X-Hub-Signature-256');
  const bytes = await body();
  if (!(await key.verify(signature, bytes))) {
    throw new SignatureVerificationError(
      `The ${platformName} X-Hub-Signature-256 does not match the body: check the app secret, and verify the raw request bytes (Meta signs its escaped form; re-serialised JSON never matches).`,
    );
  }
  return { kind: 'delivery', body: bytes };
}

/**
 * True when the request looks like a Meta delivery for `object` (`page`, `instagram`,
 * `whatsapp_business_account`), or a Meta handshake whose token is ours.
 */
export function matchesMeta(
  request: Request,
  body: string,
  object: string,
  verifyToken: string | undefined,
): boolean {
  if (request.method === 'GET') {
    const params = new URL(request.url).searchParams;
    return (
      params.get('hub.mode') === 'subscribe' &&
      verifyToken !== undefined &&
      timingSafeEqualStrings(params.get('hub.verify_token') ?? '', verifyToken)
    );
  }
  if (!request.headers.has(META_SIGNATURE_HEADER)) return false;
  const match = /"object"\s*:\s*"([^"]*)"/.exec(body);
  return match !== null && match[1] === object;
}

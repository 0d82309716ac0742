import { SignatureVerificationError } from '../shared/errors';

const encoder = new TextEncoder();

/**
 * An HMAC-SHA256 key held as a WebCrypto `CryptoKey` (imported once, reused for every delivery).
 * Works in Node 20+, browsers, Deno, Bun and edge runtimes.
 */
export interface HmacKey {
  /** Resolves to true when `signature` is the HMAC of `data` (constant-time, inside WebCrypto). */
  verify(signature: Uint8Array, data: Uint8Array): Promise<boolean>;
  /** The HMAC of `data`. */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/**
 * Creates an HMAC-SHA256 key from a secret.
 *
 * @example
 * ```ts
 * const key = createHmacKey('app-secret');
 * await key.verify(signatureBytes, rawBody);
 * ```
 */
export function createHmacKey(secret: string): HmacKey {
  let key: Promise<CryptoKey> | undefined;
  const load = (): Promise<CryptoKey> => {
    key ??= globalThis.crypto.subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
    return key;
  };
  return {
    async verify(signature, data) {
      return globalThis.crypto.subtle.verify('HMAC', await load(), signature as BufferSource, data as BufferSource);
    },
    async sign(data) {
      return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', await load(), data as BufferSource));
    },
  };
}

/**
 * Compares two strings in time that depends only on their lengths (verify tokens, challenges).
 *
 * @example
 * ```ts
 * timingSafeEqualStrings(token, settings.verifyToken);
 * ```
 */
export function timingSafeEqualStrings(a: string, b: string): boolean {
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  let diff = left.length ^ right.length;
  const length = Math.max(left.length, right.length);
  for (let index = 0; index < length; index++) diff |= (left[index] ?? 0) ^ (right[index] ?? 0);
  return diff === 0;
}

const HEX = /^[0-9a-f]{64}$/i;
const BASE64 = /^[A-Za-z0-9+/]{43}=$/;

/**
 * Reads a `sha256=<64 hex digits>` header (Meta `X-Hub-Signature-256`, Mastodon `X-Hub-Signature`)
 * into the 32 signature bytes. Throws `SignatureVerificationError` when missing or malformed.
 *
 * @example
 * ```ts
 * readHexSignature(request.headers.get('x-hub-signature-256'), 'X-Hub-Signature-256');
 * ```
 */
export function readHexSignature(header: string | null, name: string): Uint8Array {
  const value = readPrefixed(header, name);
  if (!HEX.test(value)) {
    throw new SignatureVerificationError(`The ${name} header is malformed: expected sha256= and 64 hex digits.`);
  }
  const out = new Uint8Array(32);
  for (let index = 0; index < 32; index++) out[index] = Number.parseInt(value.slice(index * 2, index * 2 + 2), 16);
  return out;
}

/**
 * Reads a `sha256=<base64>` header (X `x-twitter-webhooks-signature`) into the 32 signature bytes.
 * Throws `SignatureVerificationError` when missing or malformed.
 *
 * @example
 * ```ts
 * readBase64Signature(request.headers.get('x-twitter-webhooks-signature'), 'x-twitter-webhooks-signature');
 * ```
 */
export function readBase64Signature(header: string | null, name: string): Uint8Array {
  const value = readPrefixed(header, name);
  if (!BASE64.test(value)) {
    throw new SignatureVerificationError(
      `The ${name} header is malformed: expected sha256= and a base64 HMAC-SHA256 (44 characters).`,
    );
  }
  return base64ToBytes(value);
}

function readPrefixed(header: string | null, name: string): string {
  if (header === null || header === '') {
    throw new SignatureVerificationError(
      `The ${name} header is missing: the delivery is not signed, or a proxy dropped the header.`,
    );
  }
  const trimmed = header.trim();
  if (!trimmed.startsWith('sha256=')) {
    throw new SignatureVerificationError(`The ${name} header is malformed: expected it to start with sha256=.`);
  }
  return trimmed.slice(7);
}

/**
 * Encodes bytes as base64.
 *
 * @example
 * ```ts
 * bytesToBase64(new Uint8Array([1, 2, 3])); // 'AQID'
 * ```
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Decodes base64 to bytes.
 *
 * @example
 * ```ts
 * base64ToBytes('AQID'); // Uint8Array [1, 2, 3]
 * ```
 */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) out[index] = binary.charCodeAt(index);
  return out;
}

/**
 * Encodes bytes as lowercase hex.
 *
 * @example
 * ```ts
 * bytesToHex(new Uint8Array([255, 1])); // 'ff01'
 * ```
 */
export function bytesToHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/**
 * UTF-8 bytes of a string.
 *
 * @example
 * ```ts
 * utf8('é').length; // 2
 * ```
 */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

import { SignatureVerificationError } from '../shared/errors';

const encoder = new TextEncoder();

/**
 * An HMAC-SHA256 key over raw bytes. Portable: WebCrypto (`crypto.subtle`, imported once and reused)
 * in browsers, Deno, Bun and edge runtimes; on Node, the built-in `crypto` module found at run
 * time through `process.getBuiltinModule` (no static `node:` import), which is several times faster
 * per delivery than `crypto.subtle`'s asynchronous round trip. Both compare in constant time.
 *
 * @example
 * ```ts
 * const key: HmacKey = createHmacKey(secret);
 * key.implementation; // 'node' on Node, 'webcrypto' elsewhere
 * ```
 */
export interface HmacKey {
  /** Resolves to true when `signature` is the HMAC of `data` (constant-time comparison). */
  verify(signature: Uint8Array, data: Uint8Array): Promise<boolean>;
  /** The HMAC of `data`. */
  sign(data: Uint8Array): Promise<Uint8Array>;
  /** Which implementation is used. */
  readonly implementation: 'node' | 'webcrypto';
}

/**
 * Options of {@link createHmacKey}.
 *
 * @example
 * ```ts
 * createHmacKey(secret, { implementation: 'webcrypto' });
 * ```
 */
export interface HmacKeyOptions {
  /** `'auto'` (default): Node's built-in crypto when present, else WebCrypto. `'webcrypto'` forces `crypto.subtle`. */
  readonly implementation?: 'auto' | 'webcrypto';
}

interface NodeCrypto {
  createHmac(algorithm: string, key: Uint8Array): { update(data: Uint8Array): { digest(): Uint8Array } };
  timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;
}

function nodeCrypto(): NodeCrypto | undefined {
  const processObject = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    const module = processObject?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
    return typeof module?.createHmac === 'function' && typeof module.timingSafeEqual === 'function'
      ? module
      : undefined;
  } catch {
    return undefined;
  }
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
export function createHmacKey(secret: string, options: HmacKeyOptions = {}): HmacKey {
  const secretBytes = encoder.encode(secret);
  const node = options.implementation === 'webcrypto' ? undefined : nodeCrypto();
  if (node !== undefined) {
    const sign = (data: Uint8Array): Uint8Array =>
      node.createHmac('sha256', secretBytes).update(data).digest();
    return {
      implementation: 'node',
      async verify(signature, data) {
        const actual = sign(data);
        return signature.length === actual.length && node.timingSafeEqual(signature, actual);
      },
      async sign(data) {
        return new Uint8Array(sign(data));
      },
    };
  }
  let key: Promise<CryptoKey> | undefined;
  const load = (): Promise<CryptoKey> => {
    key ??= globalThis.crypto.subtle.importKey('raw', secretBytes, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    return key;
  };
  return {
    implementation: 'webcrypto',
    async verify(signature, data) {
      return globalThis.crypto.subtle.verify(
        'HMAC',
        await load(),
        signature as BufferSource,
        data as BufferSource,
      );
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
    throw new SignatureVerificationError(
      `The ${name} header is malformed: expected sha256= and 64 hex digits.`,
    );
  }
  const out = new Uint8Array(32);
  for (let index = 0; index < 32; index++)
    out[index] = (hexValue(value.charCodeAt(index * 2)) << 4) | hexValue(value.charCodeAt(index * 2 + 1));
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

/** The value of one (already validated) hex digit. */
function hexValue(code: number): number {
  return code <= 57 ? code - 48 : (code | 32) - 87;
}

function readPrefixed(header: string | null, name: string): string {
  if (header === null || header === '') {
    throw new SignatureVerificationError(
      `The ${name} header is missing: the delivery is not signed, or a proxy dropped the header.`,
    );
  }
  const trimmed = header.trim();
  if (!trimmed.startsWith('sha256=')) {
    throw new SignatureVerificationError(
      `The ${name} header is malformed: expected it to start with sha256=.`,
    );
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

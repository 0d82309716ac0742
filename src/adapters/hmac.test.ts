import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SignatureVerificationError } from '../shared/errors';
import {
  bytesToBase64,
  bytesToHex,
  createHmacKey,
  readBase64Signature,
  readHexSignature,
  timingSafeEqualStrings,
  utf8,
} from './hmac';

describe('WebCrypto HMAC', () => {
  it.each(['auto', 'webcrypto'] as const)(
    'agrees with node:crypto on any bytes (%s)',
    async (implementation) => {
      const key = createHmacKey('secret', { implementation });
      expect(key.implementation).toBe(implementation === 'auto' ? 'node' : 'webcrypto');
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
          const expected = createHmac('sha256', 'secret').update(bytes).digest();
          const signature = await key.sign(bytes);
          expect(bytesToHex(signature)).toBe(expected.toString('hex'));
          expect(bytesToBase64(signature)).toBe(expected.toString('base64'));
          expect(await key.verify(signature, bytes)).toBe(true);
          const wrong = signature.slice();
          wrong[0] = (wrong[0] as number) ^ 1;
          expect(await key.verify(wrong, bytes)).toBe(false);
          expect(await key.verify(signature.slice(1), bytes)).toBe(false);
        }),
        { numRuns: 50 },
      );
    },
  );

  it('reads signature headers strictly', () => {
    const hex = 'a'.repeat(64);
    expect(readHexSignature(`sha256=${hex}`, 'h')).toHaveLength(32);
    expect(readHexSignature(` sha256=${hex.toUpperCase()} `, 'h')).toHaveLength(32);
    for (const bad of [null, '', 'sha256=', `sha1=${hex}`, `sha256=${hex}0`, `sha256=${'g'.repeat(64)}`]) {
      expect(() => readHexSignature(bad, 'h')).toThrow(SignatureVerificationError);
    }
    const b64 = bytesToBase64(new Uint8Array(32));
    expect(readBase64Signature(`sha256=${b64}`, 'h')).toHaveLength(32);
    expect(() => readBase64Signature(`sha256=${b64.slice(1)}`, 'h')).toThrow(/malformed/);
    expect(() => readBase64Signature(null, 'x-twitter-webhooks-signature')).toThrow(/missing/);
  });

  it('compares strings in constant time', () => {
    expect(timingSafeEqualStrings('token', 'token')).toBe(true);
    expect(timingSafeEqualStrings('token', 'tokem')).toBe(false);
    expect(timingSafeEqualStrings('token', 'token2')).toBe(false);
    expect(timingSafeEqualStrings('é', 'e')).toBe(false);
    expect(utf8('é')).toEqual(new Uint8Array([0xc3, 0xa9]));
  });
});

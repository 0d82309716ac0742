import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CareValidationError } from '../../shared/errors';
import { createSensitiveDataDetector, detectSensitiveData } from './detect-sensitive-data';
import { isValidIban } from './iban';
import { cardBrand, passesLuhn } from './payment-card';
import { DEFAULT_REFERENCE_PATTERNS } from './reference';

const kinds = (text: string, options?: Parameters<typeof detectSensitiveData>[1]) =>
  detectSensitiveData(text, options).map((f) => [f.kind, text.slice(f.start, f.end)]);

describe('detectSensitiveData', () => {
  it('finds each kind with UTF-16 offsets into the input', () => {
    const text = '👋 card 4111-1111-1111-1111, iban GB82 WEST 1234 5698 7654 32, ana@example.com';
    const findings = detectSensitiveData(text);
    expect(findings.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ['payment-card', '4111-1111-1111-1111'],
      ['iban', 'GB82 WEST 1234 5698 7654 32'],
      ['email', 'ana@example.com'],
    ]);
    expect(findings[0]).toMatchObject({ start: 8, label: 'visa' });
    for (const f of findings) expect(f.confidence).toBeGreaterThan(0.5);
  });

  it('checks card numbers with Luhn and the issuer prefix', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(cardBrand('378282246310005')).toBe('amex');
    expect(cardBrand('9111111111111111')).toBeUndefined();
    expect(kinds('card 4111 1111 1111 1112')).toEqual([]);
    expect(kinds('pay 378282246310005 now')).toEqual([['payment-card', '378282246310005']]);
    expect(kinds('amex 3782 822463 10005')).toEqual([['payment-card', '3782 822463 10005']]);
    expect(kinds('id 41111111111111110000')).toEqual([]);
  });

  it('checks IBANs with mod-97 and the country length', () => {
    expect(isValidIban('DE89370400440532013000')).toBe(true);
    expect(isValidIban('DE89370400440532013001')).toBe(false);
    expect(isValidIban('DE8937040044053201300')).toBe(false);
    expect(kinds('iban de89 3704 0044 0532 0130 00.')).toEqual([['iban', 'de89 3704 0044 0532 0130 00']]);
  });

  it('finds phone numbers through libphonenumber-js, national forms by region', () => {
    expect(kinds('call (415) 555-0132')).toEqual([['phone', '(415) 555-0132']]);
    expect(kinds('ring 020 7946 0958')).toEqual([]);
    expect(kinds('ring 020 7946 0958', { defaultRegion: 'GB' })).toEqual([['phone', '020 7946 0958']]);
    expect(kinds('ring +44 20 7946 0958', { defaultRegion: [] })).toEqual([['phone', '+44 20 7946 0958']]);
    const list = 'numbers: +1 415 555 0132 / +1 415 555 0133 / +1 415 555 0134 / +44 20 7946 0958';
    expect(kinds(list).map(([, value]) => value)).toEqual([
      '+1 415 555 0132',
      '+1 415 555 0133',
      '+1 415 555 0134',
      '+44 20 7946 0958',
    ]);
    const tollFree = detectSensitiveData('call 1-800-275-2273');
    expect(tollFree[0]).toMatchObject({ kind: 'phone', label: 'toll-free', confidence: 0.6 });
  });

  it('finds references, with configurable patterns', () => {
    expect(kinds('order #112-3456789-1234567')).toEqual([['reference', '112-3456789-1234567']]);
    expect(kinds('my order is 3 days late')).toEqual([]);
    expect(kinds('New order is 30minutes late')).toEqual([]);
    const zendesk = { name: 'zendesk', pattern: /\bZD-(\d{5,9})\b/, confidence: 0.9 };
    expect(kinds('see ZD-1234567', { referencePatterns: [zendesk] })).toEqual([['reference', '1234567']]);
    expect(kinds('order 12345678', { referencePatterns: [zendesk] })).toEqual([]);
    expect(
      kinds('see ZD-1234567 and order 12345678', {
        referencePatterns: [...DEFAULT_REFERENCE_PATTERNS, zendesk],
      }),
    ).toHaveLength(2);
  });

  it('finds government ids and credentials, but not phrases about them', () => {
    expect(kinds('SSN 123-45-6789')).toEqual([['government-id', '123-45-6789']]);
    expect(kinds('SSN 666-45-6789')).toEqual([]);
    expect(kinds('DPCI 030-02-8711')).toEqual([]);
    expect(kinds('DNI 12345678Z')).toEqual([['government-id', '12345678Z']]);
    expect(kinds('DNI 12345678A')).toEqual([]);
    expect(kinds('my password is Tr0ub4dor&3.')).toEqual([['credential', 'Tr0ub4dor&3']]);
    expect(kinds('my password is not working')).toEqual([]);
    expect(kinds('reset your password: https://example.com/reset')).toEqual([]);
    expect(kinds('PIN 4821')).toEqual([['credential', '4821']]);
  });

  it('filters by kind and confidence, and validates options', () => {
    expect(kinds('ana@example.com 4111111111111111', { kinds: ['email'] })).toEqual([
      ['email', 'ana@example.com'],
    ]);
    expect(kinds('call 1-800-275-2273', { minConfidence: 0.7 })).toEqual([]);
    expect(() => createSensitiveDataDetector({ defaultRegion: 'XX' })).toThrow(CareValidationError);
    expect(() => createSensitiveDataDetector({ kinds: ['ssn' as never] })).toThrow(/kinds\[0\]/);
    expect(() => createSensitiveDataDetector({ minConfidence: 2 })).toThrow(/minConfidence/);
  });

  it('returns sorted, non-overlapping findings inside the text for any input', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '4111 1111 1111 1111',
            ' ',
            'a@b.co',
            '+44 20 7946 0958',
            '-',
            '1',
            'order #',
            'x',
            '\n',
            '🎉',
            'GB82 WEST 1234 5698 7654 32',
          ),
          {
            maxLength: 30,
          },
        ),
        (parts) => {
          const text = parts.join('');
          const findings = detectSensitiveData(text);
          let previousEnd = 0;
          for (const f of findings) {
            expect(f.start).toBeGreaterThanOrEqual(previousEnd);
            expect(f.end).toBeGreaterThan(f.start);
            expect(f.end).toBeLessThanOrEqual(text.length);
            previousEnd = f.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

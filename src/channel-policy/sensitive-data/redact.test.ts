import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitiveData } from './detect-sensitive-data';
import { redact } from './redact';

describe('redact', () => {
  const text = 'card 4111 1111 1111 1111, mail ana@example.com please';
  const findings = detectSensitiveData(text);

  it('replaces findings with their kind by default', () => {
    expect(redact(text, findings)).toBe('card [payment-card], mail [email] please');
  });

  it('masks characters and keeps the last few', () => {
    expect(redact(text, findings.slice(0, 1), { mask: '•', keepLast: 4 })).toBe(
      'card •••• •••• •••• 1111, mail ana@example.com please',
    );
  });

  it('accepts a fixed string or a function', () => {
    expect(redact(text, findings, { replacement: '***' })).toBe('card ***, mail *** please');
    expect(redact(text, findings, { replacement: (f, match) => `<${f.label}:${match.length}>` })).toBe(
      'card <visa:19>, mail <email:15> please',
    );
  });

  it('merges overlapping and unsorted findings and clamps offsets', () => {
    const overlapping = [
      { kind: 'email' as const, start: 10, end: 20, confidence: 1, label: 'x' },
      { kind: 'phone' as const, start: 0, end: 12, confidence: 1, label: 'y' },
      { kind: 'phone' as const, start: 40, end: 99, confidence: 1, label: 'z' },
    ];
    expect(redact('0123456789abcdefghijKLMNOPQRSTUVWXYZ0123456789', overlapping)).toBe(
      '[phone]KLMNOPQRSTUVWXYZ0123[phone]',
    );
  });

  it('leaves nothing of a finding in the output (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('4242424242424242', 'zoe@example.fr', 'DE89370400440532013000'),
        fc.string(),
        (secret, noise) => {
          const input = `${noise.replace(/[\w@]/g, ' ')} ${secret} ${noise.replace(/[\w@]/g, ' ')}`;
          expect(redact(input, detectSensitiveData(input))).not.toContain(secret);
        },
      ),
    );
  });
});

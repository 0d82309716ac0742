import { detectSensitiveData } from 'socialcare/channel-policy';
import { describe, expect, it } from 'vitest';

const MB = 1 << 20;

/** Adversarial 1 MB inputs aimed at each scanner: long runs, repeated separators, near-misses. */
const inputs: Record<string, string> = {
  'digit and space': '1 '.repeat(MB / 2),
  'one long digit run': '1'.repeat(MB),
  'a@ repeated': 'a@'.repeat(MB / 2),
  'local part then one @': `${'a'.repeat(MB - 20)}@example.com`,
  'dots after @': `x@${'a.'.repeat(MB / 2 - 2)}`,
  'digit and dash': '1-'.repeat(MB / 2),
  'plus digit': '+1'.repeat(MB / 2),
  'digit and dot': '1.'.repeat(MB / 2),
  'open parentheses': '('.repeat(MB),
  'keyword then spaces': `order ${' '.repeat(MB)}#`,
  'keyword then tabs and colons': `password${' \t:'.repeat(MB / 3)}`,
  'IBAN-like groups': 'GB82 '.repeat(MB / 5),
  'card-like groups': '4111 1111 1111 1111 '.repeat(MB / 20),
  'phone-like groups': '+44 20 7946 0958 '.repeat(MB / 17),
  'ssn-like groups': '123-45-6789 '.repeat(MB / 12),
  'mixed soup': 'a1 b2-c3.d4@e5 (6) +7 '.repeat(MB / 22),
};

describe('sensitive-data detection runs in linear time on adversarial input', () => {
  for (const [name, text] of Object.entries(inputs)) {
    it(`completes on 1 MB of ${name}`, () => {
      const started = performance.now();
      const findings = detectSensitiveData(text);
      const elapsed = performance.now() - started;
      // A generous bound (machines are shared): catastrophic backtracking would take hours.
      expect(elapsed).toBeLessThan(30_000);
      for (const f of findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
      }
    });
  }

  it('scales linearly: 4x the input takes well under 16x the time', () => {
    const unit = '1 2-3.4 (5) +6 a@b '.repeat(4_000);
    const time = (text: string): number => {
      const started = performance.now();
      detectSensitiveData(text);
      return performance.now() - started;
    };
    time(unit);
    const small = Math.max(time(unit), 1);
    const large = time(unit.repeat(4));
    expect(large / small).toBeLessThan(16);
  });
});

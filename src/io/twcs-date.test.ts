import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTwcsDate, parseTwcsDate } from './twcs-date';

describe('parseTwcsDate / formatTwcsDate', () => {
  it('parses the legacy X form as UTC', () => {
    expect(parseTwcsDate('Tue Oct 31 22:10:47 +0000 2017')).toBe(Date.UTC(2017, 9, 31, 22, 10, 47));
    expect(parseTwcsDate('Thu Feb 29 00:00:00 +0000 2024')).toBe(Date.UTC(2024, 1, 29));
  });

  it('applies the offset', () => {
    expect(parseTwcsDate('Tue Oct 31 22:10:47 +0530 2017')).toBe(Date.UTC(2017, 9, 31, 16, 40, 47));
    expect(parseTwcsDate('Tue Oct 31 22:10:47 -0800 2017')).toBe(Date.UTC(2017, 10, 1, 6, 10, 47));
  });

  it('rejects other shapes and impossible dates', () => {
    for (const text of [
      '',
      '2017-10-31T22:10:47Z',
      'Tue Oct 31 22:10:47 2017',
      'Tue Foo 31 22:10:47 +0000 2017',
      'Tue Feb 30 22:10:47 +0000 2017',
      'Tue Oct 31 24:10:47 +0000 2017',
      'Tue Oct 31 22:1x:47 +0000 2017',
      'Tue Oct 31 22:10:47 *0000 2017',
    ]) {
      expect(parseTwcsDate(text), text).toBeUndefined();
    }
  });

  it('round-trips any second between 1970 and 2100, and agrees with Date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800 }), (seconds) => {
        const ms = seconds * 1000;
        const text = formatTwcsDate(ms);
        expect(text).toMatch(/^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} \+0000 \d{4}$/);
        expect(parseTwcsDate(text)).toBe(ms);
        expect(new Date(ms).toUTCString().slice(0, 3)).toBe(text.slice(0, 3));
      }),
    );
  });
});

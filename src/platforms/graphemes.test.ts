import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countGraphemes, splitGraphemes } from './graphemes';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const reference = (text: string) => Array.from(segmenter.segment(text), (part) => part.segment);

describe('graphemes', () => {
  it('counts clusters: flags, ZWJ families, skin tones, combining marks, Hangul jamo, CRLF', () => {
    expect(countGraphemes('🇪🇸 olé')).toBe(5);
    expect(countGraphemes('👨‍👩‍👧‍👦')).toBe(1);
    expect(countGraphemes('👍🏽')).toBe(1);
    expect(countGraphemes('e\u0301')).toBe(1);
    expect(countGraphemes('\u1100\u1161\u11A8')).toBe(1);
    expect(countGraphemes('a\r\nb')).toBe(3);
    expect(splitGraphemes('e\u0301👨‍👩‍👧')).toEqual(['e\u0301', '👨‍👩‍👧']);
    expect(countGraphemes('')).toBe(0);
  });

  it('property: the fast path agrees with Intl.Segmenter', () => {
    const pieces = fc.constantFrom(
      'a',
      ' ',
      '\n',
      '\r',
      'é',
      'e\u0301',
      '👍',
      '🏽',
      '\u200D',
      '🇪',
      '🇸',
      'क',
      '्',
      'ष',
      '가',
      '\u11A8',
      'ก',
      'ำ',
      '\uFE0F',
      '😀',
      '\u{E0067}',
      'ｶ',
      'ﾞ',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 40 }),
          fc.string({ unit: 'binary', maxLength: 40 }),
          fc.array(pieces, { maxLength: 30 }).map((list) => list.join('')),
        ),
        (text) => {
          expect(splitGraphemes(text)).toEqual(reference(text));
          expect(countGraphemes(text)).toBe(reference(text).length);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { packParts } from './pack-parts';

const upTo = (limit: number) => (part: string) => [...part].length <= limit;

describe('packParts', () => {
  it('packs whole words greedily', () => {
    expect(packParts('a b c d', (chunk) => chunk, upTo(3))).toEqual({
      chunks: ['a b', 'c d'],
      brokeWord: false,
    });
  });

  it('keeps the separators inside a chunk and drops them between chunks', () => {
    expect(packParts('one  two\nthree', (chunk) => chunk, upTo(8))?.chunks).toEqual(['one  two', 'three']);
  });

  it('prefers a sentence end in the second half of a part', () => {
    const body = 'We fixed it. Thanks for waiting';
    const first = (preferSentenceBreaks: boolean) =>
      packParts(body, (chunk) => chunk, upTo(20), { preferSentenceBreaks })?.chunks[0];
    expect(first(false)).toBe('We fixed it. Thanks');
    expect(first(true)).toBe('We fixed it.');
    // A sentence end in the first half does not shorten the part.
    const early = packParts('Hi. We fixed it for you', (chunk) => chunk, upTo(20), {
      preferSentenceBreaks: true,
    });
    expect(early?.chunks[0]).toBe('Hi. We fixed it for');
  });

  it('cuts a word longer than a part between graphemes only, and reports it', () => {
    const packed = packParts(
      '🇪🇸🇪🇸🇪🇸 ok',
      (chunk) => chunk,
      (part) => part.length <= 8,
    );
    expect(packed).toEqual({ chunks: ['🇪🇸🇪🇸', '🇪🇸 ok'], brokeWord: true });
  });

  it('returns null when not even one grapheme fits, and stops at maxChunks', () => {
    expect(packParts('abc', (chunk) => `${chunk} ^SP`, upTo(3))).toBeNull();
    expect(packParts('a b c d', (chunk) => chunk, upTo(1), { maxChunks: 2 })?.chunks).toEqual(['a', 'b']);
  });
});

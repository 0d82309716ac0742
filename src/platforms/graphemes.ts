let segmenter: Intl.Segmenter | undefined;

function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter;
}

/**
 * Characters that can join a neighbour into one grapheme cluster (UAX #29): marks (Extend,
 * SpacingMark), ZWJ/ZWNJ, CR, Prepend, Hangul jamo, halfwidth voiced marks, regional indicators,
 * emoji modifiers and tags, plus every supplementary-plane script (U+11000–U+1EFFF) to stay safe
 * across ICU versions. Text without any of them has one grapheme per code point, which is counted
 * without `Intl.Segmenter` (20–50 times faster on Node 20).
 */
const MAY_JOIN =
  /\u200C|\u200D|[\p{M}\r\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E\u0E33\u0EB3\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\uFF9E\uFF9F\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u{E0000}-\u{E0FFF}\u{11000}-\u{1EFFF}]/u;

/**
 * A space followed by a printable ASCII character is always a grapheme boundary (no UAX #29 rule
 * joins them), so long text is segmented word by word and only words with joining characters go
 * through `Intl.Segmenter`.
 */
const SAFE_BREAK = /(?<= )(?=[!-~])/;

/**
 * Splits text into user-perceived characters (extended grapheme clusters): a flag, a family emoji
 * joined by ZWJ, or a letter with combining accents is one item.
 *
 * @example
 * ```ts
 * splitGraphemes('e\u0301👨‍👩‍👧'); // ['é', '👨‍👩‍👧']
 * ```
 */
export function splitGraphemes(text: string): string[] {
  if (!MAY_JOIN.test(text)) return Array.from(text);
  const out: string[] = [];
  for (const piece of text.split(SAFE_BREAK)) {
    if (!MAY_JOIN.test(piece)) out.push(...piece);
    else for (const { segment } of getSegmenter().segment(piece)) out.push(segment);
  }
  return out;
}

/**
 * Counts user-perceived characters (extended grapheme clusters), the unit of Bluesky's limits.
 *
 * @example
 * ```ts
 * countGraphemes('🇪🇸 olé'); // 5
 * ```
 */
export function countGraphemes(text: string): number {
  if (!MAY_JOIN.test(text)) return countCodePointsOf(text);
  let count = 0;
  for (const piece of text.split(SAFE_BREAK)) {
    if (!MAY_JOIN.test(piece)) count += countCodePointsOf(piece);
    else for (const _ of getSegmenter().segment(piece)) count++;
  }
  return count;
}

function countCodePointsOf(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
    count++;
  }
  return count;
}

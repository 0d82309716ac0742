let segmenter: Intl.Segmenter | undefined;

function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter;
}

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
  const out: string[] = [];
  for (const { segment } of getSegmenter().segment(text)) out.push(segment);
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
  let count = 0;
  for (const _ of getSegmenter().segment(text)) count++;
  return count;
}

import type { Platform } from '../conversation/index';
import { measureText, type Surface, splitGraphemes } from '../platforms/index';
import { CareValidationError } from '../shared/errors';

/**
 * What to do with a text longer than the surface allows.
 *
 * @example
 * ```ts
 * createXAdapter({ consumerSecret, overflow: 'truncate' });
 * ```
 */
export type OverflowPolicy = 'error' | 'truncate';

/**
 * The text to send and what happened to it.
 *
 * @example
 * ```ts
 * const { text, warnings }: FittedText = fitText('whatsapp', 'message', draft, 'truncate');
 * ```
 */
export interface FittedText {
  readonly text: string;
  readonly warnings: readonly string[];
}

/**
 * Checks `text` against the surface's limits (`measureText` from `socialcare/platforms`). Too long:
 * throws `CareValidationError` saying by how much, or with `overflow: 'truncate'` cuts it on a
 * grapheme boundary, ends it with `…` and warns.
 *
 * @example
 * ```ts
 * fitText('x', 'post', 'Thanks! ^AB').text; // 'Thanks! ^AB'
 * ```
 */
export function fitText(
  platform: Platform,
  surface: Surface,
  text: string,
  overflow: OverflowPolicy = 'error',
  limit?: number,
): FittedText {
  if (text.trim() === '') {
    throw new CareValidationError(`The ${platform} ${surface} text is empty: write something to send.`, [
      { path: ['text'], message: 'expected a non-empty text' },
    ]);
  }
  const options = limit === undefined ? {} : { limit };
  const measured = measureText(platform, surface, text, options);
  if (measured.fits) return { text, warnings: [] };
  if (overflow === 'error') {
    const over = measured.measures.find((measure) => !measure.fits) ?? measured;
    throw new CareValidationError(
      `The ${platform} ${surface} text is too long: ${over.length} ${over.unit} for a limit of ${over.limit}; shorten it by ${over.length - over.limit} or send it in parts.`,
      [{ path: ['text'], message: `longer than ${over.limit} ${over.unit}` }],
    );
  }
  const graphemes = splitGraphemes(text);
  let low = 0;
  let high = graphemes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const candidate = `${graphemes.slice(0, mid).join('').trimEnd()}…`;
    if (measureText(platform, surface, candidate, options).fits) low = mid;
    else high = mid - 1;
  }
  const cut = `${graphemes.slice(0, low).join('').trimEnd()}…`;
  return {
    text: cut,
    warnings: [
      `The ${platform} ${surface} text was truncated from ${measured.length} to fit ${measured.limit} ${measured.unit}.`,
    ],
  };
}

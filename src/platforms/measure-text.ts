import { CareValidationError } from '../shared/errors';
import type { LengthUnit, SurfaceFacts, TextLimit } from './facts-types';
import { getSurfaceFacts } from './get-surface-facts';
import { countGraphemes } from './graphemes';
import type { Platform } from './platform';
import type { Surface } from './surface';
import { countCodePoints, countMastodonLength, countUtf8Bytes, countWeightedLength } from './text-length';

/**
 * Options of {@link measureText}.
 *
 * @example
 * ```ts
 * measureText('mastodon', 'post', text, { limit: 1000 });
 * ```
 */
export interface MeasureTextOptions {
  /**
   * Overrides the primary limit, e.g. a Mastodon instance's `configuration.statuses.max_characters`
   * or a stricter house rule. Must be a positive number.
   */
  readonly limit?: number;
}

/**
 * One limit checked by {@link measureText}.
 *
 * @example
 * ```ts
 * measureText('bluesky', 'post', text).measures; // [{ unit: 'graphemes', ... }, { unit: 'bytes', ... }]
 * ```
 */
export interface TextMeasure {
  /** The counting unit. */
  readonly unit: LengthUnit;
  /** The text's length in that unit. */
  readonly length: number;
  /** The limit in that unit. */
  readonly limit: number;
  /** `length <= limit`. */
  readonly fits: boolean;
}

/**
 * The result of {@link measureText}.
 *
 * @example
 * ```ts
 * const { length, limit, fits } = measureText('x', 'post', 'Thanks! ^SP');
 * ```
 */
export interface TextMeasurement {
  /** Length in the surface's primary unit (X: weighted; Bluesky: graphemes; Instagram DM: bytes; else characters). */
  readonly length: number;
  /** The primary limit. `Infinity` for email. */
  readonly limit: number;
  /** True when every limit of the surface holds (Bluesky checks graphemes and bytes). */
  readonly fits: boolean;
  /** The primary unit. */
  readonly unit: LengthUnit;
  /** Every limit checked, primary first. */
  readonly measures: readonly TextMeasure[];
}

/**
 * Measures `text` the way `platform` counts it on `surface` and checks it against the surface's
 * limits (see {@link platformFacts} for the figures and their sources).
 *
 * @throws CareValidationError for an unknown platform/surface pair or an invalid `limit`
 * @example
 * ```ts
 * measureText('x', 'post', 'Hi http://test.co'); // { length: 26, limit: 280, fits: true, unit: 'weighted', ... }
 * measureText('bluesky', 'post', '👨‍👩‍👧'.repeat(301)).fits; // false (301 graphemes)
 * measureText('mastodon', 'post', text, { limit: 1000 }); // the instance allows 1000
 * ```
 */
export function measureText(
  platform: Platform,
  surface: Surface,
  text: string,
  options: MeasureTextOptions = {},
): TextMeasurement {
  if (typeof text !== 'string') {
    throw new CareValidationError('measureText needs the text as a string.', [
      { path: ['text'], message: 'expected a string' },
    ]);
  }
  const facts = getSurfaceFacts(platform, surface);
  const override = options.limit;
  if (override !== undefined && !(typeof override === 'number' && override > 0)) {
    throw new CareValidationError(`Invalid limit ${String(override)}: use a positive number.`, [
      { path: ['limit'], message: 'expected a positive number' },
    ]);
  }
  const measures: TextMeasure[] = [];
  let fits = true;
  facts.limits.forEach((limit, index) => {
    const max = index === 0 && override !== undefined ? override : limit.max;
    const length = countIn(facts, limit, text);
    const ok = length <= max;
    fits &&= ok;
    measures.push({ unit: limit.unit, length, limit: max, fits: ok });
  });
  const primary = measures[0] as TextMeasure;
  return { length: primary.length, limit: primary.limit, fits, unit: primary.unit, measures };
}

function countIn(facts: SurfaceFacts, limit: TextLimit, text: string): number {
  switch (limit.unit) {
    case 'weighted':
      return countWeightedLength(text);
    case 'graphemes':
      return countGraphemes(text);
    case 'bytes':
      return countUtf8Bytes(text);
    case 'characters':
      return facts.platform === 'mastodon' ? countMastodonLength(text) : countCodePoints(text);
  }
}

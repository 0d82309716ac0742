import { CareValidationError } from '../shared/errors';
import { toInstant } from '../shared/instant';
import { mergeRanges } from './calendar-input';
import type { ExcludeRange } from './types';

const NONE = new Float64Array(0);

/**
 * Validates `options.exclude` and returns the ranges sorted and merged, flat `[from, to, …]`.
 * @throws CareValidationError naming `exclude[i]` when a range is malformed or reversed
 */
export function normalizeExclude(list: readonly ExcludeRange[] | undefined): Float64Array {
  if (list === undefined || list.length === 0) return NONE;
  if (!Array.isArray(list)) {
    throw new CareValidationError('Invalid options.exclude: expected a list of [from, to) ranges.', [
      { path: ['exclude'], message: 'expected an array' },
    ]);
  }
  const ranges: [number, number][] = [];
  list.forEach((range, i) => {
    const pair = Array.isArray(range)
      ? (range as readonly unknown[])
      : typeof range === 'object' && range !== null
        ? [(range as { from: unknown }).from, (range as { to: unknown }).to]
        : [];
    if (pair.length !== 2) {
      throw new CareValidationError(`Invalid exclude[${i}]: expected [from, to] or { from, to }.`, [
        { path: ['exclude', i], message: 'expected [from, to] or { from, to }' },
      ]);
    }
    const from = toInstant(pair[0] as Date, `exclude[${i}].from`);
    const to = toInstant(pair[1] as Date, `exclude[${i}].to`);
    if (to < from) {
      throw new CareValidationError(`Invalid exclude[${i}]: \`to\` is before \`from\`.`, [
        { path: ['exclude', i], message: '`to` is before `from`' },
      ]);
    }
    ranges.push([from, to]);
  });
  return mergeRanges(ranges);
}

import Holidays from 'date-holidays';
import { CareValidationError } from '../../shared/errors';
import { type HolidayRange, rangeDay } from '../holiday-range';
import { formatLocalDate, parseLocalDate } from '../local-time';

/**
 * Kinds of holidays in the date-holidays dataset.
 *
 * @example
 * ```ts
 * holidaysFor({ country: 'US', from: '2025-01-01', to: '2025-12-31', types: ['public', 'bank'] });
 * ```
 */
export type HolidayType = 'public' | 'bank' | 'optional' | 'school' | 'observance';

/**
 * Options of {@link holidaysFor}.
 *
 * @example
 * ```ts
 * const options: HolidaysForOptions = { country: 'DE', state: 'BY', from: '2025-01-01', to: '2025-12-31' };
 * ```
 */
export interface HolidaysForOptions extends HolidayRange {
  /** ISO 3166-1 alpha-2 country code, e.g. `NL`, `US`, `DE`. */
  readonly country: string;
  /** State or province code within the country, e.g. `CA` in the US or `BY` in Germany. */
  readonly state?: string;
  /** Region code within the state. */
  readonly region?: string;
  /** Kinds of holidays to keep (default `['public']`). */
  readonly types?: readonly HolidayType[];
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(['public', 'bank', 'optional', 'school', 'observance']);
const DAY = 86_400_000;

function invalid(field: string, message: string): never {
  throw new CareValidationError(`Invalid ${field}: ${message}.`, [{ path: [field], message }]);
}

/**
 * Public holidays of a country (and state / region) between two dates, from the date-holidays
 * dataset, as sorted local dates `YYYY-MM-DD` ready for a calendar's `holidays`. A holiday that
 * spans several days contributes each of them. Kept behind its own subpath: the dataset is large.
 *
 * @param options - country, optional state and region, the range and the kinds of holidays
 * @throws CareValidationError naming `country`, `state`, `region`, `types`, `from` or `to`
 * @example
 * ```ts
 * import { holidaysFor } from 'socialcare/calendar/holidays';
 *
 * holidaysFor({ country: 'NL', from: '2025-01-01', to: '2025-12-31' });
 * // ['2025-01-01', '2025-04-18', '2025-04-20', '2025-04-21', '2025-04-26', '2025-05-05', ...]
 * ```
 */
export function holidaysFor(options: HolidaysForOptions): string[] {
  if (options === null || typeof options !== 'object') invalid('options', 'expected { country, from, to }');
  const { country, state, region } = options;
  if (typeof country !== 'string' || !/^[A-Za-z]{2}$/.test(country)) {
    invalid('country', `"${String(country)}" is not an ISO 3166-1 alpha-2 country code such as NL or US`);
  }
  const types = options.types ?? ['public'];
  if (!Array.isArray(types) || types.length === 0 || types.some((type) => !KNOWN_TYPES.has(type))) {
    invalid('types', `expected a non-empty list of ${[...KNOWN_TYPES].join(', ')}`);
  }
  const first = rangeDay(options.from, 'from');
  const last = rangeDay(options.to, 'to');
  if (last < first) invalid('to', '`to` is before `from`');

  const dataset = new Holidays();
  const code = country.toUpperCase();
  if (dataset.getCountries()[code] === undefined)
    invalid('country', `"${country}" is not in the date-holidays dataset`);
  if (state !== undefined && dataset.getStates(code)?.[state.toUpperCase()] === undefined) {
    invalid('state', `"${state}" is not a state of ${code} in the date-holidays dataset`);
  }
  if (region !== undefined) {
    if (state === undefined) invalid('region', 'a region needs its `state`');
    if (dataset.getRegions(code, state.toUpperCase())?.[region.toUpperCase()] === undefined) {
      invalid('region', `"${region}" is not a region of ${code}-${state} in the date-holidays dataset`);
    }
  }
  const initialised =
    region !== undefined && state !== undefined
      ? dataset.init(code, state.toUpperCase(), region.toUpperCase(), { types: [...types] })
      : state !== undefined
        ? dataset.init(code, state.toUpperCase(), { types: [...types] })
        : dataset.init(code, { types: [...types] });
  void initialised;

  const days = new Set<number>();
  const firstYear = new Date(first * DAY).getUTCFullYear();
  const lastYear = new Date(last * DAY).getUTCFullYear();
  for (let year = firstYear - 1; year <= lastYear; year++) {
    for (const holiday of dataset.getHolidays(year)) {
      if (!types.includes(holiday.type)) continue;
      const start = parseLocalDate(holiday.date.slice(0, 10));
      if (start === undefined) continue;
      const span = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY));
      for (let day = start; day < start + span; day++) if (day >= first && day <= last) days.add(day);
    }
  }
  return [...days].sort((a, b) => a - b).map(formatLocalDate);
}

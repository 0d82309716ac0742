import { DAY } from '../shared/duration';
import { CareValidationError } from '../shared/errors';
import { buildBusinessCalendar, timelineOf } from './business-calendar';
import { mondayOfWeek, weekOfDay } from './local-time';
import { nextOpenSentence } from './next-open-text';
import { type BlockData, CHUNKS_PER_BLOCK, type ChunkSource, Timeline } from './timeline';
import type { BusinessCalendar } from './types';
import { canonicalTimeZone, createZoneOffsets } from './zone-offset';

/**
 * Options of {@link unionCalendars} and {@link intersectCalendars}.
 *
 * @example
 * ```ts
 * unionCalendars([emea, americas, apac], { timeZone: 'UTC', name: 'follow the sun' });
 * ```
 */
export interface CombineCalendarsOptions {
  /** The zone of `nextOpenText` (default: the first calendar's zone). */
  readonly timeZone?: string;
  /** A label for the combined calendar. */
  readonly name?: string;
}

type Combine = (lists: readonly Float64Array[]) => Float64Array;

const unite: Combine = (lists) => {
  const parts: [number, number][] = [];
  for (const list of lists) for (let i = 0; i < list.length; i += 2) parts.push([list[i]!, list[i + 1]!]);
  parts.sort((a, b) => a[0] - b[0]);
  const flat: number[] = [];
  for (const [s, e] of parts) {
    const n = flat.length;
    if (n > 0 && s <= flat[n - 1]!) {
      if (e > flat[n - 1]!) flat[n - 1] = e;
    } else flat.push(s, e);
  }
  return Float64Array.from(flat);
};

const intersect: Combine = (lists) => {
  let current = lists[0] ?? new Float64Array(0);
  for (let l = 1; l < lists.length; l++) {
    const other = lists[l]!;
    const out: number[] = [];
    let i = 0;
    let j = 0;
    while (i < current.length && j < other.length) {
      const s = Math.max(current[i]!, other[j]!);
      const e = Math.min(current[i + 1]!, other[j + 1]!);
      if (e > s) out.push(s, e);
      if (current[i + 1]! < other[j + 1]!) i += 2;
      else j += 2;
    }
    current = Float64Array.from(out);
  }
  return current;
};

function flat(intervals: readonly (readonly [number, number])[]): Float64Array {
  const out = new Float64Array(intervals.length * 2);
  intervals.forEach(([s, e], i) => {
    out[i * 2] = s;
    out[i * 2 + 1] = e;
  });
  return out;
}

function combine(
  calendars: readonly BusinessCalendar[],
  options: CombineCalendarsOptions,
  how: Combine,
  separator: string,
  what: string,
): BusinessCalendar {
  if (!Array.isArray(calendars) || calendars.length === 0) {
    throw new CareValidationError(`Invalid calendars: ${what} needs at least one calendar.`, [
      { path: ['calendars'], message: 'expected a non-empty list of calendars' },
    ]);
  }
  const timelines = calendars.map((calendar, i) => {
    const timeline = typeof calendar === 'object' && calendar !== null ? timelineOf(calendar) : undefined;
    if (timeline === undefined) {
      throw new CareValidationError(
        `Invalid calendars[${i}]: not a calendar made by createBusinessCalendar.`,
        [
          {
            path: ['calendars', i],
            message: 'expected a calendar from createBusinessCalendar or a combinator',
          },
        ],
      );
    }
    return timeline;
  });
  const timeZone = canonicalTimeZone(options.timeZone ?? calendars[0]!.timeZone);
  if (timeZone === undefined) {
    throw new CareValidationError(`Invalid timeZone: unknown time zone "${options.timeZone}".`, [
      { path: ['timeZone'], message: 'unknown time zone' },
    ]);
  }
  const source: ChunkSource = {
    guessChunk: (instant) => weekOfDay(Math.floor(instant / DAY)),
    buildBlock: (block): BlockData => {
      const n = CHUNKS_PER_BLOCK;
      const starts = new Float64Array(n + 1);
      for (let i = 0; i <= n; i++) starts[i] = mondayOfWeek(block * n + i) * DAY;
      const totals = new Float64Array(n);
      const intervals: Float64Array[] = [];
      for (let i = 0; i < n; i++) {
        const combined = how(
          timelines.map((timeline) => flat(timeline.openIntervals(starts[i]!, starts[i + 1]!))),
        );
        intervals.push(combined);
        let total = 0;
        for (let k = 0; k < combined.length; k += 2) total += combined[k + 1]! - combined[k]!;
        totals[i] = total;
      }
      return { starts, totals, intervals };
    },
    buildChunk: (_chunk, start, end) =>
      how(timelines.map((timeline) => flat(timeline.openIntervals(start, end)))),
  };
  const horizon = Math.max(...timelines.map((timeline) => timeline.horizon));
  const neverOpen = how === unite ? timelines.every((t) => t.neverOpen) : timelines.some((t) => t.neverOpen);
  const timeline = new Timeline(source, horizon, neverOpen);
  const zone = createZoneOffsets(timeZone);
  return buildBusinessCalendar(timeline, {
    timeZone,
    name: options.name,
    describe: (locale) => calendars.map((calendar) => calendar.describe(locale)).join(separator),
    nextOpenText: (engine, at, locale) => nextOpenSentence(engine, zone, at, locale),
  });
}

/**
 * A calendar open whenever any of the calendars is open: follow-the-sun coverage by teams in
 * different zones. The result has the same methods (and can be combined again).
 *
 * @param calendars - calendars from {@link createBusinessCalendar} or the combinators
 * @param options - the zone used by `nextOpenText` (default: the first calendar's) and a name
 * @example
 * ```ts
 * const amsterdam = createBusinessCalendar({ timeZone: 'Europe/Amsterdam', week: { mon: [['09:00', '17:00']] } });
 * const newYork = createBusinessCalendar({ timeZone: 'America/New_York', week: { mon: [['09:00', '17:00']] } });
 * const coverage = unionCalendars([amsterdam, newYork]);
 * coverage.elapsed('2024-01-08T00:00:00Z', '2024-01-09T00:00:00Z'); // 14 hours: 08:00Z-22:00Z
 * ```
 */
export function unionCalendars(
  calendars: readonly BusinessCalendar[],
  options: CombineCalendarsOptions = {},
): BusinessCalendar {
  return combine(calendars, options, unite, ' + ', 'unionCalendars');
}

/**
 * A calendar open only when every calendar is open (e.g. the hours a team and its escalation desk
 * overlap). The result has the same methods.
 *
 * @param calendars - calendars from {@link createBusinessCalendar} or the combinators
 * @param options - the zone used by `nextOpenText` (default: the first calendar's) and a name
 * @example
 * ```ts
 * const overlap = intersectCalendars([amsterdam, newYork]);
 * overlap.openIntervals('2024-01-08T00:00:00Z', '2024-01-09T00:00:00Z'); // [[14:00Z, 16:00Z]]
 * ```
 */
export function intersectCalendars(
  calendars: readonly BusinessCalendar[],
  options: CombineCalendarsOptions = {},
): BusinessCalendar {
  return combine(calendars, options, intersect, ' ∩ ', 'intersectCalendars');
}

import { type DurationInput, toDuration } from '../shared/duration';
import { CareValidationError } from '../shared/errors';
import { type InstantInput, toInstant } from '../shared/instant';
import { normalizeExclude } from './exclusions';
import type { Timeline } from './timeline';
import type { BusinessCalendar, BusinessTimeOptions, OpenInterval } from './types';

/** What a concrete calendar adds to the shared engine. */
export interface CalendarFace {
  readonly timeZone: string;
  readonly name: string | undefined;
  describe(locale: string): string;
  nextOpenText(timeline: Timeline, at: number, locale: string): string;
}

const timelines = new WeakMap<object, Timeline>();

/** The engine behind a calendar made by this package (used by the combinators). */
export function timelineOf(calendar: BusinessCalendar): Timeline | undefined {
  return timelines.get(calendar);
}

function durationOf(value: DurationInput): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new CareValidationError(`Invalid duration: ${value} is not a finite number of milliseconds.`, [
        { path: ['duration'], message: 'expected a finite number of milliseconds' },
      ]);
    }
    return Math.round(value);
  }
  const text = value.trim();
  return text.startsWith('-') ? -toDuration(text.slice(1)) : toDuration(text);
}

/** Instants the engine supports: the `Date` range less a margin for resolving the surrounding weeks. */
const LIMIT = 8.64e15 - 400 * 86_400_000;

function instant(value: InstantInput, field: string): number {
  const ms = typeof value === 'number' && Number.isInteger(value) ? value : toInstant(value, field);
  if (ms > LIMIT || ms < -LIMIT) {
    throw new CareValidationError(
      `Invalid ${field}: ${ms} is outside the range calendars support (about ±270,000 years).`,
      [{ path: [field], message: 'instant out of range' }],
    );
  }
  return ms;
}

/** Open ms of `[from, to)` minus the excluded ranges, `from <= to`. */
function measureExcluding(timeline: Timeline, from: number, to: number, exclude: Float64Array): number {
  let total = timeline.measure(from, to);
  for (let i = 0; i < exclude.length; i += 2) {
    const a = Math.max(exclude[i]!, from);
    const b = Math.min(exclude[i + 1]!, to);
    if (b > a) total -= timeline.measure(a, b);
  }
  return total;
}

function addExcluding(timeline: Timeline, at: number, need: number, exclude: Float64Array): number {
  if (exclude.length === 0) return timeline.add(at, need);
  let pos = at;
  let i = 0;
  while (i < exclude.length && exclude[i + 1]! <= pos) i += 2;
  for (;;) {
    if (i < exclude.length && exclude[i]! <= pos) {
      if (exclude[i + 1]! > pos) pos = exclude[i + 1]!;
      i += 2;
      continue;
    }
    if (i >= exclude.length) return timeline.add(pos, need);
    const limit = exclude[i]!;
    const found = timeline.add(pos, need);
    if (need > 0 ? found <= limit : found < limit) return found;
    need -= timeline.measure(pos, limit);
    pos = exclude[i + 1]!;
    i += 2;
  }
}

function subtractExcluding(timeline: Timeline, at: number, need: number, exclude: Float64Array): number {
  if (exclude.length === 0) return timeline.subtract(at, need);
  let pos = at;
  let i = exclude.length - 2;
  while (i >= 0 && exclude[i]! >= pos) i -= 2;
  for (;;) {
    if (i >= 0 && exclude[i + 1]! >= pos) {
      if (exclude[i]! < pos) pos = exclude[i]!;
      i -= 2;
      continue;
    }
    if (i < 0) return timeline.subtract(pos, need);
    const limit = exclude[i + 1]!;
    const found = timeline.subtract(pos, need);
    if (need > 0 ? found >= limit : found > limit) return found;
    need -= timeline.measure(limit, pos);
    pos = exclude[i]!;
    i -= 2;
  }
}

/** Wraps an engine into the public {@link BusinessCalendar} object. */
export function buildBusinessCalendar(timeline: Timeline, face: CalendarFace): BusinessCalendar {
  const add = (at: InstantInput, duration: DurationInput, options?: BusinessTimeOptions): number => {
    const start = instant(at, 'at');
    const need = durationOf(duration);
    const exclude = normalizeExclude(options?.exclude);
    return need >= 0
      ? addExcluding(timeline, start, need, exclude)
      : subtractExcluding(timeline, start, -need, exclude);
  };
  const subtract = (at: InstantInput, duration: DurationInput, options?: BusinessTimeOptions): number => {
    const start = instant(at, 'at');
    const need = durationOf(duration);
    const exclude = normalizeExclude(options?.exclude);
    return need >= 0
      ? subtractExcluding(timeline, start, need, exclude)
      : addExcluding(timeline, start, -need, exclude);
  };
  const calendar: BusinessCalendar = {
    timeZone: face.timeZone,
    name: face.name,
    isOpen: (at) => timeline.isOpen(instant(at, 'at')),
    nextOpen: (at) => timeline.nextOpen(instant(at, 'at')),
    nextClose: (at) => timeline.nextClose(instant(at, 'at')),
    add,
    subtract,
    elapsed: (from, to, options) => {
      const a = instant(from, 'from');
      const b = instant(to, 'to');
      const exclude = normalizeExclude(options?.exclude);
      if (a <= b) return measureExcluding(timeline, a, b, exclude);
      return 0 - measureExcluding(timeline, b, a, exclude);
    },
    openIntervals: (from, to): OpenInterval[] =>
      timeline.openIntervals(instant(from, 'from'), instant(to, 'to')),
    describe: (locale = 'en') => face.describe(checkLocale(locale)),
    nextOpenText: (at, locale = 'en') => face.nextOpenText(timeline, instant(at, 'at'), checkLocale(locale)),
  };
  timelines.set(calendar, timeline);
  return Object.freeze(calendar);
}

function checkLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    throw new CareValidationError(
      `Invalid locale: "${locale}" is not a BCP 47 language tag (e.g. en, de-CH).`,
      [{ path: ['locale'], message: 'expected a BCP 47 language tag' }],
    );
  }
}

import { z } from 'zod';
import { DAY, type DurationInput, toDuration } from '../shared/duration';
import { CareValidationError, type ValidationIssue } from '../shared/errors';
import { type InstantInput, toInstant } from '../shared/instant';
import { describeIssues, parseWithSchema } from '../shared/validate';
import { parseLocalDate, parseTimeOfDay } from './local-time';
import type { BusinessCalendarInput, BusinessCalendarOptions, HoursInput } from './types';
import { WEEKDAYS } from './types';
import { canonicalTimeZone } from './zone-offset';

/** One interval of a day in ms from its local midnight; `close` may pass `DAY` (overnight). */
export type DayInterval = readonly [open: number, close: number];

/** A validated calendar input, ready for the engine. */
export interface CompiledCalendar {
  readonly timeZone: string;
  readonly name: string | undefined;
  /** Weekly hours, index 0 = Monday. */
  readonly week: readonly (readonly DayInterval[])[];
  /** Holiday day numbers (days since 1970-01-01, local). */
  readonly holidays: ReadonlySet<number>;
  /** Special days by day number. */
  readonly special: ReadonlyMap<number, readonly DayInterval[]>;
  /** Closures, flat sorted merged `[from, to, …]`. */
  readonly closures: Float64Array;
  /** Search horizon in ms. */
  readonly horizon: number;
  /** How many resolved weeks to cache. */
  readonly cacheWeeks: number;
}

/** Ten years of 365.25 days, the default search horizon. */
export const DEFAULT_HORIZON = Math.round(3652.5 * DAY);

const hours = z.array(z.tuple([z.string(), z.string()]));
const instant = z.union([z.string(), z.number(), z.date()]);
const duration = z.union([z.number(), z.string()]);

/**
 * The zod schema of the shape of a {@link BusinessCalendarInput} (times, dates and zones are checked
 * further by `createBusinessCalendar`). Useful to validate calendars inside a larger config schema.
 *
 * @example
 * ```ts
 * const Config = z.object({ hours: BusinessCalendarInputSchema });
 * ```
 */
export const BusinessCalendarInputSchema = z.strictObject({
  timeZone: z.string(),
  name: z.string().optional(),
  week: z
    .strictObject({
      mon: hours.optional(),
      tue: hours.optional(),
      wed: hours.optional(),
      thu: hours.optional(),
      fri: hours.optional(),
      sat: hours.optional(),
      sun: hours.optional(),
    })
    .optional(),
  holidays: z.array(z.string()).optional(),
  special: z.array(z.strictObject({ date: z.string(), hours })).optional(),
  closures: z.array(z.strictObject({ from: instant, to: instant })).optional(),
  horizon: duration.optional(),
});

/**
 * Validates a calendar input and compiles it. Every problem is reported with the path of its field.
 * @throws CareValidationError
 */
export function compileCalendar(
  input: BusinessCalendarInput,
  options: BusinessCalendarOptions = {},
): CompiledCalendar {
  const parsed = parseWithSchema(BusinessCalendarInputSchema, input, 'calendar input');
  const issues: ValidationIssue[] = [];
  const timeZone = canonicalTimeZone(parsed.timeZone);
  if (timeZone === undefined) {
    issues.push({
      path: ['timeZone'],
      message: `unknown time zone "${parsed.timeZone}" (use an IANA name such as Europe/Amsterdam)`,
    });
  }
  const week = WEEKDAYS.map((day) => compileHours(parsed.week?.[day] ?? [], ['week', day], issues));
  const holidays = new Set<number>();
  (parsed.holidays ?? []).forEach((text, i) => {
    const day = parseLocalDate(text);
    if (day === undefined) issues.push({ path: ['holidays', i], message: dateMessage(text) });
    else holidays.add(day);
  });
  const special = new Map<number, readonly DayInterval[]>();
  (parsed.special ?? []).forEach((entry, i) => {
    const day = parseLocalDate(entry.date);
    if (day === undefined) issues.push({ path: ['special', i, 'date'], message: dateMessage(entry.date) });
    else if (special.has(day)) {
      issues.push({
        path: ['special', i, 'date'],
        message: `${entry.date} is listed twice (merge its hours into one entry)`,
      });
    }
    const compiled = compileHours(entry.hours, ['special', i, 'hours'], issues);
    if (day !== undefined && !special.has(day)) special.set(day, compiled);
  });
  const ranges: [number, number][] = [];
  (parsed.closures ?? []).forEach((closure, i) => {
    const from = instantOrIssue(closure.from, ['closures', i, 'from'], issues);
    const to = instantOrIssue(closure.to, ['closures', i, 'to'], issues);
    if (from === undefined || to === undefined) return;
    if (to < from) issues.push({ path: ['closures', i, 'to'], message: '`to` is before `from`' });
    else if (to > from) ranges.push([from, to]);
  });
  const horizonInput: DurationInput = options.horizon ?? parsed.horizon ?? DEFAULT_HORIZON;
  let horizon = DEFAULT_HORIZON;
  try {
    horizon = toDuration(horizonInput, 'horizon');
    if (horizon <= 0) issues.push({ path: ['horizon'], message: 'the horizon must be longer than zero' });
  } catch {
    issues.push({
      path: ['horizon'],
      message: `${JSON.stringify(horizonInput)} is not a duration (use ms, '3650d' or 'P3650D')`,
    });
  }
  if (issues.length > 0) throw new CareValidationError(describeIssues('calendar input', issues), issues);
  return {
    timeZone: timeZone!,
    name: parsed.name,
    week,
    holidays,
    special,
    closures: mergeRanges(ranges),
    horizon,
    cacheWeeks: Math.max(16, Math.floor(options.cacheWeeks ?? 1024)),
  };
}

function dateMessage(text: string): string {
  return `"${text}" is not an existing date YYYY-MM-DD`;
}

function instantOrIssue(
  value: InstantInput,
  path: (string | number)[],
  issues: ValidationIssue[],
): number | undefined {
  try {
    return toInstant(value, path.join('.'));
  } catch (error) {
    issues.push({ path, message: error instanceof Error ? error.message : 'not an instant' });
    return undefined;
  }
}

/** Parses one day's hours: times valid, `open != close`, no overlaps. */
export function compileHours(
  list: HoursInput,
  path: (string | number)[],
  issues: ValidationIssue[],
): readonly DayInterval[] {
  const out: DayInterval[] = [];
  const origin: number[] = [];
  list.forEach(([openText, closeText], i) => {
    const open = parseTimeOfDay(openText);
    const close = parseTimeOfDay(closeText);
    if (open === undefined || open >= DAY) {
      issues.push({
        path: [...path, i, 0],
        message: `"${openText}" is not an opening time HH:MM or HH:MM:SS (00:00-23:59)`,
      });
    }
    if (close === undefined) {
      issues.push({
        path: [...path, i, 1],
        message: `"${closeText}" is not a closing time HH:MM or HH:MM:SS (00:00-24:00)`,
      });
    }
    if (open === undefined || close === undefined || open >= DAY) return;
    if (open === close) {
      issues.push({
        path: [...path, i],
        message: `opening and closing are both ${openText} (an interval needs a length)`,
      });
      return;
    }
    out.push([open, close <= open ? close + DAY : close]);
    origin.push(i);
  });
  const order = out.map((_, i) => i).sort((a, b) => out[a]![0] - out[b]![0]);
  for (let n = 1; n < order.length; n++) {
    const previous = out[order[n - 1]!]!;
    const current = out[order[n]!]!;
    if (current[0] < previous[1]) {
      issues.push({
        path: [...path, origin[order[n]!]!],
        message: 'overlaps another interval of the same day (merge them into one interval)',
      });
    }
  }
  return order.map((i) => out[i]!);
}

/** Sorts and merges `[from, to]` ranges into a flat array. */
export function mergeRanges(ranges: readonly (readonly [number, number])[]): Float64Array {
  const sorted = [...ranges].filter(([from, to]) => to > from).sort((a, b) => a[0] - b[0]);
  const flat: number[] = [];
  for (const [from, to] of sorted) {
    const n = flat.length;
    if (n > 0 && from <= flat[n - 1]!) flat[n - 1] = Math.max(flat[n - 1]!, to);
    else flat.push(from, to);
  }
  return Float64Array.from(flat);
}

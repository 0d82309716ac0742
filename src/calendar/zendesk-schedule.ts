import { z } from 'zod';
import { CareValidationError, type ValidationIssue } from '../shared/errors';
import { describeIssues, parseWithSchema } from '../shared/validate';
import { formatLocalDate, parseLocalDate } from './local-time';
import type { BusinessCalendarInput, HoursInput, Weekday } from './types';
import { ZENDESK_TIME_ZONES } from './zendesk-time-zones';
import { canonicalTimeZone } from './zone-offset';

/**
 * A Zendesk-style schedule: weekly intervals in minutes from Sunday 00:00 local.
 *
 * @example
 * ```ts
 * const schedule: ZendeskScheduleInput = {
 *   time_zone: 'Amsterdam',
 *   intervals: [{ start_time: 1980, end_time: 2460 }], // Monday 09:00-17:00
 * };
 * ```
 */
export interface ZendeskScheduleInput {
  /** Schedule name, kept as the calendar's `name`. */
  readonly name?: string;
  /** Zendesk (Rails) zone name such as `Eastern Time (US & Canada)`, or an IANA zone. */
  readonly time_zone: string;
  /** `start_time` / `end_time` in minutes from the start of the week (Sunday 00:00), `end_time <= 10080`. */
  readonly intervals: readonly { readonly start_time: number; readonly end_time: number }[];
  /** Other fields of the Zendesk API object are ignored. */
  readonly [field: string]: unknown;
}

/**
 * A Zendesk schedule holiday: `end_date` is inclusive.
 *
 * @example
 * ```ts
 * const christmas: ZendeskHolidayInput = { name: 'Christmas', start_date: '2024-12-25', end_date: '2024-12-26' };
 * ```
 */
export interface ZendeskHolidayInput {
  readonly name?: string;
  readonly start_date: string;
  readonly end_date: string;
  readonly [field: string]: unknown;
}

/**
 * Options of {@link fromZendeskSchedule}.
 *
 * @example
 * ```ts
 * fromZendeskSchedule(schedule, { holidays: [{ start_date: '2024-12-25', end_date: '2024-12-26' }] });
 * ```
 */
export interface ZendeskImportOptions {
  /** The schedule's holidays (`GET /api/v2/business_hours/schedules/{id}/holidays`). */
  readonly holidays?: readonly ZendeskHolidayInput[];
}

const ZendeskScheduleSchema = z.looseObject({
  name: z.string().optional(),
  time_zone: z.string(),
  intervals: z.array(
    z.looseObject({
      start_time: z.number().int().min(0).max(10_080),
      end_time: z.number().int().min(0).max(10_080),
    }),
  ),
});
const ZendeskHolidaysSchema = z.array(
  z.looseObject({ name: z.string().optional(), start_date: z.string(), end_date: z.string() }),
);

const DAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MINUTES_PER_DAY = 1_440;

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Imports a Zendesk-style business-hours schedule (weekly intervals in minutes from Sunday 00:00, the
 * shape of Zendesk's `schedule` object, optionally wrapped as `{ schedule }`) into a
 * {@link BusinessCalendarInput}, so a team can bring its help-desk hours. Intervals are split at local
 * midnights; Zendesk zone names are mapped to IANA zones; holidays (`end_date` inclusive) expand to dates.
 *
 * @throws CareValidationError naming the field (unknown zone, `end_time <= start_time`, a bad date)
 * @example
 * ```ts
 * import { createBusinessCalendar, fromZendeskSchedule } from 'socialcare/calendar';
 *
 * const input = fromZendeskSchedule({
 *   name: 'East Coast',
 *   time_zone: 'Eastern Time (US & Canada)',
 *   intervals: [{ start_time: 1980, end_time: 2460 }], // Monday 09:00-17:00
 * });
 * createBusinessCalendar(input).describe(); // 'Mon 09:00-17:00 (America/New_York)'
 * ```
 */
export function fromZendeskSchedule(
  schedule: ZendeskScheduleInput | { readonly schedule: ZendeskScheduleInput },
  options: ZendeskImportOptions = {},
): BusinessCalendarInput {
  const raw =
    typeof schedule === 'object' && schedule !== null && 'schedule' in schedule
      ? schedule.schedule
      : schedule;
  const parsed = parseWithSchema(ZendeskScheduleSchema, raw, 'Zendesk schedule');
  const issues: ValidationIssue[] = [];
  const timeZone = canonicalTimeZone(ZENDESK_TIME_ZONES[parsed.time_zone] ?? parsed.time_zone);
  if (timeZone === undefined) {
    issues.push({ path: ['time_zone'], message: `unknown time zone "${parsed.time_zone}"` });
  }
  const week: Partial<Record<Weekday, [string, string][]>> = {};
  const sorted = parsed.intervals
    .map((interval, i) => ({ ...interval, i }))
    .sort((a, b) => a.start_time - b.start_time);
  let previousEnd = -1;
  for (const { start_time: start, end_time: end, i } of sorted) {
    if (end <= start) {
      issues.push({ path: ['intervals', i, 'end_time'], message: '`end_time` must be after `start_time`' });
      continue;
    }
    if (start < previousEnd) {
      issues.push({ path: ['intervals', i, 'start_time'], message: 'overlaps the previous interval' });
      continue;
    }
    previousEnd = end;
    for (let from = start; from < end; ) {
      const day = Math.floor(from / MINUTES_PER_DAY);
      const dayEnd = (day + 1) * MINUTES_PER_DAY;
      const to = Math.min(end, dayEnd);
      const key = DAYS[day]!;
      const list = week[key] ?? [];
      week[key] = list;
      const open = clock(from - day * MINUTES_PER_DAY);
      const close = to === dayEnd ? '24:00' : clock(to - day * MINUTES_PER_DAY);
      const last = list[list.length - 1];
      if (last !== undefined && last[1] === open) last[1] = close;
      else list.push([open, close]);
      from = to;
    }
  }
  const holidays: string[] = [];
  if (options.holidays !== undefined) {
    const list = parseWithSchema(ZendeskHolidaysSchema, options.holidays, 'Zendesk holidays');
    list.forEach((holiday, i) => {
      const first = parseLocalDate(holiday.start_date);
      const last = parseLocalDate(holiday.end_date);
      if (first === undefined)
        issues.push({ path: ['holidays', i, 'start_date'], message: 'not an existing date YYYY-MM-DD' });
      if (last === undefined)
        issues.push({ path: ['holidays', i, 'end_date'], message: 'not an existing date YYYY-MM-DD' });
      if (first === undefined || last === undefined) return;
      if (last < first)
        issues.push({ path: ['holidays', i, 'end_date'], message: '`end_date` is before `start_date`' });
      for (let day = first; day <= last; day++) holidays.push(formatLocalDate(day));
    });
  }
  if (issues.length > 0) throw new CareValidationError(describeIssues('Zendesk schedule', issues), issues);
  const out: { -readonly [K in keyof BusinessCalendarInput]: BusinessCalendarInput[K] } = {
    timeZone: timeZone!,
    week: week as Partial<Record<Weekday, HoursInput>>,
  };
  if (parsed.name !== undefined) out.name = parsed.name;
  if (holidays.length > 0) out.holidays = [...new Set(holidays)].sort();
  return out;
}

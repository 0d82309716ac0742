/**
 * Business-hours calendars and business-time arithmetic: DST-correct, holiday-aware, overnight-safe,
 * and fast over long spans (whole weeks are skipped through their known open time).
 *
 * Holidays from iCalendar text live in `socialcare/calendar/ics`, holidays by country in
 * `socialcare/calendar/holidays`, so this entry stays small.
 *
 * @example
 * ```ts
 * import { createBusinessCalendar } from 'socialcare/calendar';
 *
 * const calendar = createBusinessCalendar({ timeZone: 'Europe/Berlin', week: { mon: [['09:00', '17:00']] } });
 * calendar.nextOpenText('2024-03-09T12:00:00Z'); // "We're back Monday at 09:00"
 * ```
 *
 * @module socialcare/calendar
 */
export type { DurationInput } from '../shared/duration';
export { CalendarNeverOpenError, CareValidationError } from '../shared/errors';
export type { Instant, InstantInput } from '../shared/instant';
export { BusinessCalendarInputSchema } from './calendar-input';
export { type CombineCalendarsOptions, intersectCalendars, unionCalendars } from './combine-calendars';
export { createBusinessCalendar } from './create-business-calendar';
/**
 * Also here because architecture.md names it among the `socialcare/calendar` contract names; its
 * home is `socialcare/calendar/ics`. Bundlers drop it (and the iCalendar parser) when unused.
 */
export { holidaysFromIcs } from './ics/holidays-from-ics';
export type {
  BusinessCalendar,
  BusinessCalendarInput,
  BusinessCalendarOptions,
  BusinessTimeOptions,
  ClosureInput,
  ExcludeRange,
  HoursInput,
  OpenInterval,
  SpecialDayInput,
  Weekday,
} from './types';
export {
  fromZendeskSchedule,
  type ZendeskHolidayInput,
  type ZendeskImportOptions,
  type ZendeskScheduleInput,
} from './zendesk-schedule';
export { ZENDESK_TIME_ZONES } from './zendesk-time-zones';

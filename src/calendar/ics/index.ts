/**
 * Holidays from iCalendar (`.ics`) text, for the `holidays` of a business calendar. Kept behind its own
 * subpath so that `socialcare/calendar` does not carry an iCalendar parser.
 *
 * @example
 * ```ts
 * import { createBusinessCalendar } from 'socialcare/calendar';
 * import { holidaysFromIcs } from 'socialcare/calendar/ics';
 *
 * const holidays = holidaysFromIcs(icsText, { from: '2025-01-01', to: '2025-12-31' });
 * const calendar = createBusinessCalendar({ timeZone: 'Europe/Amsterdam', week, holidays });
 * ```
 *
 * @module socialcare/calendar/ics
 */
export type { HolidayRange } from '../holiday-range';
export { holidaysFromIcs } from './holidays-from-ics';

/**
 * Holidays by country, state and region from the date-holidays dataset, for the `holidays` of a
 * business calendar. Kept behind its own subpath so that `socialcare/calendar` does not carry the dataset.
 *
 * @example
 * ```ts
 * import { createBusinessCalendar } from 'socialcare/calendar';
 * import { holidaysFor } from 'socialcare/calendar/holidays';
 *
 * const holidays = holidaysFor({ country: 'US', state: 'NY', from: '2025-01-01', to: '2026-12-31' });
 * const calendar = createBusinessCalendar({ timeZone: 'America/New_York', week, holidays });
 * ```
 *
 * @module socialcare/calendar/holidays
 */
export type { HolidayRange } from '../holiday-range';
export { type HolidaysForOptions, type HolidayType, holidaysFor } from './holidays-for';

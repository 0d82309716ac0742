import { buildBusinessCalendar } from './business-calendar';
import { compileCalendar } from './calendar-input';
import { describeWeek } from './describe-hours';
import { nextOpenSentence } from './next-open-text';
import { Timeline } from './timeline';
import type { BusinessCalendar, BusinessCalendarInput, BusinessCalendarOptions } from './types';
import { createZoneOffsets } from './zone-offset';
import { createZoneWeekSource } from './zone-week-source';

/**
 * Compiles published hours into a {@link BusinessCalendar}: DST-correct business-time arithmetic that
 * skips whole weeks instead of stepping. The input shape and rules are those of `calendar-semantics.md`.
 *
 * @param input - the zone, weekly hours, holidays, special days and closures
 * @param options - search horizon and cache size
 * @throws CareValidationError naming the field (unknown zone, malformed time, `open == close`,
 *   overlapping intervals, a date that does not exist)
 * @example
 * ```ts
 * import { createBusinessCalendar } from 'socialcare/calendar';
 *
 * const calendar = createBusinessCalendar({
 *   timeZone: 'America/New_York',
 *   week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] },
 *   holidays: ['2024-12-25'],
 * });
 * calendar.isOpen('2024-03-11T14:00:00Z'); // true (10:00 in New York)
 * new Date(calendar.add('2024-03-11T20:00:00Z', '2h')).toISOString(); // '2024-03-12T14:00:00.000Z'
 * calendar.describe(); // 'Mon-Tue 09:00-17:00 (America/New_York)'
 * ```
 */
export function createBusinessCalendar(
  input: BusinessCalendarInput,
  options: BusinessCalendarOptions = {},
): BusinessCalendar {
  const compiled = compileCalendar(input, options);
  const zone = createZoneOffsets(compiled.timeZone);
  const source = createZoneWeekSource(compiled, zone);
  const timeline = new Timeline(source, compiled.horizon, source.neverOpen, { chunks: compiled.cacheWeeks });
  return buildBusinessCalendar(timeline, {
    timeZone: compiled.timeZone,
    name: compiled.name,
    describe: (locale) => describeWeek(compiled.week, compiled.timeZone, locale),
    nextOpenText: (engine, at, locale) => nextOpenSentence(engine, zone, at, locale),
  });
}

import ICAL from 'ical.js';
import { DAY } from '../../shared/duration';
import { CareValidationError } from '../../shared/errors';
import { type HolidayRange, rangeDay } from '../holiday-range';
import { formatLocalDate } from '../local-time';

/** Guards against runaway recurrences (an RRULE without end, expanded far beyond the range). */
const MAX_OCCURRENCES = 100_000;

type IcalTime = InstanceType<typeof ICAL.Time>;

/** Days since 1970-01-01 of the date written in an iCalendar time (its own local date). */
function dayOf(time: IcalTime): number {
  return Math.round(Date.UTC(time.year, time.month - 1, time.day) / DAY);
}

/** The dates an event covers: all-day `DTEND` is exclusive; timed events cover each date they touch. */
function eventDays(start: IcalTime, end: IcalTime | undefined): [first: number, last: number] {
  const first = dayOf(start);
  if (end === undefined) return [first, first];
  const endDay = dayOf(end);
  if (start.isDate) return [first, Math.max(first, endDay - 1)];
  const endsAtMidnight = end.hour === 0 && end.minute === 0 && end.second === 0;
  return [first, Math.max(first, endsAtMidnight ? endDay - 1 : endDay)];
}

/**
 * Reads holidays from iCalendar text (a team's shared holiday calendar, a public-holiday feed):
 * every date covered by a `VEVENT` inside `[from, to]`, sorted and unique, ready for the calendar's
 * `holidays`. An all-day event's `DTEND` is exclusive, every day of a multi-day event counts, `RRULE`
 * is expanded inside the range, `EXDATE` is honoured, `RECURRENCE-ID` overrides move an occurrence
 * and `STATUS:CANCELLED` drops it. Parsing is done by ical.js.
 *
 * @param icsText - the `.ics` text
 * @param range - the dates to keep: `YYYY-MM-DD` (inclusive) or instants (`to` exclusive)
 * @returns sorted local dates `YYYY-MM-DD`
 * @throws CareValidationError when the text is not iCalendar or the range is invalid
 * @example
 * ```ts
 * import { holidaysFromIcs } from 'socialcare/calendar/ics';
 *
 * const ics = [
 *   'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//team//EN',
 *   'BEGIN:VEVENT', 'UID:xmas', 'DTSTART;VALUE=DATE:20241225', 'DTEND;VALUE=DATE:20241227',
 *   'RRULE:FREQ=YEARLY', 'SUMMARY:Christmas', 'END:VEVENT', 'END:VCALENDAR',
 * ].join('\r\n');
 * holidaysFromIcs(ics, { from: '2024-01-01', to: '2025-12-31' });
 * // ['2024-12-25', '2024-12-26', '2025-12-25', '2025-12-26']
 * ```
 */
export function holidaysFromIcs(icsText: string, range: HolidayRange): string[] {
  if (typeof icsText !== 'string') {
    throw new CareValidationError('Invalid icsText: expected the text of an .ics file.', [
      { path: ['icsText'], message: 'expected a string' },
    ]);
  }
  if (range === null || typeof range !== 'object') {
    throw new CareValidationError('Invalid range: expected { from, to }.', [
      { path: ['range'], message: 'expected { from, to }' },
    ]);
  }
  const first = rangeDay(range.from, 'from');
  const last = rangeDay(range.to, 'to');
  if (last < first) {
    throw new CareValidationError('Invalid range: `to` is before `from`.', [
      { path: ['to'], message: '`to` is before `from`' },
    ]);
  }
  let root: InstanceType<typeof ICAL.Component>;
  try {
    root = new ICAL.Component(ICAL.parse(icsText) as unknown as unknown[]);
  } catch (error) {
    throw new CareValidationError(
      `Invalid icsText: not iCalendar text (${error instanceof Error ? error.message : String(error)}).`,
      [{ path: ['icsText'], message: 'not iCalendar text' }],
      { cause: error },
    );
  }
  const days = new Set<number>();
  const add = (start: IcalTime, end: IcalTime | undefined) => {
    const [a, b] = eventDays(start, end);
    for (let day = Math.max(a, first); day <= Math.min(b, last); day++) days.add(day);
  };
  const events = root.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  const masters = new Map<string, InstanceType<typeof ICAL.Event>[]>();
  const exceptions: InstanceType<typeof ICAL.Event>[] = [];
  for (const event of events) {
    if (event.isRecurrenceException()) exceptions.push(event);
    else masters.set(event.uid, [...(masters.get(event.uid) ?? []), event]);
  }
  for (const exception of exceptions) {
    const master = masters.get(exception.uid)?.find((candidate) => candidate.isRecurring());
    if (master !== undefined) master.relateException(exception);
    else if (!isCancelled(exception)) add(exception.startDate, exception.endDate);
  }
  for (const list of masters.values()) {
    for (const event of list) {
      if (event.startDate === null || event.startDate === undefined) continue;
      if (!event.isRecurring()) {
        if (!isCancelled(event)) add(event.startDate, event.endDate);
        continue;
      }
      const iterator = event.iterator();
      for (let n = 0; n < MAX_OCCURRENCES; n++) {
        const occurrence = iterator.next();
        if (!occurrence) break;
        const details = event.getOccurrenceDetails(occurrence);
        if (dayOf(details.startDate) > last) break;
        if (isCancelled(details.item)) continue;
        add(details.startDate, details.endDate);
      }
    }
  }
  return [...days].sort((a, b) => a - b).map(formatLocalDate);
}

function isCancelled(event: InstanceType<typeof ICAL.Event>): boolean {
  const status = event.component.getFirstPropertyValue('status');
  return typeof status === 'string' && status.toUpperCase() === 'CANCELLED';
}

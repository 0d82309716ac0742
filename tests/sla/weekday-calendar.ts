import { type BusinessCalendar, createBusinessCalendar } from 'socialcare/calendar';

/** Mon-Fri 09:00-17:00 UTC, with the given holidays: the calendar most SLA tests reason in. */
export function weekdayCalendar(holidays: string[] = []): BusinessCalendar {
  const day = [['09:00', '17:00']] as [string, string][];
  return createBusinessCalendar({
    timeZone: 'UTC',
    week: { mon: day, tue: day, wed: day, thu: day, fri: day },
    holidays,
  });
}

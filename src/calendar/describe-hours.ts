import { DAY } from '../shared/duration';
import type { DayInterval } from './calendar-input';
import { formatTimeOfDay } from './local-time';
import { phrasesFor } from './phrases';

/** Short weekday names of a locale, Monday first, through `Intl`. */
export function weekdayNames(locale: string, style: 'short' | 'long'): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2024, 0, 1 + i)));
}

/** `09:00-17:00`; overnight hours show their closing time on the next day, `24:00` for midnight. */
export function formatInterval([open, close]: DayInterval): string {
  return `${formatTimeOfDay(open)}-${close === DAY ? '24:00' : formatTimeOfDay(close % DAY)}`;
}

/**
 * The published hours of a week: consecutive days with the same hours grouped
 * (`Mon-Fri 09:00-17:00, Sat 10:00-14:00 (Europe/Amsterdam)`), weekday names localized.
 */
export function describeWeek(
  week: readonly (readonly DayInterval[])[],
  timeZone: string,
  locale: string,
): string {
  const names = weekdayNames(locale, 'short');
  const texts = week.map((day) => day.map(formatInterval).join(' & '));
  const groups: string[] = [];
  let i = 0;
  while (i < 7) {
    const text = texts[i]!;
    let j = i;
    while (j + 1 < 7 && texts[j + 1] === text) j++;
    if (text !== '') groups.push(`${i === j ? names[i] : `${names[i]}-${names[j]}`} ${text}`);
    i = j + 1;
  }
  const body = groups.length > 0 ? groups.join(', ') : phrasesFor(locale).closed;
  return `${body} (${timeZone})`;
}

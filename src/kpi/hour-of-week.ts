import { HOUR } from '../shared/duration';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const WEEKDAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
const EPOCH_MONDAY_OFFSET = 3; // 1970-01-01 was a Thursday

/**
 * Returns a function that maps an instant to its hour of the week in `timeZone`: 0 is Monday
 * 00:00-01:00, 167 is Sunday 23:00-24:00. Zone offsets come from `Intl` and are cached per hour.
 *
 * @example
 * ```ts
 * const hourOf = hourOfWeekIn('UTC');
 * hourOf(Date.UTC(2024, 2, 11, 9, 30)); // 9 (Monday 09:00)
 * ```
 */
export function hourOfWeekIn(timeZone: string): (at: number) => number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return utcHourOfWeek;
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: 'numeric',
    hourCycle: 'h23',
  });
  const cache = new Map<number, number>();
  return (at: number): number => {
    const hour = Math.floor(at / HOUR);
    let result = cache.get(hour);
    if (result === undefined) {
      let weekday = 0;
      let localHour = 0;
      for (const part of format.formatToParts(at)) {
        if (part.type === 'weekday') weekday = WEEKDAY_INDEX[part.value] ?? 0;
        else if (part.type === 'hour') localHour = Number(part.value) % 24;
      }
      result = weekday * 24 + localHour;
      if (cache.size > 100_000) cache.clear();
      cache.set(hour, result);
    }
    return result;
  };
}

function utcHourOfWeek(at: number): number {
  const hours = Math.floor(at / HOUR);
  const days = Math.floor(hours / 24);
  const weekday = (((days + EPOCH_MONDAY_OFFSET) % 7) + 7) % 7;
  return weekday * 24 + (hours - days * 24);
}

/**
 * The label of an hour of the week: `0` → `'Mon 00:00'`, `33` → `'Tue 09:00'`.
 *
 * @example
 * ```ts
 * hourOfWeekLabel(33); // 'Tue 09:00'
 * ```
 */
export function hourOfWeekLabel(hourOfWeek: number): string {
  const day = DAY_NAMES[Math.floor(hourOfWeek / 24)] ?? 'Mon';
  return `${day} ${String(hourOfWeek % 24).padStart(2, '0')}:00`;
}

import { DAY } from '../shared/duration';

/** Milliseconds from local midnight for `HH:MM`, `HH:MM:SS` or `HH:MM:SS.sss`; `24:00` is the next midnight. */
export function parseTimeOfDay(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = match[3] === undefined ? 0 : Number(match[3]);
  const millis = match[4] === undefined ? 0 : Number(match[4].padEnd(3, '0'));
  if (minutes > 59 || seconds > 59) return undefined;
  if (hours === 24) return minutes === 0 && seconds === 0 && millis === 0 ? DAY : undefined;
  if (hours > 23) return undefined;
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

/** Formats milliseconds from local midnight as `HH:MM` (with `:SS` / `.sss` only when needed). */
export function formatTimeOfDay(ms: number): string {
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor(ms / 60_000) % 60;
  const seconds = Math.floor(ms / 1000) % 60;
  const millis = ms % 1000;
  let out = `${pad(hours)}:${pad(minutes)}`;
  if (seconds !== 0 || millis !== 0) out += `:${pad(seconds)}`;
  if (millis !== 0) out += `.${String(millis).padStart(3, '0')}`;
  return out;
}

/** Days since 1970-01-01 for a local date `YYYY-MM-DD`, or undefined when the date does not exist. */
export function parseLocalDate(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  if (utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return undefined;
  return Math.round(utc.getTime() / DAY);
}

/** Formats days since 1970-01-01 as `YYYY-MM-DD`. */
export function formatLocalDate(dayNumber: number): string {
  const date = new Date(dayNumber * DAY);
  const year = date.getUTCFullYear();
  return `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Weekday of a day number, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** The Monday-based week index holding a day number (week 0 starts on Monday 1969-12-29). */
export function weekOfDay(dayNumber: number): number {
  return Math.floor((dayNumber + 3) / 7);
}

/** The day number of the Monday that starts week `week`. */
export function mondayOfWeek(week: number): number {
  return week * 7 - 3;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

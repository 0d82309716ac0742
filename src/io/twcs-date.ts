const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_MS = 86_400_000;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Month index (0-11) by its three letters packed in one number. */
const MONTH_BY_KEY = new Map<number, number>();
for (let i = 0; i < MONTHS.length; i++) {
  const name = MONTHS[i]!;
  MONTH_BY_KEY.set(monthKey(name, 0), i);
}

function monthKey(text: string, at: number): number {
  return (text.charCodeAt(at) << 16) | (text.charCodeAt(at + 1) << 8) | text.charCodeAt(at + 2);
}

/**
 * Parses X's legacy timestamp, the `created_at` of TWCS (`Tue Oct 31 22:10:47 +0000 2017`), to epoch
 * milliseconds, without `Date.parse` (whose handling of this format is not specified). The weekday
 * is not checked; the offset is applied. Returns `undefined` when the text is not in that form.
 *
 * @example
 * ```ts
 * parseTwcsDate('Tue Oct 31 22:10:47 +0000 2017'); // 1509487847000
 * ```
 */
export function parseTwcsDate(text: string): number | undefined {
  // "Tue Oct 31 22:10:47 +0000 2017": fixed positions, 30 characters.
  if (text.length !== 30) return undefined;
  if (
    text.charCodeAt(3) !== 32 ||
    text.charCodeAt(7) !== 32 ||
    text.charCodeAt(10) !== 32 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58 ||
    text.charCodeAt(19) !== 32 ||
    text.charCodeAt(25) !== 32
  ) {
    return undefined;
  }
  const month = MONTH_BY_KEY.get(monthKey(text, 4));
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  const offset = digits(text, 21, 4);
  const year = digits(text, 26, 4);
  const sign = text.charCodeAt(20);
  if (
    month === undefined ||
    year < 0 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 60 ||
    offset < 0 ||
    (sign !== 43 && sign !== 45)
  ) {
    return undefined;
  }
  const offsetMs = (Math.trunc(offset / 100) * 60 + (offset % 100)) * 60_000;
  const local = daysFromCivil(year, month + 1, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000;
  return sign === 43 ? local - offsetMs : local + offsetMs;
}

/**
 * Formats epoch milliseconds as X's legacy UTC timestamp, as TWCS writes `created_at`
 * (seconds precision).
 *
 * @example
 * ```ts
 * formatTwcsDate(1509487847000); // 'Tue Oct 31 22:10:47 +0000 2017'
 * ```
 */
export function formatTwcsDate(at: number): string {
  const date = new Date(at);
  return (
    `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${pad2(date.getUTCDate())} ` +
    `${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}:${pad2(date.getUTCSeconds())} +0000 ` +
    `${date.getUTCFullYear()}`
  );
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** Reads `count` ASCII digits; -1 when one is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 1 ? (isLeap(year) ? 29 : 28) : MONTH_DAYS[month]!;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

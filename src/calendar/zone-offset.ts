import { DAY } from '../shared/duration';

/**
 * UTC offsets of an IANA time zone, read through `Intl.DateTimeFormat` (never the host's zone,
 * never a bundled zone database). Formatters are cached per zone.
 */
export interface ZoneOffsets {
  /** The canonical zone name. */
  readonly timeZone: string;
  /** Offset (local wall time minus UTC) in ms at an instant. */
  offsetAt(instant: number): number;
  /**
   * The instant of a local wall time given as ms since 1970-01-01T00:00 local. Times in a
   * spring-forward gap move forward by the gap; repeated times take the earlier instant.
   */
  resolve(wall: number): number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const canonicalNames = new Map<string, string | undefined>();

/** The canonical name of an IANA zone, or undefined when `Intl` does not know it. */
export function canonicalTimeZone(timeZone: string): string | undefined {
  if (canonicalNames.has(timeZone)) return canonicalNames.get(timeZone);
  let name: string | undefined;
  if (timeZone.trim() !== '') {
    try {
      name = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
    } catch {
      name = undefined;
    }
  }
  if (canonicalNames.size < 1_000) canonicalNames.set(timeZone, name);
  return name;
}

const PARTS = /(\d+)\/(\d+)\/(\d+) (\w+),? (\d+):(\d+):(\d+)/;

/** Creates the offset reader of a zone already checked with {@link canonicalTimeZone}. */
export function createZoneOffsets(timeZone: string): ZoneOffsets {
  const formatter = formatterFor(timeZone);
  const fixed = fixedOffset(timeZone);
  const offsetAt = (instant: number): number => {
    if (fixed !== undefined) return fixed;
    const millis = ((instant % 1000) + 1000) % 1000;
    const whole = instant - millis;
    const match = PARTS.exec(formatter.format(whole));
    if (!match) throw new Error(`Unexpected Intl output for ${timeZone}`);
    let year = Number(match[3]);
    if (match[4] === 'BC' || match[4] === 'B') year = 1 - year;
    const date = new Date(0);
    date.setUTCFullYear(year, Number(match[1]) - 1, Number(match[2]));
    date.setUTCHours(Number(match[5]), Number(match[6]), Number(match[7]), 0);
    return date.getTime() - whole;
  };
  const resolve = (wall: number): number => {
    const before = offsetAt(wall - DAY);
    const after = offsetAt(wall + DAY);
    if (before === after) {
      const candidate = wall - before;
      if (offsetAt(candidate) === before) return candidate;
    }
    const first = wall - before;
    const second = wall - after;
    const firstValid = offsetAt(first) === before;
    const secondValid = offsetAt(second) === after;
    if (firstValid && secondValid) return Math.min(first, second);
    if (firstValid) return first;
    if (secondValid) return second;
    // A gap: read the wall time with the offset before the transition, which moves it forward by the gap.
    return first;
  };
  return { timeZone, offsetAt, resolve };
}

function fixedOffset(timeZone: string): number | undefined {
  return timeZone === 'UTC' || timeZone === 'Etc/UTC' || timeZone === 'Etc/GMT' ? 0 : undefined;
}

/**
 * A deliberately naive reference implementation of calendar-semantics.md, used by the property tests
 * as an oracle: it resolves every local boundary by scanning candidate offsets in 15-minute steps
 * through Intl and walks intervals one by one. Slow and simple, sharing no code with the engine.
 */
import type { BusinessCalendarInput } from 'socialcare/calendar';

const DAY = 86_400_000;
const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const formatters = new Map<string, Intl.DateTimeFormat>();
function wallOf(zone: string, instant: number): number {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  return (
    Date.UTC(
      Number(p.year),
      Number(p.month) - 1,
      Number(p.day),
      Number(p.hour),
      Number(p.minute),
      Number(p.second),
    ) +
    (((instant % 1000) + 1000) % 1000)
  );
}

function resolve(zone: string, wall: number): number {
  const hits: number[] = [];
  for (let quarter = -14 * 4; quarter <= 14 * 4; quarter++) {
    const candidate = wall - quarter * 900_000;
    if (wallOf(zone, candidate) === wall) hits.push(candidate);
  }
  if (hits.length > 0) return Math.min(...hits);
  const before = wallOf(zone, wall - DAY) - (wall - DAY);
  return wall - before;
}

function timeMs(text: string): number {
  const [h, m, s] = text.split(':').map(Number);
  return ((h! * 60 + m!) * 60 + (s ?? 0)) * 1000;
}

/** Sorted merged open intervals of the local dates `firstDay..lastDay` (days since 1970-01-01). */
export function referenceIntervals(
  input: BusinessCalendarInput,
  firstDay: number,
  lastDay: number,
): [number, number][] {
  const zone = input.timeZone;
  const special = new Map((input.special ?? []).map((s) => [s.date, s.hours]));
  const holidays = new Set(input.holidays ?? []);
  const parts: [number, number][] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const date = new Date(day * DAY).toISOString().slice(0, 10);
    const weekday = WEEKDAY_KEYS[(((day + 3) % 7) + 7) % 7]!;
    const hours = special.get(date) ?? (holidays.has(date) ? [] : (input.week?.[weekday] ?? []));
    for (const [openText, closeText] of hours) {
      const open = timeMs(openText);
      let close = timeMs(closeText);
      if (close <= open) close += DAY;
      const from = resolve(zone, day * DAY + open);
      const to = resolve(zone, day * DAY + close);
      if (to > from) parts.push([from, to]);
    }
  }
  for (const closure of input.closures ?? []) {
    const cf = Date.parse(String(closure.from));
    const ct = Date.parse(String(closure.to));
    const next: [number, number][] = [];
    for (const [a, b] of parts) {
      if (ct <= a || cf >= b) next.push([a, b]);
      else {
        if (cf > a) next.push([a, cf]);
        if (ct < b) next.push([ct, b]);
      }
    }
    parts.splice(0, parts.length, ...next);
  }
  parts.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of parts) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** Naive answers over a list of merged intervals. */
export const reference = {
  isOpen: (iv: [number, number][], t: number) => iv.some(([a, b]) => a <= t && t < b),
  elapsed: (iv: [number, number][], a: number, b: number) =>
    iv.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(e, b) - Math.max(s, a)), 0),
  add(iv: [number, number][], t: number, d: number): number | undefined {
    for (const [s, e] of iv) {
      if (e <= t) continue;
      const from = Math.max(s, t);
      if (d === 0) return from;
      if (e - from >= d) return from + d;
      d -= e - from;
    }
    return undefined;
  },
  subtract(iv: [number, number][], t: number, d: number): number | undefined {
    for (let i = iv.length - 1; i >= 0; i--) {
      const [s, e] = iv[i]!;
      if (s >= t) continue;
      const to = Math.min(e, t);
      if (d === 0) return to;
      if (to - s >= d) return to - d;
      d -= to - s;
    }
    return undefined;
  },
  nextOpen: (iv: [number, number][], t: number) => iv.find(([s]) => s > t)?.[0],
  nextClose: (iv: [number, number][], t: number) => iv.find(([, e]) => e > t)?.[1],
};

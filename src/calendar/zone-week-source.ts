import { DAY, WEEK } from '../shared/duration';
import type { CompiledCalendar, DayInterval } from './calendar-input';
import { mondayOfWeek, weekdayOf, weekOfDay } from './local-time';
import { type BlockData, CHUNKS_PER_BLOCK, type ChunkSource } from './timeline';
import type { ZoneOffsets } from './zone-offset';

/** The weekly-hours source of one calendar: chunks are its local weeks, Monday 00:00 to Monday 00:00. */
export interface ZoneWeekSource extends ChunkSource {
  /** Open ms of a regular week (no holiday, special day, closure or offset change). */
  readonly regularWeekTotal: number;
  /** True when the calendar can never be open (empty week, no special hours). */
  readonly neverOpen: boolean;
}

/** Builds the week source of a compiled calendar. */
export function createZoneWeekSource(calendar: CompiledCalendar, zone: ZoneOffsets): ZoneWeekSource {
  const { week, holidays, special, closures } = calendar;

  const hoursOf = (day: number): readonly DayInterval[] => {
    const replaced = special.get(day);
    if (replaced !== undefined) return replaced;
    if (holidays.has(day)) return [];
    return week[weekdayOf(day)]!;
  };

  // Weeks touched by a holiday or special date D: D's own week and, through overnight hours, D + 1's.
  const irregularWeeks = new Set<number>();
  for (const day of [...holidays, ...special.keys()]) {
    irregularWeeks.add(weekOfDay(day));
    irregularWeeks.add(weekOfDay(day + 1));
  }

  // A regular week's intervals relative to its Monday 00:00 (Sunday-before overnight hours included).
  const templateParts: [number, number][] = [];
  for (let d = -1; d < 7; d++) {
    for (const [open, close] of week[(d + 7) % 7]!) templateParts.push([d * DAY + open, d * DAY + close]);
  }
  const template = clipAndMerge(templateParts, 0, WEEK);
  let regularWeekTotal = 0;
  for (let i = 0; i < template.length; i += 2) regularWeekTotal += template[i + 1]! - template[i]!;
  let specialHours = false;
  for (const list of special.values()) if (list.length > 0) specialHours = true;

  const closureTouches = (from: number, to: number): boolean => {
    let lo = 0;
    let hi = closures.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (closures[mid * 2 + 1]! <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo < closures.length >> 1 && closures[lo * 2]! < to;
  };

  const resolveWeek = (
    index: number,
    start: number,
    end: number,
    offset: number | undefined,
  ): Float64Array => {
    const parts: [number, number][] = [];
    const monday = mondayOfWeek(index);
    for (let day = monday - 1; day < monday + 7; day++) {
      for (const [open, close] of hoursOf(day)) {
        const wallOpen = day * DAY + open;
        const wallClose = day * DAY + close;
        const from = offset === undefined ? zone.resolve(wallOpen) : wallOpen - offset;
        const to = offset === undefined ? zone.resolve(wallClose) : wallClose - offset;
        if (to > from) parts.push([from, to]);
      }
    }
    const merged = clipAndMerge(parts, start, end);
    return closures.length === 0 ? merged : subtractRanges(merged, closures);
  };

  const buildBlock = (block: number): BlockData => {
    const n = CHUNKS_PER_BLOCK;
    const starts = new Float64Array(n + 1);
    const offsets = new Float64Array(n + 1);
    // One offset lookup per week: read each Monday 00:00 with the previous week's offset and keep it
    // when the zone agrees; otherwise (a transition nearby) resolve it fully.
    let offset = zone.offsetAt(mondayOfWeek(block * n - 1) * DAY);
    const weekStart = (week: number): number => {
      const wall = mondayOfWeek(week) * DAY;
      const guess = wall - offset;
      if (zone.offsetAt(guess) === offset) return guess;
      const start = zone.resolve(wall);
      offset = zone.offsetAt(start);
      return start;
    };
    weekStart(block * n - 1);
    const previousOffset = offset;
    for (let i = 0; i <= n; i++) {
      starts[i] = weekStart(block * n + i);
      offsets[i] = offset;
    }
    const totals = new Float64Array(n);
    const intervals: (Float64Array | undefined)[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const index = block * n + i;
      const start = starts[i]!;
      const end = starts[i + 1]!;
      // Constant offset from the previous week's start to the next one: no transition touches this week.
      const steady =
        offsets[i] === offsets[i + 1] && (i === 0 ? previousOffset : offsets[i - 1]) === offsets[i];
      if (steady && !irregularWeeks.has(index) && !closureTouches(start, end)) {
        totals[i] = regularWeekTotal;
        continue;
      }
      const resolved = resolveWeek(index, start, end, steady ? offsets[i] : undefined);
      intervals[i] = resolved;
      let total = 0;
      for (let k = 0; k < resolved.length; k += 2) total += resolved[k + 1]! - resolved[k]!;
      totals[i] = total;
    }
    return { starts, totals, intervals };
  };

  const buildChunk = (_index: number, start: number): Float64Array => {
    const out = new Float64Array(template.length);
    for (let i = 0; i < template.length; i++) out[i] = template[i]! + start;
    return out;
  };

  return {
    guessChunk: (instant) => weekOfDay(Math.floor(instant / DAY)),
    buildBlock,
    buildChunk,
    regularWeekTotal,
    neverOpen: regularWeekTotal === 0 && !specialHours,
  };
}

/** Sorts ranges, merges overlapping and touching ones, clips them to `[from, to)`; returns them flat. */
export function clipAndMerge(parts: [number, number][], from: number, to: number): Float64Array {
  parts.sort((a, b) => a[0] - b[0]);
  const flat: number[] = [];
  for (const [rawStart, rawEnd] of parts) {
    const s = Math.max(rawStart, from);
    const e = Math.min(rawEnd, to);
    if (e <= s) continue;
    const n = flat.length;
    if (n > 0 && s <= flat[n - 1]!) {
      if (e > flat[n - 1]!) flat[n - 1] = e;
    } else flat.push(s, e);
  }
  return Float64Array.from(flat);
}

/** Removes flat sorted ranges `cut` from flat sorted ranges `ranges`. */
export function subtractRanges(ranges: Float64Array, cut: Float64Array): Float64Array {
  const out: number[] = [];
  let c = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    let s = ranges[i]!;
    const e = ranges[i + 1]!;
    while (c < cut.length && cut[c + 1]! <= s) c += 2;
    let k = c;
    while (s < e) {
      if (k >= cut.length || cut[k]! >= e) {
        out.push(s, e);
        break;
      }
      if (cut[k]! > s) out.push(s, cut[k]!);
      s = Math.max(s, cut[k + 1]!);
      k += 2;
    }
  }
  return Float64Array.from(out);
}

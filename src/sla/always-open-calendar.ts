import type { SlaCalendar, SlaCalendarOptions, SlaRange } from './sla-calendar';

const NO_RANGES: readonly SlaRange[] = [];

/**
 * The calendar of a `clock: 'calendar'` policy: always open, so business time is physical time
 * minus the excluded ranges (the pauses). Ranges must be sorted and disjoint.
 *
 * @example
 * ```ts
 * alwaysOpenCalendar.elapsed(0, 10_000, { exclude: [[2_000, 5_000]] }); // 7000
 * alwaysOpenCalendar.add(0, 3_000, { exclude: [[2_000, 5_000]] }); // 6000
 * ```
 */
export const alwaysOpenCalendar: SlaCalendar = {
  elapsed(from: number, to: number, options?: SlaCalendarOptions): number {
    if (to < from) return 0 - alwaysOpenCalendar.elapsed(to, from, options);
    let total = to - from;
    const exclude = options?.exclude ?? NO_RANGES;
    for (let i = 0; i < exclude.length; i++) {
      const range = exclude[i]!;
      if (range[0] >= to) break;
      const a = Math.max(range[0], from);
      const b = Math.min(range[1], to);
      if (b > a) total -= b - a;
    }
    return total;
  },
  add(at: number, ms: number, options?: SlaCalendarOptions): number {
    const exclude = options?.exclude ?? NO_RANGES;
    let position = at;
    let remaining = ms;
    for (let i = 0; i < exclude.length; i++) {
      const range = exclude[i]!;
      if (range[1] <= position) continue;
      if (range[0] <= position) {
        position = range[1];
        continue;
      }
      const gap = range[0] - position;
      if (remaining <= gap) return position + remaining;
      remaining -= gap;
      position = range[1];
    }
    return position + remaining;
  },
};

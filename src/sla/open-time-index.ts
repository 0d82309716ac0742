import { DAY as SHARED_DAY } from '../shared/duration';
import type { SlaCalendar, SlaCalendarOptions, SlaRange } from './sla-calendar';

/** A calendar that can list its open intervals (what `createBusinessCalendar` returns). */
export interface IntervalCalendar extends SlaCalendar {
  openIntervals(from: number, to: number): readonly (readonly [number, number])[];
}

/**
 * One day in ms, read once: an imported binding can cost a call per read where modules are
 * transpiled to CommonJS (tsx from a CommonJS entry, some bundlers), and this one is read on every
 * lookup.
 */
const DAY = SHARED_DAY;
const CHUNK = 28 * DAY;
const HORIZON_CHUNKS = Math.ceil((3660 * DAY) / CHUNK);
const NO_RANGES: readonly SlaRange[] = [];

/**
 * Business-time arithmetic answered from a cache of a calendar's open intervals with prefix sums:
 * `elapsed` is two binary searches, `add` one. It gives the same answers as the calendar's own `add`
 * and `elapsed` (half-open intervals, zero budgets, budgets ending at a closing instant) while
 * avoiding per-call work, which matters when millions of clocks are evaluated. Intervals are fetched
 * lazily, four weeks at a time, around the instants asked about.
 * @internal
 */
export class OpenTimeIndex implements SlaCalendar {
  private readonly source: IntervalCalendar;
  private opens: number[] = [];
  private closes: number[] = [];
  /** Open time before interval `k`, from `lo`. */
  private before: number[] = [];
  private lo = Number.NaN;
  private hi = Number.NaN;
  /**
   * Per UTC day `d` from `lo`, how many intervals open at or before `lo + d * DAY`: the starting
   * point of a short forward scan instead of a binary search over every interval.
   */
  private days: number[] = [];
  /** The interval index found by the last {@link cumulative} call (a hint for {@link reach}). */
  private lastK = -1;
  /** The interval in which the last {@link reach} call found its instant. */
  private reached = 0;
  /** Scratch for `add` with exclusions, which is `measureExcluding` with one budget. */
  private readonly oneBudget: number[] = [0];
  private readonly oneInstant: number[] = [0];

  constructor(source: IntervalCalendar) {
    this.source = source;
  }

  elapsed(from: number, to: number, options?: SlaCalendarOptions): number {
    if (to < from) return 0 - this.elapsed(to, from, options);
    if (to === from) return 0;
    this.cover(from, to);
    let total = this.cumulative(to) - this.cumulative(from);
    const exclude = options?.exclude ?? NO_RANGES;
    for (let i = 0; i < exclude.length; i++) {
      const range = exclude[i]!;
      if (range[0] >= to) break;
      const a = Math.max(range[0], from);
      const b = Math.min(range[1], to);
      if (b > a) total -= this.cumulative(b) - this.cumulative(a);
    }
    return total;
  }

  add(at: number, ms: number, options?: SlaCalendarOptions): number {
    if (ms < 0) return this.source.add(at, ms, options);
    const exclude = options?.exclude ?? NO_RANGES;
    if (exclude.length === 0) return this.addOpen(at, ms);
    const budget = this.oneBudget;
    budget[0] = ms;
    this.measureExcluding(at, at, budget, 1, this.oneInstant, exclude);
    return this.oneInstant[0]!;
  }

  /**
   * One clock without pauses in one go: open time in `[start, end)` and the instants where the open
   * time from `start` reaches each of the first `count` budgets, sharing the lookups of `start`.
   * Writes the instants into `out` and returns the open time.
   */
  measureClock(
    start: number,
    end: number,
    budgets: readonly number[],
    count: number,
    out: number[],
    exclude: readonly SlaRange[] = NO_RANGES,
  ): number {
    if (exclude.length > 0) return this.measureExcluding(start, end, budgets, count, out, exclude);
    this.cover(start, end);
    const base = this.cumulative(start);
    const hint = this.lastK;
    const used = this.cumulative(end) - base;
    let searched = false;
    for (let i = 0; i < count; i++) {
      const budget = budgets[i]!;
      // A budget one more than the previous one (the breach after the due instant) usually ends one
      // ms later in the same interval: no second search.
      let found: number | undefined =
        searched && budget === budgets[i - 1]! + 1 ? this.oneMore(out[i - 1]!) : undefined;
      if (found === undefined && budget > 0) found = this.reach(base + budget, hint);
      searched = found !== undefined;
      // A negative budget counts back from the start: the calendar answers it (as `add` does).
      if (found === undefined)
        found = budget < 0 ? this.source.add(start, budget) : this.addOpen(start, budget);
      out[i] = found;
    }
    return used;
  }

  /**
   * {@link measureClock} with excluded ranges (pauses): one walk over the free gaps between them
   * gives `elapsed(start, end, { exclude })` and `add(start, budget, { exclude })` for every budget,
   * where separate calls would each walk the ranges again. `add` with exclusions is this walk with
   * one budget.
   */
  private measureExcluding(
    start: number,
    end: number,
    budgets: readonly number[],
    count: number,
    out: number[],
    exclude: readonly SlaRange[],
  ): number {
    let pending = 0;
    for (let b = 0; b < count; b++) {
      const budget = budgets[b]!;
      if (budget >= 0) {
        out[b] = Number.NaN;
        pending++;
      } else out[b] = this.source.add(start, budget, { exclude });
    }
    this.cover(start, end);
    let elapsed = 0;
    let measured = end <= start;
    let used = 0;
    let position = start;
    let i = 0;
    while (i < exclude.length && exclude[i]![1] <= position) i++;
    for (;;) {
      const range = exclude[i];
      if (range && range[0] <= position) {
        if (range[1] > position) position = range[1];
        i++;
        continue;
      }
      // A free gap [position, limit). The open time before `position` is looked up once, for the
      // time used in the gap and for every budget reached in it (which `addOpen` would look up again).
      const limit = range ? range[0] : Number.POSITIVE_INFINITY;
      this.cover(position, range ? limit : position);
      const upToPosition = this.cumulative(position);
      const hint = this.lastK;
      let upToLimit = Number.NaN;
      if (!measured) {
        const to = Math.min(end, limit);
        if (to > position) {
          const upToEnd = this.cumulative(to);
          if (to === limit) upToLimit = upToEnd;
          elapsed += upToEnd - upToPosition;
        }
        if (end <= limit) measured = true;
      }
      if (pending > 0) {
        if (range && Number.isNaN(upToLimit)) upToLimit = this.cumulative(limit);
        const gap = range ? upToLimit - upToPosition : Number.POSITIVE_INFINITY;
        pending = this.reachInGap(
          position,
          limit,
          gap,
          upToPosition,
          hint,
          budgets,
          count,
          used,
          out,
          pending,
        );
        if (range) used += gap;
      }
      if (!range || (pending === 0 && measured)) return elapsed;
      position = range[1];
      i++;
    }
  }

  /**
   * Writes into `out` the instants of the pending budgets (`NaN` in `out`) reached in the free gap
   * `[position, limit)`, which holds `gap` ms of open time, `used` ms having been used before it;
   * `upToPosition` and `hint` are the lookup of `position`. Returns how many are still pending.
   */
  private reachInGap(
    position: number,
    limit: number,
    gap: number,
    upToPosition: number,
    hint: number,
    budgets: readonly number[],
    count: number,
    used: number,
    out: number[],
    pending: number,
  ): number {
    let searched = false;
    for (let b = 0; b < count && pending > 0; b++) {
      if (!Number.isNaN(out[b]!)) {
        searched = false;
        continue;
      }
      const need = budgets[b]! - used;
      if (need === 0) {
        // A zero budget stops at the next open instant, if this gap has one.
        const next = this.addOpen(position, 0);
        if (next < limit) {
          out[b] = next;
          pending--;
        }
        searched = false;
      } else if (need <= gap) {
        // Reached inside the gap (at its end at the latest): where `add` would stop too. A budget one
        // more than the previous one needs no search (see `measureClock`); past the fetched
        // intervals (the last, endless gap only), `addOpen` fetches more.
        let found: number | undefined =
          searched && budgets[b]! === budgets[b - 1]! + 1 ? this.oneMore(out[b - 1]!) : undefined;
        found ??= this.reach(upToPosition + need, hint);
        searched = found !== undefined;
        out[b] = found ?? this.addOpen(position, need);
        pending--;
      } else searched = false;
    }
    return pending;
  }

  /** The instant `ms` of open time after `at` (`at` itself when `ms` is 0 and the calendar is open). */
  private addOpen(at: number, ms: number): number {
    this.cover(at, at);
    const goal = this.cumulative(at) + ms;
    const hint = this.lastK;
    for (let grown = 0; ; grown++) {
      const found = ms === 0 ? this.nextOpenAtOrAfter(at) : this.reach(goal, hint);
      if (found !== undefined) return found;
      if (grown > HORIZON_CHUNKS) return this.source.add(at, ms);
      this.cover(at, this.hi + CHUNK);
    }
  }

  /**
   * The first instant where the cumulative open time reaches `goal` (> cumulative at `lo`). The
   * answer is in an interval at or after `hint` (-1: anywhere): gallop forward from there, then
   * bisect.
   */
  private reach(goal: number, hint: number): number | undefined {
    const opens = this.opens;
    const before = this.before;
    const closes = this.closes;
    const n = opens.length;
    if (n === 0) return undefined;
    const last = n - 1;
    if (before[last]! + closes[last]! - opens[last]! < goal) return undefined;
    let low = Math.max(hint, 0);
    let high = last;
    // Gallop: most budgets end a few intervals after their start.
    let step = 1;
    while (low + step < high && before[low + step]! + closes[low + step]! - opens[low + step]! < goal) {
      low += step + 1;
      step <<= 1;
    }
    if (low + step < high) high = low + step;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (before[mid]! + closes[mid]! - opens[mid]! >= goal) high = mid;
      else low = mid + 1;
    }
    this.reached = low;
    return opens[low]! + (goal - before[low]!);
  }

  /**
   * The instant one ms of open time after `instant`, which {@link reach} just returned, when the
   * interval it is in is still open then (`undefined` otherwise: it takes a search).
   */
  private oneMore(instant: number): number | undefined {
    return instant + 1 <= this.closes[this.reached]! ? instant + 1 : undefined;
  }

  private nextOpenAtOrAfter(at: number): number | undefined {
    const k = this.lastOpenAtOrBefore(at);
    if (k >= 0 && at < this.closes[k]!) return at;
    const next = this.opens[k + 1];
    return next === undefined || next >= this.hi ? undefined : next;
  }

  /** Index of the last interval opening at or before `at`, -1 when none. */
  private lastOpenAtOrBefore(at: number): number {
    const opens = this.opens;
    const n = opens.length;
    const day = Math.floor((at - this.lo) / DAY);
    const days = this.days;
    if (day >= 0 && day < days.length) {
      let k = days[day]! - 1;
      while (k + 1 < n && opens[k + 1]! <= at) k++;
      return k;
    }
    let low = 0;
    let high = n;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (opens[mid]! <= at) low = mid + 1;
      else high = mid;
    }
    return low - 1;
  }

  /** Open time in `[lo, at)`; `at` must be covered. */
  private cumulative(at: number): number {
    const k = this.lastOpenAtOrBefore(at);
    this.lastK = k;
    if (k < 0) return 0;
    const close = this.closes[k]!;
    return this.before[k]! + Math.min(at, close) - this.opens[k]!;
  }

  /** Makes sure `[from, to]` is covered by fetched intervals. */
  private cover(from: number, to: number): void {
    if (Number.isNaN(this.lo)) {
      const start = Math.floor(from / CHUNK) * CHUNK;
      this.lo = start;
      this.hi = start;
    }
    if (from < this.lo) {
      const start = Math.floor(from / CHUNK) * CHUNK;
      const fetched = this.source.openIntervals(start, this.lo);
      const opens: number[] = [];
      const closes: number[] = [];
      for (const [open, close] of fetched) push(opens, closes, open, close);
      for (let i = 0; i < this.opens.length; i++) push(opens, closes, this.opens[i]!, this.closes[i]!);
      this.opens = opens;
      this.closes = closes;
      this.lo = start;
      this.rebuild();
    }
    if (to >= this.hi) {
      const end = (Math.floor(to / CHUNK) + 1) * CHUNK;
      const fetched = this.source.openIntervals(this.hi, end);
      const firstNew = this.opens.length;
      for (const [open, close] of fetched) push(this.opens, this.closes, open, close);
      this.hi = end;
      this.extend(Math.max(0, firstNew - 1));
    }
  }

  private rebuild(): void {
    this.before = [];
    this.extend(0);
  }

  private extend(from: number): void {
    const before = this.before;
    before.length = from;
    let sum = from === 0 ? 0 : before[from - 1]! + this.closes[from - 1]! - this.opens[from - 1]!;
    for (let i = from; i < this.opens.length; i++) {
      before[i] = sum;
      sum += this.closes[i]! - this.opens[i]!;
    }
    // Day table over [lo, hi).
    const opens = this.opens;
    const days: number[] = [];
    const count = Math.ceil((this.hi - this.lo) / DAY);
    let k = 0;
    for (let d = 0; d < count; d++) {
      const dayStart = this.lo + d * DAY;
      while (k < opens.length && opens[k]! <= dayStart) k++;
      days.push(k);
    }
    this.days = days;
  }
}

function push(opens: number[], closes: number[], open: number, close: number): void {
  const last = closes.length - 1;
  if (last >= 0 && closes[last]! >= open) {
    if (close > closes[last]!) closes[last] = close;
    return;
  }
  opens.push(open);
  closes.push(close);
}

const indexes = new WeakMap<object, SlaCalendar>();

/**
 * The fast arithmetic for a calendar: an {@link OpenTimeIndex} when it can list its open intervals,
 * else the calendar itself.
 * @internal
 */
export function fastArithmetic(calendar: SlaCalendar): SlaCalendar {
  const cached = indexes.get(calendar);
  if (cached) return cached;
  const fast =
    typeof (calendar as Partial<IntervalCalendar>).openIntervals === 'function'
      ? new OpenTimeIndex(calendar as IntervalCalendar)
      : calendar;
  indexes.set(calendar, fast);
  return fast;
}

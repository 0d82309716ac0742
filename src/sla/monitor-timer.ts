// The monitor's time source, and the single timer it arms for its earliest deadline.

/**
 * The time source of a monitor. `now()` is read when the monitor starts and when its timer fires;
 * `setTimer` / `clearTimer` (optional) arm the single timer. Without `setTimer` the monitor only moves
 * when events are ingested and when `advanceTo` is called: a virtual clock for tests and batch replay.
 *
 * @example
 * ```ts
 * const systemClock: SlaMonitorClock = {
 *   now: () => Date.now(),
 *   setTimer: (at, callback) => setTimeout(callback, Math.min(Math.max(0, at - Date.now()), 2 ** 31 - 1)),
 *   clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
 * };
 * ```
 */
export interface SlaMonitorClock {
  /** The current instant, epoch ms. */
  now(): number;
  /** Calls `callback` at (or soon after) `at`; returns a handle for `clearTimer`. */
  setTimer?(at: number, callback: () => void): unknown;
  /** Cancels a timer set by `setTimer`. */
  clearTimer?(handle: unknown): void;
}

/**
 * The monitor's single timer: armed for one instant at a time through the clock's `setTimer`, it
 * calls `onFire` with the clock's time (at least the instant armed) once that instant comes. A
 * timer replaced or cleared before it fires is ignored when it fires anyway.
 * @internal
 */
export class MonitorTimer {
  private at = Number.POSITIVE_INFINITY;
  private handle: unknown;
  private token = 0;

  constructor(
    private readonly clock: SlaMonitorClock,
    private readonly onFire: (at: number) => void,
  ) {}

  /** Whether the clock can set timers (a virtual clock without `setTimer` cannot). */
  get available(): boolean {
    return this.clock.setTimer !== undefined;
  }

  /** Arms the timer for `next` (`Infinity`: none), unless it is already armed for it. */
  set(next: number): void {
    const clock = this.clock;
    if (!clock.setTimer || next === this.at) return;
    this.clear();
    if (next === Number.POSITIVE_INFINITY) return;
    const token = ++this.token;
    this.at = next;
    const handle = clock.setTimer(next, () => {
      if (token !== this.token) return;
      this.token++;
      this.at = Number.POSITIVE_INFINITY;
      this.handle = undefined;
      this.onFire(Math.max(clock.now(), next));
    });
    // A timer that fired synchronously has already moved on: keep only a live handle.
    if (token === this.token) this.handle = handle;
  }

  /** Cancels the armed timer, if any. */
  clear(): void {
    if (this.at !== Number.POSITIVE_INFINITY && this.clock.clearTimer) {
      this.clock.clearTimer(this.handle);
    }
    this.token++;
    this.at = Number.POSITIVE_INFINITY;
    this.handle = undefined;
  }
}

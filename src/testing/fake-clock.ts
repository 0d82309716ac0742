import { type DurationInput, toDuration } from '../shared/duration';
import { type InstantInput, toInstant } from '../shared/instant';

/** A clock for tests: time moves only when you say so. Pass it where a module takes a clock or `now`. */
export interface FakeClock {
  /** The current instant, in epoch milliseconds. */
  now(): number;
  /** Moves the clock forward (`60_000`, `'1h30m'`, `'PT5M'`) and returns the new instant. */
  advance(duration: DurationInput): number;
  /** Sets the clock to an instant (it may go backwards) and returns it. */
  set(at: InstantInput): number;
}

/**
 * Creates a {@link FakeClock} starting at `start` (default epoch 0).
 *
 * @throws CareValidationError for an invalid instant or a negative duration
 * @example
 * ```ts
 * const clock = createFakeClock('2024-03-11T09:00:00Z');
 * clock.advance('15m');
 * clock.now(); // 1710148500000
 * ```
 */
export function createFakeClock(start: InstantInput = 0): FakeClock {
  let current = toInstant(start, 'start');
  return {
    now: () => current,
    advance(duration) {
      const ms = toDuration(duration, 'duration');
      current += ms;
      return current;
    },
    set(at) {
      current = toInstant(at, 'at');
      return current;
    },
  };
}

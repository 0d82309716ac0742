/**
 * Relative arrival intensity of customer messages per hour of the week (UTC), Monday 00:00 first:
 * quiet nights, a morning ramp, a lunchtime peak, a smaller evening peak, calmer weekends.
 * @internal
 */
export const HOUR_OF_WEEK_WEIGHTS: readonly number[] = (() => {
  const byHour = [
    0.25, 0.16, 0.12, 0.1, 0.1, 0.14, 0.25, 0.45, 0.75, 0.95, 1.0, 1.0, 1.05, 1.0, 0.95, 0.9, 0.88, 0.85, 0.8,
    0.85, 0.8, 0.65, 0.5, 0.35,
  ];
  const byDay = [1.15, 1.05, 1.0, 1.0, 0.95, 0.7, 0.65]; // Monday .. Sunday
  const weights: number[] = [];
  for (const day of byDay) for (const hour of byHour) weights.push(day * hour);
  return weights;
})();

/** The largest weight (for thinning). @internal */
export const MAX_HOUR_OF_WEEK_WEIGHT = Math.max(...HOUR_OF_WEEK_WEIGHTS);

const HOUR_MS = 3_600_000;
/** 1970-01-01 was a Thursday: Monday-based hour of week of epoch ms. */
const MONDAY_OFFSET_HOURS = 3 * 24;

/**
 * The hour of the week (0 = Monday 00:00-01:00 UTC) of an instant.
 * @internal
 */
export function hourOfWeek(at: number): number {
  const hours = Math.floor(at / HOUR_MS) + MONDAY_OFFSET_HOURS;
  return ((hours % 168) + 168) % 168;
}

import type { Conversation } from '../conversation';
import { createKpiAccumulator } from './kpi-accumulator';
import type { KpiOptions } from './kpi-options';
import type { KpiReport } from './kpi-report';
import type { KpiBacklog } from './kpis';

/**
 * Computes the KPI report of a set of conversations under the definitions of
 * `kpi-definitions.md` (each choice an option). Same as adding every conversation to
 * {@link createKpiAccumulator} and calling `report()`; the result does not depend on the order.
 *
 * @throws CareValidationError when an option is invalid
 * @example
 * ```ts
 * const report = computeKpis(threadMessages(messages), { withinThresholdsMs: [900_000, 3_600_000] });
 * report.overall.firstResponseMs.median;
 * report.byAccount.AcmeCare?.responseRate;
 * ```
 */
export function computeKpis(conversations: Iterable<Conversation>, options: KpiOptions = {}): KpiReport {
  return createKpiAccumulator(options).addAll(conversations).report();
}

/**
 * The backlog at an instant: measured conversations started by then that were not resolved or
 * closed at that instant, their age, and how many were waiting on a response.
 *
 * @example
 * ```ts
 * const { open, ageMs } = computeBacklog(conversations, Date.parse('2024-03-11T09:00:00Z'));
 * ```
 */
export function computeBacklog(
  conversations: Iterable<Conversation>,
  at: number,
  options: Omit<KpiOptions, 'backlogAt'> = {},
): KpiBacklog {
  const report = computeKpis(conversations, { ...options, breakdowns: [], backlogAt: at });
  return report.overall.backlog!;
}

import type { Conversation } from '../conversation';
import { evaluateSla, type SlaPolicySource } from '../sla';
import type { KpiSlaOutcome } from './kpi-options';

/**
 * Builds the `sla` option of the KPI definitions from a `socialcare/sla` policy: every clock of
 * the conversation (first response, each next response, periodic updates, resolution) that is
 * `met` or `breached` at `at` (default: the conversation's latest event) counts towards the
 * attainment of its metric; clocks still running are left out.
 *
 * @example
 * ```ts
 * const policy = createSlaPolicy({ name: 'care', targets: { firstResponse: '1h' } });
 * computeKpis(conversations, { sla: slaOutcomes(policy) }).overall.sla.firstResponse?.attainment;
 * ```
 */
export function slaOutcomes(
  policy: SlaPolicySource,
  options: { readonly at?: number } = {},
): (conversation: Conversation) => KpiSlaOutcome[] {
  return (conversation) => {
    const evaluation = evaluateSla(conversation, policy, options.at === undefined ? {} : { at: options.at });
    const out: KpiSlaOutcome[] = [];
    for (const clock of evaluation.clocks) {
      if (clock.status === 'met') out.push({ metric: clock.metric, met: true });
      else if (clock.status === 'breached') out.push({ metric: clock.metric, met: false });
    }
    return out;
  };
}

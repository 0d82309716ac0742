/**
 * The four SLA metrics, in a stable order.
 *
 * - `firstResponse`: from the first customer message to the first brand response.
 * - `nextResponse`: from each later customer turn to the brand response that answers it.
 * - `periodicUpdate`: from each brand response to the next one while the case is open (brand silence).
 * - `resolution`: from a customer message to the case being resolved or closed (one cycle per reopening).
 *
 * @example
 * ```ts
 * for (const metric of SLA_METRICS) console.log(metric);
 * ```
 */
export const SLA_METRICS = ['firstResponse', 'nextResponse', 'periodicUpdate', 'resolution'] as const;

/** `'firstResponse' | 'nextResponse' | 'periodicUpdate' | 'resolution'`. */
export type SlaMetric = (typeof SLA_METRICS)[number];

/**
 * The state of one SLA clock at an instant:
 * - `not-started`: nothing to measure yet (no customer message);
 * - `running`: counting time (a closed business calendar still counts as running: it just does not tick);
 * - `paused`: the case is in a pausing status (waiting on the customer by default);
 * - `met`: fulfilled within the target;
 * - `breached`: more time used than the target (final, even if fulfilled later).
 */
export type SlaClockStatus = 'not-started' | 'running' | 'paused' | 'met' | 'breached';

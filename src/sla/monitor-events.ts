import type { SlaMetric } from './metric';
import type { SlaClock } from './sla-clock';

/**
 * The event names of the SLA monitor, in the order they are emitted for one instant.
 *
 * @example
 * ```ts
 * for (const type of SLA_MONITOR_EVENT_TYPES) monitor.on(type, (event) => log.info(event));
 * ```
 */
export const SLA_MONITOR_EVENT_TYPES = [
  'sla-started',
  'sla-resumed',
  'sla-paused',
  'sla-at-risk',
  'sla-breached',
  'sla-met',
] as const;

/** `'sla-started' | 'sla-paused' | 'sla-resumed' | 'sla-at-risk' | 'sla-breached' | 'sla-met'`. */
export type SlaMonitorEventType = (typeof SLA_MONITOR_EVENT_TYPES)[number];

/**
 * What the monitor emits: plain JSON-serialisable data.
 *
 * - `sla-started`: a clock started (`at` = its start);
 * - `sla-paused` / `sla-resumed`: the case entered or left a pausing status;
 * - `sla-at-risk`: the warning threshold was reached (`at` = the warning instant);
 * - `sla-breached`: the time used exceeded the target (`at` = the first such instant);
 * - `sla-met`: the clock was fulfilled within target (`at` = the response or resolution).
 *
 * @example
 * ```ts
 * monitor.on('sla-breached', (event) => console.log(JSON.stringify(event)));
 * // {"type":"sla-breached","at":1710158400001,"conversationId":"c1","metric":"firstResponse",...}
 * ```
 */
export interface SlaMonitorEvent<T extends SlaMonitorEventType = SlaMonitorEventType> {
  readonly type: T;
  /** When it happened (epoch ms). */
  readonly at: number;
  readonly conversationId: string;
  readonly metric: SlaMetric;
  /** 1-based number of the clock within its metric. */
  readonly turn: number;
  /** When the clock started. */
  readonly startedAt: number;
  /** The due instant as known when the event was emitted, `null` when the metric has no target then. */
  readonly dueAt: number | null;
  /** The target in force, in milliseconds. */
  readonly targetMs: number;
  /** The rule that set the target, `null` for the policy's defaults. */
  readonly rule: string | null;
}

/**
 * The listener signatures of the monitor's emitter.
 *
 * @example
 * ```ts
 * const onBreach: SlaMonitorEvents['sla-breached'] = (event) => page(event.conversationId);
 * ```
 */
export type SlaMonitorEvents = {
  [T in SlaMonitorEventType]: (event: SlaMonitorEvent<T>) => void;
};

/**
 * The event of a given type for a clock of a conversation.
 * @internal
 */
export function monitorEvent(
  conversationId: string,
  clock: SlaClock,
  startedAt: number,
  type: SlaMonitorEventType,
  at: number,
): SlaMonitorEvent {
  return {
    type,
    at,
    conversationId,
    metric: clock.metric,
    turn: clock.turn,
    startedAt,
    dueAt: clock.dueAt ?? null,
    targetMs: clock.targetMs,
    rule: clock.rule ?? null,
  };
}

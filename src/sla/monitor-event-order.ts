// The order in which the monitor emits the events of one refresh: by instant, metric, turn, then
// event type.

import { SLA_METRICS, type SlaMetric } from './metric';
import { SLA_MONITOR_EVENT_TYPES, type SlaMonitorEvent } from './monitor-events';

const EVENT_ORDER = new Map<string, number>(SLA_MONITOR_EVENT_TYPES.map((type, index) => [type, index]));
const METRIC_ORDER = new Map<SlaMetric, number>(SLA_METRICS.map((metric, index) => [metric, index]));

/**
 * Orders monitor events by instant, then metric, turn and event type (the order of
 * `SLA_METRICS` and `SLA_MONITOR_EVENT_TYPES`).
 * @internal
 */
export function compareMonitorEvents(a: SlaMonitorEvent, b: SlaMonitorEvent): number {
  return (
    a.at - b.at ||
    METRIC_ORDER.get(a.metric)! - METRIC_ORDER.get(b.metric)! ||
    a.turn - b.turn ||
    EVENT_ORDER.get(a.type)! - EVENT_ORDER.get(b.type)!
  );
}

/**
 * Whether `events` are already in the order of {@link compareMonitorEvents}.
 * @internal
 */
export function isSorted(events: readonly SlaMonitorEvent[]): boolean {
  for (let i = 1; i < events.length; i++)
    if (compareMonitorEvents(events[i - 1]!, events[i]!) > 0) return false;
  return true;
}

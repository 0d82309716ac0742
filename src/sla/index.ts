/**
 * SLA policies, clocks, evaluation and a live monitor: first response, next response, periodic
 * update and resolution targets measured in business time, with pauses, warnings and breaches.
 *
 * ```ts
 * import { createSlaPolicy, evaluateSla, replaySla, createSlaMonitor } from 'socialcare/sla';
 * ```
 *
 * @module socialcare/sla
 */
export { alwaysOpenCalendar } from './always-open-calendar';
export { type EvaluateSlaOptions, evaluateSla, type SlaEvaluation } from './evaluate-sla';
export { SLA_METRICS, type SlaClockStatus, type SlaMetric } from './metric';
export {
  SLA_MONITOR_EVENT_TYPES,
  type SlaMonitorEvent,
  type SlaMonitorEvents,
  type SlaMonitorEventType,
} from './monitor-events';
export type { SlaMonitorSnapshot } from './monitor-snapshot';
export type { SlaMonitorClock } from './monitor-timer';
export {
  createSlaPolicy,
  type SlaCalendarReference,
  type SlaConditions,
  type SlaPolicy,
  type SlaPolicyInput,
  SlaPolicyInputSchema,
  type SlaRule,
  type SlaRuleInput,
  type SlaTargets,
  type SlaTargetsInput,
  type SlaTerms,
  type SlaWarning,
  type SlaWarningInput,
} from './policy';
export type { SlaAttributes, SlaPolicySource } from './policy-versions';
export {
  NO_ACCOUNT,
  type ReplaySlaOptions,
  replaySla,
  type SlaAttainment,
  type SlaAttainmentGroup,
  type SlaReplay,
} from './replay-sla';
export { isSlaCalendar, type SlaCalendar, type SlaCalendarOptions, type SlaRange } from './sla-calendar';
export type { SlaClock } from './sla-clock';
export { createSlaMonitor, SlaMonitor, type SlaMonitorOptions, type SlaMonitorStats } from './sla-monitor';
export type { SlaSnapshotConversation } from './tracked-snapshot';

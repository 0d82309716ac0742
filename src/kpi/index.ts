/**
 * KPIs of social customer care under named definitions (`kpi-definitions.md`): response rate,
 * responded-within shares, first-response and reply times, resolution, reopen, CSAT/NPS, SLA
 * attainment, per-agent figures, backlog and the public-to-private switch rate. Mergeable
 * accumulators (exact or DDSketch quantiles) for shards, workers and machines.
 *
 * ```ts
 * import { computeKpis, createKpiAccumulator, KpiAccumulator } from 'socialcare/kpi';
 * ```
 *
 * @module socialcare/kpi
 */

export {
  accumulateKpisFromEvents,
  accumulateKpisFromMessages,
  type KpiStreamOptions,
} from './accumulate-stream';
export { computeBacklog, computeKpis } from './compute-kpis';
export { conversationRoot } from './conversation-root';
export { exactQuantile } from './exact-quantile';
export {
  type FacebookResponsiveness,
  type FacebookResponsivenessOptions,
  facebookResponsiveness,
} from './facebook-responsiveness';
export { formatDuration, formatKpiTable, type KpiTableOptions } from './format-kpi-table';
export { hourOfWeekIn, hourOfWeekLabel } from './hour-of-week';
export { createKpiAccumulator, KpiAccumulator, type KpiAccumulatorJson } from './kpi-accumulator';
export type { KpiBucketJson } from './kpi-bucket';
export {
  DEFAULT_WITHIN_THRESHOLDS_MS,
  KPI_BREAKDOWNS,
  type KpiBreakdown,
  type KpiCalendar,
  type KpiDefinition,
  type KpiOptions,
  KpiOptionsSchema,
  type KpiSlaOutcome,
} from './kpi-options';
export type { KpiReport, KpiSkipped } from './kpi-report';
export type { KpiBacklog, KpiCsat, KpiNps, KpiSlaAttainment, Kpis, KpiVolume } from './kpis';
export { slaOutcomes } from './sla-outcomes';
export { StreamingThreader, type StreamingThreaderOptions } from './streaming-threader';
export { quantileKey, type TimeStats } from './time-stats';
export type { ExactValuesJson, QuantileMethod, SketchValuesJson, ValueStoreJson } from './value-store';

import type { KpiDefinition } from './kpi-options';
import type { Kpis } from './kpis';

/** Conversations counted but not measured. */
export interface KpiSkipped {
  /** Started by the brand (a campaign post customers answered). */
  readonly brandInitiated: number;
  /** The root replies to a message outside the data. */
  readonly orphan: number;
}

/**
 * A KPI report: the definition it used, the overall figures, the figures per brand account,
 * the optional breakdowns, and the conversations that were not measured. This is the JSON
 * `socialcare kpi FILE --json` prints.
 */
export interface KpiReport {
  readonly definition: KpiDefinition;
  readonly overall: Kpis;
  readonly byAccount: Readonly<Record<string, Kpis>>;
  readonly skipped: KpiSkipped;
  /** With the `platform` breakdown. */
  readonly byPlatform?: Readonly<Record<string, Kpis>>;
  /** With the `hour-of-week` breakdown, keyed `'Mon 09:00'`. */
  readonly byHourOfWeek?: Readonly<Record<string, Kpis>>;
  /** With the `agent` breakdown: conversations by the agent of the first response (else the assignee); reply times by the agent who replied. */
  readonly byAgent?: Readonly<Record<string, Kpis>>;
  /**
   * Measured conversations that got no response and named no known brand account: counted in
   * `overall`, in no `byAccount` entry. Present only when there are some (the shape of
   * kpi-definitions.md has no such key).
   */
  readonly unattributed?: number;
}

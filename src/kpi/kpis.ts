import type { TimeStats } from './time-stats';

/** Volume figures of a group: messages and conversations by direction, visibility, platform and hour. */
export interface KpiVolume {
  /** Messages in the measured conversations. */
  readonly messages: number;
  readonly inbound: number;
  readonly outbound: number;
  readonly publicMessages: number;
  readonly privateMessages: number;
  /** Measured conversations that started in public / in private. */
  readonly publicConversations: number;
  readonly privateConversations: number;
  /** Measured conversations by platform. */
  readonly byPlatform: Readonly<Record<string, number>>;
  /** Measured conversations by the hour of the week their first message came in (0 = Monday 00:00). */
  readonly byHourOfWeek: readonly number[];
}

/** CSAT figures: answers 1-5, the share of 4 and 5, and the mean. */
export interface KpiCsat {
  readonly count: number;
  readonly satisfied: number;
  readonly satisfiedShare: number | null;
  readonly mean: number | null;
}

/** NPS figures: answers 0-10; score = % promoters (9-10) − % detractors (0-6), from −100 to 100. */
export interface KpiNps {
  readonly count: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  readonly score: number | null;
}

/** SLA attainment of one metric: targets met, missed, and met / (met + missed). */
export interface KpiSlaAttainment {
  readonly met: number;
  readonly missed: number;
  readonly attainment: number | null;
}

/** The backlog at an instant: measured conversations not resolved or closed then, and their age. */
export interface KpiBacklog {
  readonly at: number;
  readonly open: number;
  /** Age (from the first customer message to `at`) of the open conversations. */
  readonly ageMs: TimeStats;
  /** Conversations whose latest customer turn had no response yet at `at`. */
  readonly awaitingResponse: number;
}

/**
 * The KPI figures of one group of measured conversations (overall, one account, one platform...).
 * The first five fields are the contract of `kpi-definitions.md`; rates are `null` when their
 * denominator is 0.
 */
export interface Kpis {
  /** Measured conversations (started by a customer). */
  readonly conversations: number;
  /** Measured conversations with a first response. */
  readonly responded: number;
  /** responded / conversations. */
  readonly responseRate: number | null;
  /** From the root to the first response, over responded conversations. */
  readonly firstResponseMs: TimeStats;
  /** Share of measured conversations answered within each threshold (inclusive), keyed by the threshold in ms. */
  readonly respondedWithin: Readonly<Record<string, number | null>>;
  /** From the first message of each customer turn to the next brand message, over answered turns. */
  readonly replyMs: TimeStats;
  readonly turns: number;
  readonly turnsAnswered: number;
  /** Conversations whose current status is resolved or closed. */
  readonly resolved: number;
  readonly resolutionRate: number | null;
  /** From the root to the start of the final resolved/closed period. */
  readonly resolutionMs: TimeStats;
  /** Conversations resolved at some point and later reopened, and their share of those ever resolved. */
  readonly reopened: number;
  readonly reopenRate: number | null;
  /** Public conversations that moved to private (a link or a private message), and their share. */
  readonly switchedToPrivate: number;
  readonly publicToPrivateRate: number | null;
  readonly csat: KpiCsat;
  readonly nps: KpiNps;
  /** SLA attainment per metric, when the `sla` option is set. */
  readonly sla: Readonly<Record<string, KpiSlaAttainment>>;
  readonly volume: KpiVolume;
  /** The backlog, when the `backlogAt` option is set. */
  readonly backlog?: KpiBacklog;
}

import { z } from 'zod';
import type { Conversation, ConversationMessage, ThreadOptions } from '../conversation';
import { DAY } from '../shared/duration';
import { CareValidationError } from '../shared/errors';
import { parseWithSchema } from '../shared/validate';
import type { QuantileMethod } from './value-store';

/** The breakdowns a report can carry besides `overall`. */
export type KpiBreakdown = 'account' | 'platform' | 'hour-of-week' | 'agent';

/**
 * Every breakdown, in report order.
 *
 * @example
 * ```ts
 * computeKpis(conversations, { breakdowns: KPI_BREAKDOWNS }); // byAccount, byPlatform, byHourOfWeek, byAgent
 * ```
 */
export const KPI_BREAKDOWNS: readonly KpiBreakdown[] = ['account', 'platform', 'hour-of-week', 'agent'];

/**
 * What the business clock needs from a calendar: `elapsed(from, to)` in open milliseconds. A
 * `BusinessCalendar` from `socialcare/calendar` fits.
 */
export interface KpiCalendar {
  elapsed(from: number, to: number): number;
  readonly timeZone?: string;
  readonly name?: string | undefined;
  describe?(locale?: string): string;
}

/**
 * The outcome of one SLA target for one conversation, as the `sla` option returns it:
 * the metric (`first-response`, `next-response`, `resolution`...) and whether it was met.
 * Targets still running (`met: undefined`) are not counted.
 */
export interface KpiSlaOutcome {
  readonly metric: string;
  readonly met: boolean | undefined;
}

/**
 * Options of the KPI definitions. Every choice the definitions leave open is one of these, and
 * the report states the ones it used (`definition`).
 */
export interface KpiOptions {
  /** `calendar` (default): wall-clock milliseconds; `business`: open time of `calendar`. */
  readonly clock?: 'calendar' | 'business';
  /** The calendar of the business clock (required with `clock: 'business'`). */
  readonly calendar?: KpiCalendar;
  /** Thresholds of "responded within", inclusive. Default `[900000, 3600000, 86400000]` (15 min, 1 h, 24 h). */
  readonly withinThresholdsMs?: readonly number[];
  /** Whether bot replies count as responses. Default `false`. */
  readonly countBotReplies?: boolean;
  /** `exact` (default): keep every value; `sketch`: DDSketch with `relativeAccuracy`. */
  readonly quantiles?: QuantileMethod;
  /** Relative-error bound of the sketch. Default `0.01`. */
  readonly relativeAccuracy?: number;
  /** Quantiles reported besides the median and p90, e.g. `[0.75, 0.95]` (keys `p75`, `p95`). */
  readonly extraQuantiles?: readonly number[];
  /** Breakdowns kept besides `overall`. Default `['account']`. */
  readonly breakdowns?: readonly KpiBreakdown[];
  /** IANA zone of the hour-of-week figures. Default the calendar's zone, else `UTC`. */
  readonly timeZone?: string;
  /**
   * Accounts known to be brands, besides the authors of brand messages seen in the data. An
   * unanswered conversation is attributed to the first account it mentions that is a brand.
   */
  readonly brandAccounts?: readonly string[];
  /** How messages are split into conversations (recorded in the definition; used by the readers). */
  readonly threading?: ThreadOptions;
  /** The agent behind a brand message. Default: the author when it is an `agent`, else the assignee then. */
  readonly agentOf?: (message: ConversationMessage, conversation: Conversation) => string | undefined;
  /** SLA outcomes of a conversation (see `slaOutcomes` for one built on `socialcare/sla`). */
  readonly sla?: (conversation: Conversation) => readonly KpiSlaOutcome[];
  /** The instant the backlog is taken at (open conversations and their age). */
  readonly backlogAt?: number;
}

/**
 * The definition a report was computed with, in the shape `kpi-definitions.md` gives: `clock`,
 * `quantiles` and `withinThresholdsMs` always (`relativeAccuracy` too with sketches, the bound the
 * definitions require the report to state); every other choice only when it differs from its
 * documented default. A report with the default choices therefore carries exactly the documented
 * `{ clock, quantiles, withinThresholdsMs }`, and a report that departs from a default says so.
 */
export interface KpiDefinition {
  readonly clock: 'calendar' | 'business';
  readonly quantiles: QuantileMethod;
  readonly withinThresholdsMs: readonly number[];
  /** With `quantiles: 'sketch'`: the sketch's relative-error bound. */
  readonly relativeAccuracy?: number;
  /** Stated when bot replies count as responses (default `false`). */
  readonly countBotReplies?: boolean;
  /** Stated when quantiles besides the median and p90 are reported (default none). */
  readonly extraQuantiles?: readonly number[];
  /** Stated when the breakdowns differ from the default `['account']`. */
  readonly breakdowns?: readonly KpiBreakdown[];
  /** Stated when the hour-of-week figures are not in UTC (the default). */
  readonly timeZone?: string;
  /** Stated when conversations are split otherwise than by default (24 h gap, links within 24 h). */
  readonly threading?: {
    readonly privateGapMs: number;
    readonly linkPrivateToPublic: boolean;
    readonly linkWindowMs: number;
  };
  /** With the business clock: the calendar. */
  readonly calendar?: string;
  /** Stated when SLA attainment is computed. */
  readonly sla?: boolean;
  /** Stated with the backlog: its instant. */
  readonly backlogAt?: number;
}

/** Every choice of a definition, defaults applied (what the code reads). @internal */
export interface KpiSettings {
  readonly clock: 'calendar' | 'business';
  readonly quantiles: QuantileMethod;
  readonly withinThresholdsMs: readonly number[];
  readonly relativeAccuracy: number;
  readonly countBotReplies: boolean;
  readonly extraQuantiles: readonly number[];
  readonly breakdowns: readonly KpiBreakdown[];
  readonly timeZone: string;
  readonly threading: {
    readonly privateGapMs: number;
    readonly linkPrivateToPublic: boolean;
    readonly linkWindowMs: number;
  };
  readonly calendar: string | undefined;
  readonly sla: boolean;
  readonly backlogAt: number | undefined;
}

/** Options with defaults applied, plus the definition. @internal */
export interface ResolvedKpiOptions {
  readonly settings: KpiSettings;
  readonly definition: KpiDefinition;
  readonly options: KpiOptions;
  readonly relativeAccuracy: number;
}

const DEFAULT_BREAKDOWNS: readonly KpiBreakdown[] = ['account'];
const DEFAULT_THREADING: KpiSettings['threading'] = {
  privateGapMs: DAY,
  linkPrivateToPublic: true,
  linkWindowMs: DAY,
};

/**
 * The definition of some settings: the documented keys, then the choices that differ from their
 * defaults (in a fixed order, so equal settings give equal JSON).
 * @internal
 */
export function definitionOf(settings: KpiSettings): KpiDefinition {
  const threading = settings.threading;
  const defaultThreading =
    threading.privateGapMs === DEFAULT_THREADING.privateGapMs &&
    threading.linkPrivateToPublic === DEFAULT_THREADING.linkPrivateToPublic &&
    threading.linkWindowMs === DEFAULT_THREADING.linkWindowMs;
  const defaultBreakdowns =
    settings.breakdowns.length === DEFAULT_BREAKDOWNS.length &&
    settings.breakdowns.every((b, i) => b === DEFAULT_BREAKDOWNS[i]);
  return {
    clock: settings.clock,
    quantiles: settings.quantiles,
    withinThresholdsMs: settings.withinThresholdsMs,
    ...(settings.quantiles === 'sketch' ? { relativeAccuracy: settings.relativeAccuracy } : {}),
    ...(settings.countBotReplies ? { countBotReplies: true } : {}),
    ...(settings.extraQuantiles.length > 0 ? { extraQuantiles: settings.extraQuantiles } : {}),
    ...(defaultBreakdowns ? {} : { breakdowns: settings.breakdowns }),
    ...(settings.timeZone === 'UTC' ? {} : { timeZone: settings.timeZone }),
    ...(defaultThreading ? {} : { threading }),
    ...(settings.calendar === undefined ? {} : { calendar: settings.calendar }),
    ...(settings.sla ? { sla: true } : {}),
    ...(settings.backlogAt === undefined ? {} : { backlogAt: settings.backlogAt }),
  };
}

/**
 * The settings a definition states, defaults filled in (for partials restored from JSON; also
 * accepts the longer definitions earlier versions wrote, with every choice spelt out).
 * @internal
 */
export function settingsOf(definition: KpiDefinition): KpiSettings {
  return {
    clock: definition.clock,
    quantiles: definition.quantiles,
    withinThresholdsMs: definition.withinThresholdsMs,
    relativeAccuracy: definition.relativeAccuracy ?? 0.01,
    countBotReplies: definition.countBotReplies ?? false,
    extraQuantiles: definition.extraQuantiles ?? [],
    breakdowns: definition.breakdowns ?? DEFAULT_BREAKDOWNS,
    timeZone: definition.timeZone ?? 'UTC',
    threading: definition.threading ?? DEFAULT_THREADING,
    calendar: definition.calendar,
    sla: definition.sla ?? false,
    backlogAt: definition.backlogAt,
  };
}

/**
 * The default thresholds of "responded within": 15 minutes, 1 hour, 24 hours.
 *
 * @example
 * ```ts
 * computeKpis(conversations, { withinThresholdsMs: [...DEFAULT_WITHIN_THRESHOLDS_MS, 4 * 3_600_000] });
 * ```
 */
export const DEFAULT_WITHIN_THRESHOLDS_MS: readonly number[] = [900_000, 3_600_000, 86_400_000];

const fn = z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', {
  message: 'expected a function',
});

/**
 * zod schema of {@link KpiOptions}.
 *
 * @example
 * ```ts
 * KpiOptionsSchema.parse({ quantiles: 'sketch' });
 * ```
 */
export const KpiOptionsSchema = z.object({
  clock: z.enum(['calendar', 'business']).optional(),
  calendar: z
    .custom<KpiCalendar>(
      (value) =>
        typeof value === 'object' && value !== null && typeof (value as KpiCalendar).elapsed === 'function',
      { message: 'expected a calendar with elapsed(from, to), e.g. from createBusinessCalendar' },
    )
    .optional(),
  withinThresholdsMs: z.array(z.number().int().nonnegative()).optional(),
  countBotReplies: z.boolean().optional(),
  quantiles: z.enum(['exact', 'sketch']).optional(),
  relativeAccuracy: z.number().gt(0).lt(1).optional(),
  extraQuantiles: z.array(z.number().min(0).max(1)).optional(),
  breakdowns: z.array(z.enum(['account', 'platform', 'hour-of-week', 'agent'])).optional(),
  timeZone: z.string().min(1).optional(),
  brandAccounts: z.array(z.string().min(1)).optional(),
  threading: z
    .object({
      privateGapMs: z.number().nonnegative().optional(),
      linkPrivateToPublic: z.boolean().optional(),
      linkWindowMs: z.number().nonnegative().optional(),
    })
    .optional(),
  agentOf: fn.optional(),
  sla: fn.optional(),
  backlogAt: z.number().finite().optional(),
});

/**
 * Validates options and applies the defaults.
 * @internal
 */
export function resolveKpiOptions(input: KpiOptions = {}): ResolvedKpiOptions {
  parseWithSchema(KpiOptionsSchema, input, 'KPI options');
  const options = input;
  const clock = options.clock ?? 'calendar';
  if (clock === 'business' && options.calendar === undefined) {
    throw new CareValidationError(
      'Invalid KPI options: clock "business" needs a calendar (pass `calendar: createBusinessCalendar(...)`).',
      [{ path: ['calendar'], message: 'required when clock is "business"' }],
    );
  }
  if (options.timeZone !== undefined) checkTimeZone(options.timeZone);
  const quantiles = options.quantiles ?? 'exact';
  const relativeAccuracy = options.relativeAccuracy ?? 0.01;
  const thresholds = [...new Set(options.withinThresholdsMs ?? DEFAULT_WITHIN_THRESHOLDS_MS)].sort(
    (a, b) => a - b,
  );
  const breakdowns = KPI_BREAKDOWNS.filter((b) => (options.breakdowns ?? DEFAULT_BREAKDOWNS).includes(b));
  const settings: KpiSettings = {
    clock,
    quantiles,
    withinThresholdsMs: thresholds,
    relativeAccuracy,
    countBotReplies: options.countBotReplies ?? false,
    extraQuantiles: [...new Set(options.extraQuantiles ?? [])].sort((a, b) => a - b),
    breakdowns,
    timeZone: options.timeZone ?? options.calendar?.timeZone ?? 'UTC',
    threading: {
      privateGapMs: options.threading?.privateGapMs ?? DEFAULT_THREADING.privateGapMs,
      linkPrivateToPublic: options.threading?.linkPrivateToPublic ?? DEFAULT_THREADING.linkPrivateToPublic,
      linkWindowMs: options.threading?.linkWindowMs ?? DEFAULT_THREADING.linkWindowMs,
    },
    calendar: clock === 'business' ? describeCalendar(options.calendar!) : undefined,
    sla: options.sla !== undefined,
    backlogAt: options.backlogAt,
  };
  return { settings, definition: definitionOf(settings), options, relativeAccuracy };
}

function describeCalendar(calendar: KpiCalendar): string {
  try {
    return calendar.describe?.() ?? calendar.name ?? 'custom calendar';
  } catch {
    return calendar.name ?? 'custom calendar';
  }
}

function checkTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch (cause) {
    throw new CareValidationError(
      `Invalid KPI options: timeZone "${timeZone}" is not an IANA time zone (e.g. "Europe/Amsterdam").`,
      [{ path: ['timeZone'], message: 'expected an IANA time zone' }],
      { cause },
    );
  }
}

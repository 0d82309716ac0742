import { z } from 'zod';
import { createBusinessCalendar } from '../calendar/create-business-calendar';
import type { BusinessCalendarInput } from '../calendar/types';
import { InstantSchema } from '../conversation/instant-schema';
import { type Platform, PlatformSchema, type Visibility, VisibilitySchema } from '../conversation/platform';
import {
  type ConversationStatus,
  ConversationStatusSchema,
  type Priority,
  PrioritySchema,
} from '../conversation/status';
import { toDuration } from '../shared/duration';
import { CareValidationError, type ValidationIssue } from '../shared/errors';
import { describeIssues, parseWithSchema } from '../shared/validate';
import { alwaysOpenCalendar } from './always-open-calendar';
import { SLA_METRICS, type SlaMetric } from './metric';
import { fastArithmetic } from './open-time-index';
import { isSlaCalendar, type SlaCalendar } from './sla-calendar';

/** Targets in milliseconds; a metric without a target is not measured. */
export type SlaTargets = Readonly<Partial<Record<SlaMetric, number>>>;

/** When to warn: `before` ms before the due instant, or once `share` (0-1) of the target is used. */
export type SlaWarning = { readonly before: number } | { readonly share: number };

/** Conditions of a rule; every given condition must hold (lists mean "any of"). */
export interface SlaConditions {
  /** The conversation's platform is one of these. */
  readonly platform?: readonly Platform[] | undefined;
  /** The clock's customer message (or brand update) is public or private. */
  readonly visibility?: Visibility | undefined;
  /** The conversation's brand account is one of these. */
  readonly account?: readonly string[] | undefined;
  /** The conversation's priority is one of these. */
  readonly priority?: readonly Priority[] | undefined;
  /** The conversation carries at least one of these tags. */
  readonly tags?: readonly string[] | undefined;
}

/** What is in force for a clock: the policy's defaults, or the first matching rule. */
export interface SlaTerms {
  /** The name of the matched rule; `undefined` for the policy's defaults. */
  readonly rule: string | undefined;
  /** Targets in milliseconds. */
  readonly targets: SlaTargets;
  /** The warning threshold, if any. */
  readonly warning: SlaWarning | undefined;
  /** The calendar the time is measured in (always open for `clock: 'calendar'`). */
  readonly calendar: SlaCalendar;
  /** The calendar's name in `calendars`, when it was given by name. */
  readonly calendarName: string | undefined;
  /** @internal The arithmetic used for `calendar` (a cached interval index when it can list open intervals). */
  readonly arithmetic: SlaCalendar;
}

/** A rule of a parsed policy: its conditions and its (merged) terms. */
export interface SlaRule extends SlaTerms {
  readonly rule: string;
  readonly when: SlaConditions;
}

/**
 * A validated SLA policy, made by {@link createSlaPolicy}. Plain data plus calendar objects.
 *
 * @example
 * ```ts
 * const policy: SlaPolicy = createSlaPolicy({ targets: { firstResponse: '1h' } });
 * policy.defaults.targets.firstResponse; // 3600000
 * ```
 */
export interface SlaPolicy {
  readonly kind: 'sla-policy';
  readonly name: string;
  /** From when this version applies (for policy changes over time); `undefined` = always. */
  readonly effectiveFrom: number | undefined;
  /** `business`: time counts only while the calendar is open; `calendar`: every millisecond counts. */
  readonly clock: 'business' | 'calendar';
  /** Statuses that pause every clock. */
  readonly pauseStatuses: readonly ConversationStatus[];
  /** Whether bot replies fulfil response clocks. */
  readonly countBotReplies: boolean;
  /** Whether a customer message ends a `pending-customer` pause before the status changes. */
  readonly resumeOnCustomerMessage: boolean;
  /** The terms when no rule matches. */
  readonly defaults: SlaTerms;
  /** The rules, in order: the first that matches sets the terms. */
  readonly rules: readonly SlaRule[];
}

/** A calendar given to a policy: a calendar object, calendar input (hours) or a name in `calendars`. */
export type SlaCalendarReference = SlaCalendar | BusinessCalendarInput | string;

const oneOrMany = <T extends z.ZodType>(schema: T) =>
  z.union([schema, z.array(schema).min(1)]).transform((value) => (Array.isArray(value) ? value : [value]));

const TargetSchema = z.union([z.number(), z.string()]).transform((value, ctx): number => {
  if (typeof value === 'number' && value <= 0) {
    ctx.addIssue({
      code: 'custom',
      message: `impossible target ${value}: an SLA target must be longer than zero`,
    });
    return z.NEVER;
  }
  let ms: number;
  try {
    ms = toDuration(value, 'target');
  } catch {
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value)} is not a duration (use milliseconds, '1h30m' or 'PT1H30M')`,
    });
    return z.NEVER;
  }
  if (ms <= 0) {
    ctx.addIssue({
      code: 'custom',
      message: `impossible target ${JSON.stringify(value)}: an SLA target must be longer than zero`,
    });
    return z.NEVER;
  }
  return ms;
});

const TargetsSchema = z
  .object({
    firstResponse: TargetSchema.nullable().optional(),
    nextResponse: TargetSchema.nullable().optional(),
    periodicUpdate: TargetSchema.nullable().optional(),
    resolution: TargetSchema.nullable().optional(),
  })
  .strict();

const WarningSchema = z.union([
  z.object({ before: TargetSchema }).strict(),
  z.object({ share: z.number().gt(0, 'share must be above 0').lt(1, 'share must be below 1') }).strict(),
  z.string().transform((value, ctx) => {
    try {
      return { before: toDuration(value, 'warning') };
    } catch {
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} is not a duration` });
      return z.NEVER;
    }
  }),
]);

const CalendarReferenceSchema = z.union([
  z.string().min(1),
  z.custom<SlaCalendar | BusinessCalendarInput>((value) => isSlaCalendar(value) || isCalendarInput(value), {
    message:
      'expected a calendar (from createBusinessCalendar), calendar hours ({ timeZone, week }) or a name in calendars',
  }),
]);

const ConditionsSchema = z
  .object({
    platform: oneOrMany(PlatformSchema).optional(),
    visibility: VisibilitySchema.optional(),
    account: oneOrMany(z.string().min(1)).optional(),
    priority: oneOrMany(PrioritySchema).optional(),
    tags: oneOrMany(z.string().min(1)).optional(),
  })
  .strict();

const RuleSchema = z
  .object({
    name: z.string().min(1).optional(),
    when: ConditionsSchema.default({}),
    targets: TargetsSchema.default({}),
    warning: WarningSchema.nullable().optional(),
    calendar: CalendarReferenceSchema.optional(),
  })
  .strict();

/**
 * The zod schema of {@link createSlaPolicy}'s input (before calendars are resolved and targets checked).
 *
 * @example
 * ```ts
 * SlaPolicyInputSchema.safeParse({ targets: { firstResponse: '1h' } }).success; // true
 * ```
 */
export const SlaPolicyInputSchema = z
  .object({
    name: z.string().min(1).optional(),
    effectiveFrom: InstantSchema.optional(),
    clock: z.enum(['business', 'calendar']).optional(),
    calendar: CalendarReferenceSchema.optional(),
    calendars: z.record(z.string().min(1), CalendarReferenceSchema).optional(),
    targets: TargetsSchema.default({}),
    rules: z.array(RuleSchema).default([]),
    pauseStatuses: z.array(ConversationStatusSchema).default(['pending-customer']),
    warning: WarningSchema.optional(),
    countBotReplies: z.boolean().default(false),
    resumeOnCustomerMessage: z.boolean().default(false),
  })
  .strict();

/** Targets as accepted by {@link createSlaPolicy}: durations (`'1h'`, `'PT4H'`, ms), `null` = not measured. */
export type SlaTargetsInput = Partial<Record<SlaMetric, number | string | null>>;

/** A rule as accepted by {@link createSlaPolicy}. */
export interface SlaRuleInput {
  /** A label, reported with every clock it sets (default `rule-1`, `rule-2`, ...). */
  readonly name?: string;
  /** The conditions (alias `conditions`); every given one must hold; lists mean "any of". */
  readonly when?: {
    readonly platform?: Platform | readonly Platform[];
    readonly visibility?: Visibility;
    /** Alias `accountId`. */
    readonly account?: string | readonly string[];
    readonly priority?: Priority | readonly Priority[];
    readonly tags?: string | readonly string[];
  };
  /** Targets, merged over the policy's targets (`null` removes one). */
  readonly targets?: SlaTargetsInput;
  /** A warning for this rule (`null` removes the policy's). */
  readonly warning?: SlaWarningInput | null;
  /** Another calendar for this rule: a calendar, calendar hours or a name in `calendars`. */
  readonly calendar?: SlaCalendarReference;
}

/** A warning as accepted by {@link createSlaPolicy}: `{ before: '15m' }`, `'15m'` or `{ share: 0.8 }`. */
export type SlaWarningInput = { readonly before: number | string } | { readonly share: number } | string;

/**
 * The input of {@link createSlaPolicy}.
 *
 * @example
 * ```ts
 * const input: SlaPolicyInput = { calendar: 'emea', calendars: { emea }, targets: { resolution: 'P2D' } };
 * ```
 */
export interface SlaPolicyInput {
  /** A label for reports (default `sla`). */
  readonly name?: string;
  /** From when this version applies, when a policy changes over time (see `replaySla`). */
  readonly effectiveFrom?: Date | number | string;
  /** `business` (default when a calendar is given) or `calendar` (every millisecond counts). */
  readonly clock?: 'business' | 'calendar';
  /** The business calendar: a calendar object, calendar hours, or the name of one in `calendars`. */
  readonly calendar?: SlaCalendarReference;
  /** Named calendars that `calendar` and rules refer to by name. */
  readonly calendars?: Readonly<Record<string, SlaCalendar | BusinessCalendarInput>>;
  /** Default targets. */
  readonly targets?: SlaTargetsInput;
  /** Rules in order; the first whose conditions hold sets the targets (merged over the defaults). */
  readonly rules?: readonly SlaRuleInput[];
  /** Statuses that pause every clock (default `['pending-customer']`; alias `pausingStatuses`). */
  readonly pauseStatuses?: readonly ConversationStatus[];
  /** Warn this long before the due instant, or once this share of the target is used. */
  readonly warning?: SlaWarningInput;
  /** Whether bot replies fulfil response clocks (default `false`). */
  readonly countBotReplies?: boolean;
  /**
   * End a `pending-customer` pause at the customer's next message, even if nobody changed the status
   * yet (default `false`: pauses are exactly the model's status intervals).
   */
  readonly resumeOnCustomerMessage?: boolean;
}

/**
 * Validates an SLA policy: targets per metric, rules with conditions (first match wins), the clock
 * (`business` with a calendar, or `calendar`), the pausing statuses and the warning threshold.
 *
 * Rules' targets are merged over the policy's targets; `null` removes a metric for that rule.
 *
 * @throws CareValidationError naming the field: a target that is zero, negative or not a duration, a
 *   warning not shorter than its target, a business clock without a calendar, a calendar name missing
 *   from `calendars`, a policy without any target
 * @example
 * ```ts
 * import { createBusinessCalendar } from 'socialcare/calendar';
 * import { createSlaPolicy } from 'socialcare/sla';
 *
 * const policy = createSlaPolicy({
 *   calendar: createBusinessCalendar({ timeZone: 'Europe/Amsterdam', week: { mon: [['09:00', '17:00']] } }),
 *   targets: { firstResponse: '1h', nextResponse: '2h', resolution: 'PT24H' },
 *   rules: [{ name: 'urgent', when: { priority: 'urgent' }, targets: { firstResponse: '15m' } }],
 *   warning: { share: 0.8 },
 * });
 * ```
 */
export function createSlaPolicy(input: SlaPolicyInput): SlaPolicy {
  const parsed = parseWithSchema(SlaPolicyInputSchema, normalizeAliases(input), 'SLA policy');
  const issues: ValidationIssue[] = [];
  const clock = parsed.clock ?? (parsed.calendar === undefined ? 'calendar' : 'business');
  const named = new Map<string, SlaCalendar>();
  const resolve = (
    reference: SlaCalendar | BusinessCalendarInput | string | undefined,
    path: (string | number)[],
  ): { calendar: SlaCalendar; name: string | undefined } | undefined => {
    if (reference === undefined) return undefined;
    if (typeof reference === 'string') {
      const found = named.get(reference);
      if (found) return { calendar: found, name: reference };
      const known = [...named.keys()];
      issues.push({
        path,
        message: `references calendar "${reference}", which is not in calendars (${
          known.length === 0 ? 'no calendars were given' : `known: ${known.join(', ')}`
        })`,
      });
      return undefined;
    }
    return { calendar: toCalendar(reference, path, issues), name: undefined };
  };
  for (const [name, value] of Object.entries(parsed.calendars ?? {})) {
    if (typeof value === 'string') {
      issues.push({
        path: ['calendars', name],
        message: 'expected a calendar or calendar hours, not a name',
      });
      continue;
    }
    named.set(name, toCalendar(value, ['calendars', name], issues));
  }
  const base = resolve(parsed.calendar, ['calendar']);
  if (clock === 'business' && parsed.calendar === undefined) {
    issues.push({
      path: ['calendar'],
      message: "clock 'business' needs a calendar (pass calendar, or use clock: 'calendar')",
    });
  }
  const pick = (found: { calendar: SlaCalendar; name: string | undefined } | undefined) =>
    clock === 'calendar' || !found ? { calendar: alwaysOpenCalendar, name: undefined } : found;

  const defaultTargets = cleanTargets(parsed.targets);
  const defaultWarning = parsed.warning;
  const baseCalendar = pick(base);
  const defaults: SlaTerms = {
    rule: undefined,
    targets: defaultTargets,
    warning: defaultWarning,
    calendar: baseCalendar.calendar,
    calendarName: baseCalendar.name,
    arithmetic: fastArithmetic(baseCalendar.calendar),
  };
  checkWarning(defaults, ['warning'], issues);
  let anyTarget = Object.keys(defaultTargets).length > 0;
  const rules: SlaRule[] = parsed.rules.map((rule, index) => {
    const targets: Partial<Record<SlaMetric, number>> = { ...defaultTargets };
    for (const metric of SLA_METRICS) {
      const value = rule.targets[metric];
      if (value === null) delete targets[metric];
      else if (value !== undefined) targets[metric] = value;
    }
    if (Object.keys(targets).length > 0) anyTarget = true;
    const calendar =
      rule.calendar === undefined ? baseCalendar : pick(resolve(rule.calendar, ['rules', index, 'calendar']));
    const terms: SlaRule = {
      rule: rule.name ?? `rule-${index + 1}`,
      when: rule.when,
      targets,
      warning: rule.warning === null ? undefined : (rule.warning ?? defaultWarning),
      calendar: calendar.calendar,
      calendarName: calendar.name,
      arithmetic: fastArithmetic(calendar.calendar),
    };
    checkWarning(terms, ['rules', index, 'warning'], issues);
    return terms;
  });
  if (!anyTarget) {
    issues.push({
      path: ['targets'],
      message: 'no metric has a target: set at least one (e.g. firstResponse: "1h")',
    });
  }
  if (issues.length > 0) throw new CareValidationError(describeIssues('SLA policy', issues), issues);
  return {
    kind: 'sla-policy',
    name: parsed.name ?? 'sla',
    effectiveFrom: parsed.effectiveFrom,
    clock,
    pauseStatuses: [...new Set(parsed.pauseStatuses)],
    countBotReplies: parsed.countBotReplies,
    resumeOnCustomerMessage: parsed.resumeOnCustomerMessage,
    defaults,
    rules,
  };
}

function cleanTargets(input: Partial<Record<SlaMetric, number | null | undefined>>): SlaTargets {
  const out: Partial<Record<SlaMetric, number>> = {};
  for (const metric of SLA_METRICS) {
    const value = input[metric];
    if (typeof value === 'number') out[metric] = value;
  }
  return out;
}

function checkWarning(terms: SlaTerms, path: (string | number)[], issues: ValidationIssue[]): void {
  const warning = terms.warning;
  if (!warning || !('before' in warning)) return;
  for (const metric of SLA_METRICS) {
    const target = terms.targets[metric];
    if (target !== undefined && warning.before >= target) {
      issues.push({
        path,
        message: `impossible warning: ${warning.before} ms before due is not shorter than the ${metric} target of ${target} ms${
          terms.rule ? ` (rule "${terms.rule}")` : ''
        }`,
      });
      return;
    }
  }
}

function isCalendarInput(value: unknown): value is BusinessCalendarInput {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { timeZone?: unknown }).timeZone === 'string'
  );
}

function toCalendar(
  value: SlaCalendar | BusinessCalendarInput,
  path: (string | number)[],
  issues: ValidationIssue[],
): SlaCalendar {
  if (isSlaCalendar(value)) return value;
  try {
    return createBusinessCalendar(value) as unknown as SlaCalendar;
  } catch (error) {
    const inner =
      CareValidationError.isInstance(error) && error instanceof CareValidationError ? error.issues : [];
    const first = inner[0];
    issues.push({
      path: first ? [...path, ...first.path] : path,
      message: first ? first.message : error instanceof Error ? error.message : String(error),
    });
    return alwaysOpenCalendar;
  }
}

function normalizeAliases(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  let record = input as Record<string, unknown>;
  for (const alias of ['pausingStatuses', 'pauseOn'] as const) {
    if (alias in record && !('pauseStatuses' in record)) {
      const { [alias]: statuses, ...rest } = record;
      record = { ...rest, pauseStatuses: statuses };
    }
  }
  if (!Array.isArray(record.rules)) return record;
  return {
    ...record,
    rules: record.rules.map((rule: unknown) => {
      if (typeof rule !== 'object' || rule === null) return rule;
      const { conditions, match, ...rest } = rule as Record<string, unknown>;
      const when = (rest.when ?? conditions ?? match) as Record<string, unknown> | undefined;
      if (when === undefined) return rest;
      if (typeof when === 'object' && when !== null && 'accountId' in when && !('account' in when)) {
        const { accountId, ...others } = when;
        return { ...rest, when: { ...others, account: accountId } };
      }
      return { ...rest, when };
    }),
  };
}

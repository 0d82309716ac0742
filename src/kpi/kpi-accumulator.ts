import { z } from 'zod';
import type { Conversation } from '../conversation';
import { CareValidationError } from '../shared/errors';
import { parseWithSchema } from '../shared/validate';
import { hourOfWeekIn, hourOfWeekLabel } from './hour-of-week';
import { KpiBucket, type KpiBucketJson } from './kpi-bucket';
import {
  definitionOf,
  type KpiDefinition,
  type KpiOptions,
  type KpiSettings,
  type ResolvedKpiOptions,
  resolveKpiOptions,
  settingsOf,
} from './kpi-options';
import type { KpiReport } from './kpi-report';
import type { Kpis } from './kpis';
import {
  createMeasurement,
  type MeasureContext,
  type Measurement,
  measureConversation,
} from './measure-conversation';

/** The JSON form of a {@link KpiAccumulator}: a partial that another process can merge. */
export interface KpiAccumulatorJson {
  readonly version: 1;
  readonly definition: KpiDefinition;
  readonly overall: KpiBucketJson;
  readonly byAccount: Readonly<Record<string, KpiBucketJson>>;
  /** Unanswered conversations not yet attributed: the accounts they addressed, and their figures. */
  readonly pending: readonly { readonly candidates: readonly string[]; readonly bucket: KpiBucketJson }[];
  readonly byPlatform?: Readonly<Record<string, KpiBucketJson>>;
  readonly byHourOfWeek?: Readonly<Record<string, KpiBucketJson>>;
  readonly byAgent?: Readonly<Record<string, KpiBucketJson>>;
  readonly skipped: { readonly brandInitiated: number; readonly orphan: number };
  /** Accounts seen sending brand messages. */
  readonly brands: readonly string[];
}

const BucketJsonSchema = z.looseObject({
  counts: z.array(z.number()),
  within: z.array(z.number()),
  byPlatform: z.record(z.string(), z.number()),
  byHourOfWeek: z.array(z.number()),
  sla: z.record(z.string(), z.tuple([z.number(), z.number()])),
  firstResponseMs: z.looseObject({}),
  replyMs: z.looseObject({}),
  resolutionMs: z.looseObject({}),
  backlogAgeMs: z.looseObject({}),
});
const AccumulatorJsonSchema = z.looseObject({
  version: z.literal(1),
  definition: z.looseObject({
    clock: z.enum(['calendar', 'business']),
    quantiles: z.enum(['exact', 'sketch']),
    withinThresholdsMs: z.array(z.number()),
  }),
  overall: BucketJsonSchema,
  byAccount: z.record(z.string(), BucketJsonSchema),
  pending: z.array(z.object({ candidates: z.array(z.string()), bucket: BucketJsonSchema })),
  byPlatform: z.record(z.string(), BucketJsonSchema).optional(),
  byHourOfWeek: z.record(z.string(), BucketJsonSchema).optional(),
  byAgent: z.record(z.string(), BucketJsonSchema).optional(),
  skipped: z.object({ brandInitiated: z.number(), orphan: z.number() }),
  brands: z.array(z.string()),
});

const SEPARATOR = '\u0000';

/**
 * Adds up KPI figures one conversation at a time. Partials merge exactly (counts) and, in
 * `sketch` mode, within the sketch's relative error (quantiles); `merge` is associative and
 * commutative, so shards can be combined in any order. Create one with {@link createKpiAccumulator}.
 *
 * @example
 * ```ts
 * const a = createKpiAccumulator({ quantiles: 'sketch' });
 * for (const c of shardA) a.add(c);
 * const b = KpiAccumulator.fromJSON(JSON.parse(partialFromAnotherMachine));
 * a.merge(b).report().overall.firstResponseMs.median;
 * ```
 */
export class KpiAccumulator {
  /** The definition every figure follows. */
  readonly definition: KpiDefinition;
  private readonly settings: KpiSettings;
  private readonly resolved: ResolvedKpiOptions;
  /**
   * The measured conversations in no account or pending bucket. The overall figures are these
   * plus every account and pending bucket, added up when reporting: each conversation is added to
   * one bucket instead of two (the overall one and its account's), which halves the work and the
   * values kept in exact mode.
   */
  private readonly rest: KpiBucket;
  private measuredCount = 0;
  private readonly byAccount = new Map<string, KpiBucket>();
  private readonly pending = new Map<string, KpiBucket>();
  private readonly byPlatform: Map<string, KpiBucket> | undefined;
  private readonly byHourOfWeek: Map<string, KpiBucket> | undefined;
  private readonly byAgent: Map<string, KpiBucket> | undefined;
  private readonly brands = new Set<string>();
  private brandInitiated = 0;
  private orphan = 0;
  private readonly context: MeasureContext;
  private readonly measurement: Measurement = createMeasurement();
  private lastAccount: string | undefined;
  private lastAccountBucket: KpiBucket | undefined;

  /** @internal Use {@link createKpiAccumulator}. */
  constructor(resolved: ResolvedKpiOptions) {
    this.resolved = resolved;
    this.definition = resolved.definition;
    this.settings = resolved.settings;
    const settings = resolved.settings;
    this.rest = this.bucket();
    this.byPlatform = settings.breakdowns.includes('platform') ? new Map() : undefined;
    this.byHourOfWeek = settings.breakdowns.includes('hour-of-week') ? new Map() : undefined;
    this.byAgent = settings.breakdowns.includes('agent') ? new Map() : undefined;
    for (const account of resolved.options.brandAccounts ?? []) this.brands.add(account);
    const calendar = resolved.options.calendar;
    const brands = this.brands;
    const elapsed =
      settings.clock === 'business' && calendar
        ? (from: number, to: number): number => Math.max(0, calendar.elapsed(from, to))
        : (from: number, to: number): number => (to > from ? to - from : 0);
    this.context = {
      countBotReplies: settings.countBotReplies,
      elapsed,
      hourOfWeek: hourOfWeekIn(settings.timeZone),
      backlogAt: settings.backlogAt,
      agents: this.byAgent !== undefined,
      agentOf: resolved.options.agentOf,
      sla: resolved.options.sla,
      onBrand: (account) => {
        brands.add(account);
      },
    };
  }

  /** Adds one conversation. Conversations the brand started, and orphans, are counted in `skipped`. */
  add(conversation: Conversation): this {
    const m = this.measurement;
    measureConversation(conversation, this.context, m);
    if (m.origin !== 'customer') {
      if (m.origin === 'brand') this.brandInitiated++;
      else if (m.origin === 'orphan') this.orphan++;
      return this;
    }
    const facts = m.facts;
    const replies = m.replies;
    const count = m.replyCount;
    this.measuredCount++;
    let accountBucket: KpiBucket;
    if (m.account !== undefined) accountBucket = this.accountBucket(m.account);
    else if (m.candidates.length > 0)
      accountBucket = this.bucketIn(this.pending, m.candidates.join(SEPARATOR));
    else accountBucket = this.rest;
    accountBucket.addConversation(facts);
    accountBucket.addReplies(replies, count);
    if (this.byPlatform) {
      const bucket = this.bucketIn(this.byPlatform, facts.platform);
      bucket.addConversation(facts);
      bucket.addReplies(replies, count);
    }
    if (this.byHourOfWeek) {
      const bucket = this.bucketIn(this.byHourOfWeek, hourOfWeekLabel(facts.hourOfWeek));
      bucket.addConversation(facts);
      bucket.addReplies(replies, count);
    }
    if (this.byAgent) {
      if (m.ownerAgent !== undefined) this.bucketIn(this.byAgent, m.ownerAgent).addConversation(facts);
      for (let i = 0; i < count; i++) {
        const agent = m.replyAgents[i];
        if (agent !== undefined) this.bucketIn(this.byAgent, agent).addReply(replies[i]!);
      }
    }
    return this;
  }

  /** Adds every conversation of an iterable. */
  addAll(conversations: Iterable<Conversation>): this {
    for (const conversation of conversations) this.add(conversation);
    return this;
  }

  /**
   * Adds the figures of another accumulator (from another shard, worker or machine) to this one.
   *
   * @throws CareValidationError when the two were built with different definitions
   */
  merge(other: KpiAccumulator): this {
    if (stableStringify(other.definition) !== stableStringify(this.definition)) {
      throw new CareValidationError(
        'Cannot merge KPI accumulators built with different definitions: use the same options (clock, quantiles, thresholds, breakdowns...) on every shard.',
        [{ path: ['definition'], message: 'definitions differ' }],
      );
    }
    this.rest.merge(other.rest);
    this.measuredCount += other.measuredCount;
    mergeMaps(this.byAccount, other.byAccount, () => this.bucket());
    mergeMaps(this.pending, other.pending, () => this.bucket());
    if (this.byPlatform && other.byPlatform)
      mergeMaps(this.byPlatform, other.byPlatform, () => this.bucket());
    if (this.byHourOfWeek && other.byHourOfWeek)
      mergeMaps(this.byHourOfWeek, other.byHourOfWeek, () => this.bucket());
    if (this.byAgent && other.byAgent) mergeMaps(this.byAgent, other.byAgent, () => this.bucket());
    for (const brand of other.brands) this.brands.add(brand);
    this.brandInitiated += other.brandInitiated;
    this.orphan += other.orphan;
    return this;
  }

  /** The partial as plain JSON (canonical: equal figures give equal JSON). */
  toJSON(): KpiAccumulatorJson {
    const json: {
      -readonly [K in keyof KpiAccumulatorJson]: KpiAccumulatorJson[K];
    } = {
      version: 1,
      definition: this.definition,
      overall: this.overallBucket().toJSON(),
      byAccount: mapToJson(this.byAccount),
      pending: [...this.pending]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, bucket]) => ({ candidates: key.split(SEPARATOR), bucket: bucket.toJSON() })),
      skipped: { brandInitiated: this.brandInitiated, orphan: this.orphan },
      brands: [...this.brands].sort(),
    };
    if (this.byPlatform) json.byPlatform = mapToJson(this.byPlatform);
    if (this.byHourOfWeek) json.byHourOfWeek = mapToJson(this.byHourOfWeek);
    if (this.byAgent) json.byAgent = mapToJson(this.byAgent);
    return json;
  }

  /**
   * Restores an accumulator from {@link KpiAccumulator.toJSON}. Pass the options that cannot travel
   * as JSON (`calendar`, `agentOf`, `sla`) to keep adding conversations to it.
   *
   * @throws CareValidationError when `json` is not an accumulator partial
   * @example
   * ```ts
   * const merged = partials.map((p) => KpiAccumulator.fromJSON(JSON.parse(p))).reduce((a, b) => a.merge(b));
   * ```
   */
  static fromJSON(
    json: unknown,
    options: Pick<KpiOptions, 'calendar' | 'agentOf' | 'sla'> = {},
  ): KpiAccumulator {
    const data = parseWithSchema(
      AccumulatorJsonSchema,
      json,
      'KPI accumulator JSON',
    ) as unknown as KpiAccumulatorJson;
    // canonical form: a partial written with every choice spelt out merges with one that omits defaults
    const settings = settingsOf(data.definition);
    const accumulator = new KpiAccumulator({
      settings,
      definition: definitionOf(settings),
      options: {
        ...options,
        ...(settings.backlogAt === undefined ? {} : { backlogAt: settings.backlogAt }),
      },
      relativeAccuracy: settings.relativeAccuracy,
    });
    const restore = (bucket: KpiBucketJson): KpiBucket =>
      KpiBucket.fromJSON(bucket, settings, accumulator.resolved.relativeAccuracy);
    for (const [key, bucket] of Object.entries(data.byAccount))
      accumulator.byAccount.set(key, restore(bucket));
    for (const entry of data.pending)
      accumulator.pending.set(entry.candidates.join(SEPARATOR), restore(entry.bucket));
    const fill = (
      target: Map<string, KpiBucket> | undefined,
      source: Readonly<Record<string, KpiBucketJson>> | undefined,
    ): void => {
      if (!target || !source) return;
      for (const [key, bucket] of Object.entries(source)) target.set(key, restore(bucket));
    };
    fill(accumulator.byPlatform, data.byPlatform);
    fill(accumulator.byHourOfWeek, data.byHourOfWeek);
    fill(accumulator.byAgent, data.byAgent);
    // the partial's overall figures include its account and pending buckets': keep the rest
    const rest = accumulator.rest;
    rest.merge(restore(data.overall));
    try {
      rest.subtractAll([...accumulator.byAccount.values(), ...accumulator.pending.values()]);
    } catch (cause) {
      throw new CareValidationError(
        'Invalid KPI accumulator JSON: the overall figures do not include those of byAccount and pending.',
        [{ path: ['overall'], message: 'smaller than the sum of byAccount and pending' }],
        { cause },
      );
    }
    accumulator.measuredCount =
      rest.conversations + sumConversations(accumulator.byAccount) + sumConversations(accumulator.pending);
    for (const brand of data.brands) accumulator.brands.add(brand);
    accumulator.brandInitiated = data.skipped.brandInitiated;
    accumulator.orphan = data.skipped.orphan;
    return accumulator;
  }

  /** Measured conversations added so far. */
  get measured(): number {
    return this.measuredCount;
  }

  /**
   * The report. Unanswered conversations are attributed here to the first account they addressed
   * that is a known brand (an author of brand messages, or listed in `brandAccounts`).
   */
  report(): KpiReport {
    const overall = this.overallBucket();
    const byAccountBuckets = new Map<string, KpiBucket>();
    for (const [account, bucket] of this.byAccount) byAccountBuckets.set(account, bucket);
    const known = new Map<string, string>();
    for (const brand of this.brands)
      if (!known.has(brand.toLowerCase())) known.set(brand.toLowerCase(), brand);
    for (const brand of this.byAccount.keys())
      if (!known.has(brand.toLowerCase())) known.set(brand.toLowerCase(), brand);
    const copies = new Set<KpiBucket>();
    for (const [key, bucket] of [...this.pending].sort(([a], [b]) => (a < b ? -1 : 1))) {
      let account: string | undefined;
      for (const candidate of key.split(SEPARATOR)) {
        account = known.get(candidate.toLowerCase());
        if (account !== undefined) break;
      }
      if (account === undefined) continue;
      let target = byAccountBuckets.get(account);
      if (!target || !copies.has(target)) {
        const copy = target ? target.clone() : this.bucket();
        copies.add(copy);
        byAccountBuckets.set(account, copy);
        target = copy;
      }
      target.merge(bucket);
    }
    let attributed = 0;
    for (const bucket of byAccountBuckets.values()) attributed += bucket.conversations;
    const report: {
      -readonly [K in keyof KpiReport]: KpiReport[K];
    } = {
      definition: this.definition,
      overall: overall.report(),
      byAccount: reportMap(byAccountBuckets),
      skipped: { brandInitiated: this.brandInitiated, orphan: this.orphan },
    };
    const unattributed = overall.conversations - attributed;
    if (unattributed > 0) report.unattributed = unattributed;
    if (this.byPlatform) report.byPlatform = reportMap(this.byPlatform);
    if (this.byHourOfWeek) report.byHourOfWeek = reportMap(this.byHourOfWeek);
    if (this.byAgent) report.byAgent = reportMap(this.byAgent);
    return report;
  }

  /** The overall figures: the rest plus every account and pending bucket. */
  private overallBucket(): KpiBucket {
    const overall = this.rest.clone();
    overall.mergeAll([...this.byAccount.values(), ...this.pending.values()]);
    return overall;
  }

  private bucket(): KpiBucket {
    return new KpiBucket(this.settings, this.resolved.relativeAccuracy);
  }

  /**
   * The bucket of a brand account. Consecutive conversations often share their brand (exports are
   * per brand or sorted), so the last one is kept at hand: one string comparison instead of a map
   * lookup. Buckets are never replaced in `byAccount` once created, so the cached one stays valid.
   */
  private accountBucket(account: string): KpiBucket {
    if (account === this.lastAccount && this.lastAccountBucket !== undefined) return this.lastAccountBucket;
    const bucket = this.bucketIn(this.byAccount, account);
    this.lastAccount = account;
    this.lastAccountBucket = bucket;
    return bucket;
  }

  private bucketIn(map: Map<string, KpiBucket>, key: string): KpiBucket {
    let bucket = map.get(key);
    if (!bucket) {
      bucket = this.bucket();
      map.set(key, bucket);
    }
    return bucket;
  }
}

/**
 * Creates an empty KPI accumulator.
 *
 * @throws CareValidationError when an option is invalid (e.g. `clock: 'business'` without a calendar)
 * @example
 * ```ts
 * const accumulator = createKpiAccumulator({ withinThresholdsMs: [300_000, 3_600_000] });
 * for (const conversation of conversations) accumulator.add(conversation);
 * accumulator.report().overall.responseRate;
 * ```
 */
export function createKpiAccumulator(options: KpiOptions = {}): KpiAccumulator {
  return new KpiAccumulator(resolveKpiOptions(options));
}

function mergeMaps(
  target: Map<string, KpiBucket>,
  source: Map<string, KpiBucket>,
  create: () => KpiBucket,
): void {
  for (const [key, bucket] of source) {
    let mine = target.get(key);
    if (!mine) {
      mine = create();
      target.set(key, mine);
    }
    mine.merge(bucket);
  }
}

function sumConversations(map: Map<string, KpiBucket>): number {
  let sum = 0;
  for (const bucket of map.values()) sum += bucket.conversations;
  return sum;
}

function mapToJson(map: Map<string, KpiBucket>): Record<string, KpiBucketJson> {
  const out: Record<string, KpiBucketJson> = {};
  for (const key of [...map.keys()].sort()) out[key] = map.get(key)!.toJSON();
  return out;
}

function reportMap(map: Map<string, KpiBucket>): Record<string, Kpis> {
  const entries = [...map].sort(
    ([a, x], [b, y]) =>
      y.conversations - x.conversations || y.turnsAnswered - x.turnsAnswered || (a < b ? -1 : a > b ? 1 : 0),
  );
  const out: Record<string, Kpis> = {};
  for (const [key, bucket] of entries) out[key] = bucket.report();
  return out;
}

function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    entry && typeof entry === 'object' && !Array.isArray(entry)
      ? Object.fromEntries(
          Object.entries(entry as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : entry,
  );
}

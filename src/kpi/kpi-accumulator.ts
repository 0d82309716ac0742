import { z } from 'zod';
import type { Conversation } from '../conversation';
import { CareValidationError } from '../shared/errors';
import { parseWithSchema } from '../shared/validate';
import { hourOfWeekIn, hourOfWeekLabel } from './hour-of-week';
import { KpiBucket, type KpiBucketJson } from './kpi-bucket';
import {
  type KpiDefinition,
  type KpiOptions,
  type ResolvedKpiOptions,
  resolveKpiOptions,
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
  private readonly resolved: ResolvedKpiOptions;
  private readonly overall: KpiBucket;
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

  /** @internal Use {@link createKpiAccumulator}. */
  constructor(resolved: ResolvedKpiOptions) {
    this.resolved = resolved;
    this.definition = resolved.definition;
    const definition = resolved.definition;
    this.overall = this.bucket();
    this.byPlatform = definition.breakdowns.includes('platform') ? new Map() : undefined;
    this.byHourOfWeek = definition.breakdowns.includes('hour-of-week') ? new Map() : undefined;
    this.byAgent = definition.breakdowns.includes('agent') ? new Map() : undefined;
    for (const account of resolved.options.brandAccounts ?? []) this.brands.add(account);
    const calendar = resolved.options.calendar;
    const brands = this.brands;
    const elapsed =
      definition.clock === 'business' && calendar
        ? (from: number, to: number): number => Math.max(0, calendar.elapsed(from, to))
        : (from: number, to: number): number => (to > from ? to - from : 0);
    this.context = {
      countBotReplies: definition.countBotReplies,
      elapsed,
      hourOfWeek: hourOfWeekIn(definition.timeZone),
      backlogAt: definition.backlogAt,
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
    this.overall.addConversation(facts);
    for (let i = 0; i < count; i++) this.overall.addReply(replies[i]!);
    let accountBucket: KpiBucket | undefined;
    if (m.account !== undefined) {
      accountBucket = this.byAccount.get(m.account);
      if (!accountBucket) {
        accountBucket = this.bucket();
        this.byAccount.set(m.account, accountBucket);
      }
    } else if (m.candidates.length > 0) {
      const key = m.candidates.join(SEPARATOR);
      accountBucket = this.pending.get(key);
      if (!accountBucket) {
        accountBucket = this.bucket();
        this.pending.set(key, accountBucket);
      }
    }
    if (accountBucket) {
      accountBucket.addConversation(facts);
      for (let i = 0; i < count; i++) accountBucket.addReply(replies[i]!);
    }
    if (this.byPlatform) {
      const bucket = this.bucketIn(this.byPlatform, facts.platform);
      bucket.addConversation(facts);
      for (let i = 0; i < count; i++) bucket.addReply(replies[i]!);
    }
    if (this.byHourOfWeek) {
      const bucket = this.bucketIn(this.byHourOfWeek, hourOfWeekLabel(facts.hourOfWeek));
      bucket.addConversation(facts);
      for (let i = 0; i < count; i++) bucket.addReply(replies[i]!);
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
    this.overall.merge(other.overall);
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
      overall: this.overall.toJSON(),
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
    const definition = data.definition;
    const accumulator = new KpiAccumulator({
      definition,
      options: {
        ...options,
        ...(definition.backlogAt === undefined ? {} : { backlogAt: definition.backlogAt }),
      },
      relativeAccuracy: definition.relativeAccuracy ?? 0.01,
    });
    const restore = (bucket: KpiBucketJson): KpiBucket =>
      KpiBucket.fromJSON(bucket, definition, accumulator.resolved.relativeAccuracy);
    accumulator.overall.merge(restore(data.overall));
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
    for (const brand of data.brands) accumulator.brands.add(brand);
    accumulator.brandInitiated = data.skipped.brandInitiated;
    accumulator.orphan = data.skipped.orphan;
    return accumulator;
  }

  /** Measured conversations added so far. */
  get measured(): number {
    return this.overall.conversations;
  }

  /**
   * The report. Unanswered conversations are attributed here to the first account they addressed
   * that is a known brand (an author of brand messages, or listed in `brandAccounts`).
   */
  report(): KpiReport {
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
      overall: this.overall.report(),
      byAccount: reportMap(byAccountBuckets),
      skipped: { brandInitiated: this.brandInitiated, orphan: this.orphan },
      unattributed: this.overall.conversations - attributed,
    };
    if (this.byPlatform) report.byPlatform = reportMap(this.byPlatform);
    if (this.byHourOfWeek) report.byHourOfWeek = reportMap(this.byHourOfWeek);
    if (this.byAgent) report.byAgent = reportMap(this.byAgent);
    return report;
  }

  private bucket(): KpiBucket {
    return new KpiBucket(this.definition, this.resolved.relativeAccuracy);
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

import type { KpiSettings } from './kpi-options';
import type { KpiBacklog, Kpis } from './kpis';
import { createValueStore, type ValueStore, type ValueStoreJson, valueStoreFromJSON } from './value-store';

/** The facts of one measured conversation that a bucket adds up. @internal */
export interface ConversationFacts {
  platform: string;
  publicRoot: boolean;
  hourOfWeek: number;
  firstResponseMs: number | undefined;
  messages: number;
  inbound: number;
  publicMessages: number;
  turns: number;
  resolved: boolean;
  everResolved: boolean;
  reopened: boolean;
  resolutionMs: number | undefined;
  switched: boolean;
  csatScores: number[];
  npsScores: number[];
  sla: { metric: string; met: boolean }[];
  backlogOpen: boolean;
  backlogAgeMs: number;
  awaitingResponse: boolean;
}

/** The JSON form of a bucket. @internal */
export interface KpiBucketJson {
  readonly counts: readonly number[];
  readonly within: readonly number[];
  readonly byPlatform: Readonly<Record<string, number>>;
  readonly byHourOfWeek: readonly number[];
  readonly sla: Readonly<Record<string, readonly [number, number]>>;
  readonly firstResponseMs: ValueStoreJson;
  readonly replyMs: ValueStoreJson;
  readonly resolutionMs: ValueStoreJson;
  readonly backlogAgeMs: ValueStoreJson;
}

const COUNT_FIELDS = [
  'conversations',
  'responded',
  'turns',
  'turnsAnswered',
  'resolved',
  'everResolved',
  'reopened',
  'switched',
  'publicConversations',
  'messages',
  'inbound',
  'publicMessages',
  'csatCount',
  'csatSatisfied',
  'csatSum',
  'npsCount',
  'promoters',
  'detractors',
  'backlogOpen',
  'awaitingResponse',
] as const;

/**
 * The mergeable figures of one group of conversations: exact counters plus value stores.
 * @internal
 */
export class KpiBucket {
  conversations = 0;
  responded = 0;
  turns = 0;
  turnsAnswered = 0;
  resolved = 0;
  everResolved = 0;
  reopened = 0;
  switched = 0;
  publicConversations = 0;
  messages = 0;
  inbound = 0;
  publicMessages = 0;
  csatCount = 0;
  csatSatisfied = 0;
  csatSum = 0;
  npsCount = 0;
  promoters = 0;
  detractors = 0;
  backlogOpen = 0;
  awaitingResponse = 0;
  readonly within: number[];
  readonly byPlatform = new Map<string, number>();
  readonly byHourOfWeek: number[] = new Array<number>(168).fill(0);
  readonly sla = new Map<string, [met: number, missed: number]>();
  readonly firstResponseMs: ValueStore;
  readonly replyMs: ValueStore;
  readonly resolutionMs: ValueStore;
  readonly backlogAgeMs: ValueStore;
  private readonly thresholds: readonly number[];

  constructor(
    private readonly settings: KpiSettings,
    private readonly relativeAccuracy: number,
    stores?: readonly [ValueStore, ValueStore, ValueStore, ValueStore],
  ) {
    this.thresholds = settings.withinThresholdsMs;
    this.within = new Array<number>(this.thresholds.length).fill(0);
    const make = (): ValueStore => createValueStore(settings.quantiles, relativeAccuracy);
    this.firstResponseMs = stores?.[0] ?? make();
    this.replyMs = stores?.[1] ?? make();
    this.resolutionMs = stores?.[2] ?? make();
    this.backlogAgeMs = stores?.[3] ?? make();
  }

  /** Adds the conversation-level facts (not the turn replies: see {@link addReply}). */
  addConversation(facts: ConversationFacts): void {
    this.conversations++;
    const ms = facts.firstResponseMs;
    if (ms !== undefined) {
      this.responded++;
      this.firstResponseMs.add(ms);
      const thresholds = this.thresholds;
      for (let i = 0; i < thresholds.length; i++) if (ms <= thresholds[i]!) this.within[i]!++;
    }
    this.turns += facts.turns;
    this.messages += facts.messages;
    this.inbound += facts.inbound;
    this.publicMessages += facts.publicMessages;
    if (facts.publicRoot) {
      this.publicConversations++;
      if (facts.switched) this.switched++;
    }
    this.byPlatform.set(facts.platform, (this.byPlatform.get(facts.platform) ?? 0) + 1);
    this.byHourOfWeek[facts.hourOfWeek]!++;
    if (facts.resolved) {
      this.resolved++;
      if (facts.resolutionMs !== undefined) this.resolutionMs.add(facts.resolutionMs);
    }
    if (facts.everResolved) this.everResolved++;
    if (facts.reopened) this.reopened++;
    for (const score of facts.csatScores) {
      this.csatCount++;
      this.csatSum += score;
      if (score >= 4) this.csatSatisfied++;
    }
    for (const score of facts.npsScores) {
      this.npsCount++;
      if (score >= 9) this.promoters++;
      else if (score <= 6) this.detractors++;
    }
    for (const outcome of facts.sla) {
      let entry = this.sla.get(outcome.metric);
      if (!entry) {
        entry = [0, 0];
        this.sla.set(outcome.metric, entry);
      }
      entry[outcome.met ? 0 : 1]++;
    }
    if (facts.backlogOpen) {
      this.backlogOpen++;
      this.backlogAgeMs.add(facts.backlogAgeMs);
    }
    if (facts.awaitingResponse) this.awaitingResponse++;
  }

  /** Adds the reply time of one answered customer turn. */
  addReply(ms: number): void {
    this.turnsAnswered++;
    this.replyMs.add(ms);
  }

  /** Adds the reply times of the first `count` answered turns in `replies`. */
  addReplies(replies: readonly number[], count: number): void {
    this.turnsAnswered += count;
    const store = this.replyMs;
    for (let i = 0; i < count; i++) store.add(replies[i]!);
  }

  merge(other: KpiBucket): void {
    this.mergeCounts(other);
    this.firstResponseMs.merge(other.firstResponseMs);
    this.replyMs.merge(other.replyMs);
    this.resolutionMs.merge(other.resolutionMs);
    this.backlogAgeMs.merge(other.backlogAgeMs);
  }

  /** Merges several buckets: the same as merging them one by one, with one copy of the values. */
  mergeAll(others: readonly KpiBucket[]): void {
    for (const other of others) this.mergeCounts(other);
    this.firstResponseMs.mergeAll(others.map((other) => other.firstResponseMs));
    this.replyMs.mergeAll(others.map((other) => other.replyMs));
    this.resolutionMs.mergeAll(others.map((other) => other.resolutionMs));
    this.backlogAgeMs.mergeAll(others.map((other) => other.backlogAgeMs));
  }

  private mergeCounts(other: KpiBucket): void {
    for (const field of COUNT_FIELDS) this[field] += other[field];
    for (let i = 0; i < this.within.length; i++) this.within[i]! += other.within[i] ?? 0;
    for (const [platform, n] of other.byPlatform)
      this.byPlatform.set(platform, (this.byPlatform.get(platform) ?? 0) + n);
    for (let i = 0; i < 168; i++) this.byHourOfWeek[i]! += other.byHourOfWeek[i]!;
    for (const [metric, [met, missed]] of other.sla) {
      const entry = this.sla.get(metric);
      if (entry) {
        entry[0] += met;
        entry[1] += missed;
      } else this.sla.set(metric, [met, missed]);
    }
  }

  /**
   * Removes the figures of `others`, which must be part of this bucket's (a partial's overall
   * figures minus those of its accounts). Counts that drop to zero leave no entry behind, so the
   * result merges back into exactly the original.
   * @throws RangeError when `others` hold more than this bucket
   */
  subtractAll(others: readonly KpiBucket[]): void {
    for (const other of others) {
      for (const field of COUNT_FIELDS) this[field] -= other[field];
      for (let i = 0; i < this.within.length; i++) this.within[i]! -= other.within[i] ?? 0;
      for (const [platform, n] of other.byPlatform)
        this.byPlatform.set(platform, (this.byPlatform.get(platform) ?? 0) - n);
      for (let i = 0; i < 168; i++) this.byHourOfWeek[i]! -= other.byHourOfWeek[i]!;
      for (const [metric, [met, missed]] of other.sla) {
        const entry = this.sla.get(metric) ?? [0, 0];
        entry[0] -= met;
        entry[1] -= missed;
        this.sla.set(metric, entry);
      }
    }
    for (const field of COUNT_FIELDS)
      if (this[field] < 0) throw new RangeError(`"${field}" would drop below zero.`);
    for (const [platform, n] of this.byPlatform) {
      if (n < 0) throw new RangeError(`Platform "${platform}" would drop below zero.`);
      if (n === 0) this.byPlatform.delete(platform);
    }
    for (const [metric, [met, missed]] of this.sla) {
      if (met < 0 || missed < 0) throw new RangeError(`SLA "${metric}" would drop below zero.`);
      if (met === 0 && missed === 0) this.sla.delete(metric);
    }
    this.firstResponseMs.subtractAll(others.map((other) => other.firstResponseMs));
    this.replyMs.subtractAll(others.map((other) => other.replyMs));
    this.resolutionMs.subtractAll(others.map((other) => other.resolutionMs));
    this.backlogAgeMs.subtractAll(others.map((other) => other.backlogAgeMs));
  }

  clone(): KpiBucket {
    const copy = new KpiBucket(this.settings, this.relativeAccuracy);
    copy.merge(this);
    return copy;
  }

  toJSON(): KpiBucketJson {
    return {
      counts: COUNT_FIELDS.map((field) => this[field]),
      within: [...this.within],
      byPlatform: Object.fromEntries([...this.byPlatform].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      byHourOfWeek: [...this.byHourOfWeek],
      sla: Object.fromEntries(
        [...this.sla]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([metric, [met, missed]]) => [metric, [met, missed]]),
      ),
      firstResponseMs: this.firstResponseMs.toJSON(),
      replyMs: this.replyMs.toJSON(),
      resolutionMs: this.resolutionMs.toJSON(),
      backlogAgeMs: this.backlogAgeMs.toJSON(),
    };
  }

  static fromJSON(json: KpiBucketJson, settings: KpiSettings, relativeAccuracy: number): KpiBucket {
    const restore = (store: ValueStoreJson): ValueStore =>
      valueStoreFromJSON(store, settings.quantiles, relativeAccuracy);
    const bucket = new KpiBucket(settings, relativeAccuracy, [
      restore(json.firstResponseMs),
      restore(json.replyMs),
      restore(json.resolutionMs),
      restore(json.backlogAgeMs),
    ]);
    COUNT_FIELDS.forEach((field, i) => {
      bucket[field] = json.counts[i] ?? 0;
    });
    json.within.forEach((n, i) => {
      if (i < bucket.within.length) bucket.within[i] = n;
    });
    for (const [platform, n] of Object.entries(json.byPlatform)) bucket.byPlatform.set(platform, n);
    json.byHourOfWeek.forEach((n, i) => {
      if (i < 168) bucket.byHourOfWeek[i] = n;
    });
    for (const [metric, [met, missed]] of Object.entries(json.sla)) bucket.sla.set(metric, [met, missed]);
    return bucket;
  }

  /** The figures of this bucket. */
  report(): Kpis {
    const quantiles = this.settings.extraQuantiles;
    const n = this.conversations;
    const respondedWithin: Record<string, number | null> = {};
    this.thresholds.forEach((threshold, i) => {
      respondedWithin[String(threshold)] = ratio(this.within[i]!, n);
    });
    const sla: Record<string, { met: number; missed: number; attainment: number | null }> = {};
    for (const [metric, [met, missed]] of [...this.sla].sort(([a], [b]) => (a < b ? -1 : 1))) {
      sla[metric] = { met, missed, attainment: ratio(met, met + missed) };
    }
    const passives = this.npsCount - this.promoters - this.detractors;
    const kpis: Kpis = {
      conversations: n,
      responded: this.responded,
      responseRate: ratio(this.responded, n),
      firstResponseMs: this.firstResponseMs.summarize(quantiles),
      respondedWithin,
      replyMs: this.replyMs.summarize(quantiles),
      turns: this.turns,
      turnsAnswered: this.turnsAnswered,
      resolved: this.resolved,
      resolutionRate: ratio(this.resolved, n),
      resolutionMs: this.resolutionMs.summarize(quantiles),
      reopened: this.reopened,
      reopenRate: ratio(this.reopened, this.everResolved),
      switchedToPrivate: this.switched,
      publicToPrivateRate: ratio(this.switched, this.publicConversations),
      csat: {
        count: this.csatCount,
        satisfied: this.csatSatisfied,
        satisfiedShare: ratio(this.csatSatisfied, this.csatCount),
        mean: ratio(this.csatSum, this.csatCount),
      },
      nps: {
        count: this.npsCount,
        promoters: this.promoters,
        passives,
        detractors: this.detractors,
        score: this.npsCount === 0 ? null : ((this.promoters - this.detractors) / this.npsCount) * 100,
      },
      sla,
      volume: {
        messages: this.messages,
        inbound: this.inbound,
        outbound: this.messages - this.inbound,
        publicMessages: this.publicMessages,
        privateMessages: this.messages - this.publicMessages,
        publicConversations: this.publicConversations,
        privateConversations: n - this.publicConversations,
        byPlatform: Object.fromEntries(
          [...this.byPlatform].sort(([p, a], [q, b]) => b - a || (p < q ? -1 : p > q ? 1 : 0)),
        ),
        byHourOfWeek: [...this.byHourOfWeek],
      },
    };
    if (this.settings.backlogAt === undefined) return kpis;
    const backlog: KpiBacklog = {
      at: this.settings.backlogAt,
      open: this.backlogOpen,
      ageMs: this.backlogAgeMs.summarize(quantiles),
      awaitingResponse: this.awaitingResponse,
    };
    return { ...kpis, backlog };
  }
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BusinessCalendarInput } from '../calendar';
import { createBusinessCalendar } from '../calendar';
import type { Conversation, ConversationMessage } from '../conversation';
import {
  accumulateKpisFromEvents,
  createKpiAccumulator,
  KpiAccumulator,
  type KpiAccumulatorJson,
  type KpiOptions,
  type KpiReport,
  StreamingThreader,
} from '../kpi';
import { parseSignature } from '../persona';
import { CareError, CareIoError, CareValidationError } from '../shared/errors';
import { readEventsNdjson } from './events-ndjson';
import { extractMentions } from './mentions';
import type { ReadProgress } from './read-report';
import { readTwcsBatches } from './read-twcs';

const EMPTY: never[] = [];

/** The input formats of KPI files. */
export type KpiFileFormat = 'twcs' | 'events';

/** KPI options that can travel to a worker thread: no functions; a calendar as its input. */
export interface SerializableKpiOptions extends Omit<KpiOptions, 'calendar' | 'agentOf' | 'sla'> {
  /** The business calendar, as `createBusinessCalendar` input (rebuilt in each worker). */
  readonly calendarInput?: BusinessCalendarInput;
  /** Messages (or events) after which a quiet conversation is finished. Default 1,000,000 for TWCS (complete trees leave earlier), 200,000 for events. */
  readonly horizon?: number;
  /**
   * TWCS only: attribute brand tweets to agents by their signature (`^KC`, `-Becky`, via
   * `parseSignature` of `socialcare/persona`); the agent id is `account/initials` or `account/name`.
   */
  readonly signatures?: boolean;
}

/** Options of {@link computeKpisParallel}. */
export interface ParallelKpiOptions extends SerializableKpiOptions {
  /**
   * Worker threads for file shards. Default the available parallelism, at most 8. (Conversations
   * in memory are computed on the calling thread: see {@link computeKpisParallel}.)
   */
  readonly workers?: number;
}

/** Files to read in parallel: each worker takes whole files (shards). */
export interface KpiFileShards {
  readonly files: readonly string[];
  /** Default `twcs`. */
  readonly format?: KpiFileFormat;
}

/** @internal */
export interface KpiWorkerRequest {
  readonly kind: 'files';
  readonly files: readonly string[];
  readonly format: KpiFileFormat;
  readonly options: SerializableKpiOptions;
}

/** @internal */
export type KpiWorkerResponse =
  | { readonly ok: true; readonly partial: KpiAccumulatorJson }
  | { readonly ok: false; readonly message: string; readonly name: string };

/**
 * Computes the KPI report of files over worker threads (Node only): files are shared out whole,
 * each worker reads, threads and measures its own files, and only the partials (accumulators as
 * JSON) come back to be merged, so in `exact` mode the report equals `computeKpis` on one thread.
 * Give at least one file per worker (split a big export at conversation boundaries).
 *
 * Conversations already in memory are computed on the calling thread, with the same result:
 * moving them to another thread costs more than their KPIs do. A conversation's KPIs take about
 * a microsecond, about what reading its objects once takes, while a structured clone to a worker
 * takes ten times that (measured: 14x slower than one thread with 2 workers), and even a compact
 * typed-array encoding of the fields the KPIs read costs the calling thread more than computing
 * them. For parallel speed on data in memory, shard upstream: one accumulator per shard
 * (`createKpiAccumulator`), merged (docs/guides/kpis.md, "Parallel and distributed").
 *
 * Options must be serialisable: give a business calendar as `calendarInput` (its
 * `createBusinessCalendar` input); `agentOf` and `sla` functions are not supported here.
 *
 * @throws CareValidationError for options that cannot go to a worker
 * @throws CareIoError when a worker fails (the message names the cause)
 * @example
 * ```ts
 * import { computeKpisParallel } from 'socialcare/io';
 * const report = await computeKpisParallel({ files: ['a.csv', 'b.csv'], format: 'twcs' }, { workers: 2 });
 * ```
 */
export async function computeKpisParallel(
  input: readonly Conversation[] | KpiFileShards,
  options: ParallelKpiOptions = {},
): Promise<KpiReport> {
  const { workers: requested, ...rest } = options;
  const kpiOptions = checkSerializable(rest);
  const merged = createKpiAccumulator(toKpiOptions(kpiOptions)); // validates before starting threads
  if (!isShards(input)) return merged.addAll(input).report();
  const workerCount = Math.max(1, Math.min(requested ?? Math.min(8, availableParallelism()), 64));
  const format = input.format ?? 'twcs';
  const lists: string[][] = Array.from({ length: Math.min(workerCount, input.files.length) }, () => []);
  input.files.forEach((file, i) => {
    lists[i % lists.length]!.push(file);
  });
  const partials = await Promise.all(
    lists.map((files) => runWorker({ kind: 'files', files, format, options: kpiOptions })),
  );
  const calendar = calendarOnly(kpiOptions);
  for (const partial of partials) merged.merge(KpiAccumulator.fromJSON(partial, calendar));
  return merged.report();
}

/**
 * Reads one KPI file (TWCS CSV or NDJSON events) into an accumulator, streaming with bounded
 * memory: TWCS rows become compact messages (no text) threaded by a {@link StreamingThreader}.
 * @internal
 */
export async function accumulateKpiFile(
  path: string,
  format: KpiFileFormat,
  options: SerializableKpiOptions,
  accumulator: KpiAccumulator = createKpiAccumulator(toKpiOptions(options)),
  onProgress?: (progress: ReadProgress) => void,
): Promise<KpiAccumulator> {
  // TWCS lists each tweet's replies, so complete trees leave at once and a long horizon costs little
  const horizon = options.horizon ?? (format === 'twcs' ? 1_000_000 : 200_000);
  const signatures = options.signatures === true;
  const progress = onProgress ? { onProgress } : {};
  if (format === 'events') {
    return accumulateKpisFromEvents(readEventsNdjson(path, progress), { accumulator, horizon });
  }
  const threader = new StreamingThreader((conversation) => accumulator.add(conversation), {
    horizonMessages: horizon,
    ...(options.threading ? { threading: options.threading } : {}),
  });
  for await (const rows of readTwcsBatches(path, progress)) {
    for (const row of rows) {
      const mentions = extractMentions(row.text);
      let message: ConversationMessage;
      if (row.inbound) {
        message = {
          id: row.tweetId,
          platform: 'x',
          direction: 'inbound',
          visibility: 'public',
          author: { id: row.authorId, kind: 'customer' },
          text: '',
          createdAt: row.createdAt,
          mentions,
          attachments: EMPTY,
          revisions: EMPTY,
          reactions: EMPTY,
        };
      } else {
        const signature = signatures ? parseSignature(row.text) : null;
        const agent = signature?.initials ?? signature?.name;
        message = {
          id: row.tweetId,
          platform: 'x',
          direction: 'outbound',
          visibility: 'public',
          author:
            agent === undefined
              ? { id: row.authorId, kind: 'brand', handle: row.authorId }
              : { id: `${row.authorId}/${agent}`, kind: 'agent', handle: row.authorId },
          text: '',
          createdAt: row.createdAt,
          accountId: row.authorId,
          mentions,
          attachments: EMPTY,
          revisions: EMPTY,
          reactions: EMPTY,
        };
      }
      if (row.inResponseToTweetId !== undefined) message.inReplyTo = row.inResponseToTweetId;
      threader.push(message, row.responseTweetIds);
    }
  }
  threader.end();
  return accumulator;
}

/** Turns serialisable options into KPI options (building the calendar). @internal */
export function toKpiOptions(options: SerializableKpiOptions): KpiOptions {
  const { calendarInput, horizon: _horizon, signatures: _signatures, ...rest } = options;
  if (calendarInput === undefined) return rest;
  return { ...rest, calendar: createBusinessCalendar(calendarInput) };
}

function calendarOnly(options: SerializableKpiOptions): Pick<KpiOptions, 'calendar'> {
  return options.calendarInput === undefined
    ? {}
    : { calendar: createBusinessCalendar(options.calendarInput) };
}

function checkSerializable(options: Record<string, unknown>): SerializableKpiOptions {
  for (const key of ['calendar', 'agentOf', 'sla']) {
    if (options[key] !== undefined) {
      throw new CareValidationError(
        `computeKpisParallel cannot send the "${key}" option to worker threads: ${key === 'calendar' ? 'pass the calendar input as `calendarInput`' : 'compute with createKpiAccumulator per shard and merge instead'}.`,
        [{ path: [key], message: 'not serialisable' }],
      );
    }
  }
  return options as SerializableKpiOptions;
}

function isShards(input: readonly Conversation[] | KpiFileShards): input is KpiFileShards {
  return !Array.isArray(input) && typeof input === 'object' && input !== null && 'files' in input;
}

function runWorker(request: KpiWorkerRequest): Promise<KpiAccumulatorJson> {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    let settled = false;
    worker.once('message', (response: KpiWorkerResponse) => {
      settled = true;
      void worker.terminate();
      if (response.ok) resolve(response.partial);
      else reject(new CareIoError(`A KPI worker failed: ${response.message}`));
    });
    worker.once('error', (error) => {
      if (settled) return;
      settled = true;
      reject(
        CareError.isInstance(error)
          ? error
          : new CareIoError(`A KPI worker failed: ${error.message}`, undefined, { cause: error }),
      );
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new CareIoError(`A KPI worker exited with code ${code} before answering.`));
    });
    worker.postMessage(request);
  });
}

/**
 * Starts the worker script (without the parent's Node flags: V8 flags such as `--expose-gc` are refused
 * in workers, `--input-type` only fits the parent's entry): `dist/io/kpi-worker.js` next to the build (this module may sit in a
 * shared chunk at the root of `dist`), or `src/io/kpi-worker.ts` through tsx when running from
 * source (tests, `tsx` scripts).
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const script = new URL('./kpi-worker.ts', here).href;
    const tsx = pathToFileURL(
      createRequire(here)
        .resolve('tsx/esm/api')
        .replace(/\.cjs$/, '.mjs'),
    ).href;
    return new Worker(
      `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script)}); });`,
      { eval: true, execArgv: [] },
    );
  }
  for (const candidate of ['./kpi-worker.js', './io/kpi-worker.js', '../io/kpi-worker.js']) {
    const url = new URL(candidate, here);
    if (existsSync(fileURLToPath(url))) return new Worker(url, { execArgv: [] });
  }
  throw new CareIoError('Cannot find the KPI worker script (io/kpi-worker.js) next to the socialcare build.');
}

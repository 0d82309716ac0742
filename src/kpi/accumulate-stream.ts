import { type ConversationEvent, foldConversation, type Message } from '../conversation';
import { createKpiAccumulator, type KpiAccumulator } from './kpi-accumulator';
import type { KpiOptions } from './kpi-options';
import { StreamingThreader } from './streaming-threader';

/** Options of {@link accumulateKpisFromMessages} and {@link accumulateKpisFromEvents}. */
export interface KpiStreamOptions extends KpiOptions {
  /**
   * A conversation is finished once this many messages (or events) have arrived since its last
   * one; memory holds only the open conversations. Default 200,000; `Infinity` holds everything.
   */
  readonly horizon?: number;
  /** Add to this accumulator instead of a new one (its options win). */
  readonly accumulator?: KpiAccumulator;
}

/**
 * Adds a stream of messages (sync or async, e.g. from `readTwcsFile`) to a KPI accumulator,
 * threading them into conversations with bounded memory (see {@link StreamingThreader} for the
 * horizon trade-off).
 *
 * @example
 * ```ts
 * const accumulator = await accumulateKpisFromMessages(readTwcsFile('twcs.csv'));
 * console.log(accumulator.report().overall.firstResponseMs.median);
 * ```
 */
export async function accumulateKpisFromMessages(
  messages: AsyncIterable<Message> | Iterable<Message>,
  options: KpiStreamOptions = {},
): Promise<KpiAccumulator> {
  const accumulator = options.accumulator ?? createKpiAccumulator(options);
  const threader = new StreamingThreader((conversation) => accumulator.add(conversation), {
    horizonMessages: options.horizon ?? 200_000,
    light: options.sla === undefined && options.agentOf === undefined,
    ...(options.threading ? { threading: options.threading } : {}),
  });
  for await (const message of messages) threader.push(message);
  threader.end();
  return accumulator;
}

/**
 * Adds a stream of conversation events (sync or async, e.g. from `readEventsNdjson`) to a KPI
 * accumulator: events are grouped by `conversationId` and folded once the conversation has been
 * quiet for `horizon` events (or at the end).
 *
 * @example
 * ```ts
 * const accumulator = await accumulateKpisFromEvents(readEventsNdjson('events.ndjson'));
 * ```
 */
export async function accumulateKpisFromEvents(
  events: AsyncIterable<ConversationEvent> | Iterable<ConversationEvent>,
  options: KpiStreamOptions = {},
): Promise<KpiAccumulator> {
  const accumulator = options.accumulator ?? createKpiAccumulator(options);
  const horizon = options.horizon ?? 200_000;
  const sweepEvery = Number.isFinite(horizon) ? Math.max(1024, Math.floor(horizon / 4)) : Infinity;
  const open = new Map<string, { events: ConversationEvent[]; last: number }>();
  let sequence = 0;
  let nextSweep = sweepEvery;
  const flush = (before: number): void => {
    for (const [id, entry] of open) {
      if (entry.last > before) continue;
      open.delete(id);
      accumulator.add(foldConversation(entry.events));
    }
  };
  for await (const event of events) {
    sequence++;
    let entry = open.get(event.conversationId);
    if (!entry) {
      entry = { events: [], last: sequence };
      open.set(event.conversationId, entry);
    }
    entry.events.push(event);
    entry.last = sequence;
    if (sequence >= nextSweep) {
      nextSweep = sequence + sweepEvery;
      flush(sequence - horizon);
    }
  }
  flush(Infinity);
  return accumulator;
}

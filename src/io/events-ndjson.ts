import { type ConversationEvent, parseConversationEvent } from '../conversation/events';
import { CareError } from '../shared/errors';
import { createReader, type Reader, type ReadOptions, ReadTracker } from './read-report';
import { readTextChunks, type TextSource } from './text-source';
import { type TextTarget, type WriteResult, writeText } from './text-target';

/** Options of {@link readEventsNdjson}. */
export interface EventsReadOptions extends ReadOptions {
  /** A line longer than this many characters is reported and skipped. Default 10,000,000. */
  readonly maxLineLength?: number;
}

/**
 * Reads conversation events from NDJSON (one JSON event per line), streaming. Each line is
 * validated with `parseConversationEvent` (instants may be epoch ms or ISO strings); blank lines
 * are ignored; a line that is not JSON or not a valid event is reported with its line number and
 * skipped (`onMalformed`, `report.problems`), or throws a `CareIoError` with `strict: true`.
 *
 * @param source - a file path, a Node `Readable`, or an (async) iterable of string/byte chunks
 * @example
 * ```ts
 * import { foldConversation } from 'socialcare/conversation';
 * import { readEventsNdjson } from 'socialcare/io';
 *
 * const byConversation = new Map();
 * for await (const event of readEventsNdjson('events.ndjson')) {
 *   const list = byConversation.get(event.conversationId) ?? [];
 *   list.push(event);
 *   byConversation.set(event.conversationId, list);
 * }
 * const states = [...byConversation.values()].map(foldConversation);
 * ```
 */
export function readEventsNdjson(
  source: TextSource,
  options: EventsReadOptions = {},
): Reader<ConversationEvent> {
  const tracker = new ReadTracker(options, 'NDJSON event');
  const maxLineLength = options.maxLineLength ?? 10_000_000;
  return createReader(tracker, async function* () {
    let rest = '';
    let line = 0;
    let skipping = false;
    const handle = (text: string): ConversationEvent | undefined => {
      line++;
      if (text.length > 0 && text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1);
      if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.trim().length === 0) return undefined;
      const event = parseLine(text, line, tracker);
      if (event) tracker.rows++;
      return event;
    };
    for await (const chunk of readTextChunks(source, (bytes) => {
      tracker.bytes += bytes;
    })) {
      let text = rest.length > 0 ? rest + chunk : chunk;
      let start = 0;
      if (skipping) {
        const lf = text.indexOf('\n');
        if (lf === -1) continue;
        skipping = false;
        start = lf + 1;
      }
      for (let lf = text.indexOf('\n', start); lf !== -1; lf = text.indexOf('\n', start)) {
        const event = handle(text.slice(start, lf));
        start = lf + 1;
        if (event) yield event;
      }
      rest = start === 0 ? text : text.slice(start);
      text = '';
      if (rest.length > maxLineLength) {
        line++;
        tracker.reject({
          line,
          reason: `line longer than ${maxLineLength} characters`,
          excerpt: rest.slice(0, 120),
        });
        rest = '';
        skipping = true;
      }
      tracker.lines = line;
      tracker.progress();
    }
    if (!skipping && rest.length > 0) {
      const event = handle(rest);
      if (event) yield event;
    }
    tracker.lines = line;
    tracker.done = true;
    tracker.progress();
  });
}

function parseLine(text: string, line: number, tracker: ReadTracker): ConversationEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    tracker.reject({ line, reason: `not JSON (${(error as Error).message})`, excerpt: text.slice(0, 120) });
    return undefined;
  }
  try {
    return parseConversationEvent(value);
  } catch (error) {
    if (!CareError.isInstance(error)) throw error;
    tracker.reject({ line, reason: error.message, excerpt: text.slice(0, 120) });
    return undefined;
  }
}

/**
 * Events as NDJSON text: one JSON object per line, each line ending with `\n`.
 *
 * @example
 * ```ts
 * const text = stringifyEventsNdjson(state.events);
 * ```
 */
export function stringifyEventsNdjson(events: Iterable<ConversationEvent>): string {
  let out = '';
  for (const event of events) out += `${JSON.stringify(event)}\n`;
  return out;
}

/**
 * Streams events to an NDJSON file or stream, with backpressure.
 *
 * @example
 * ```ts
 * const { rows } = await writeEventsNdjson('events.ndjson', sample.events);
 * ```
 */
export async function writeEventsNdjson(
  target: TextTarget,
  events: Iterable<ConversationEvent> | AsyncIterable<ConversationEvent>,
): Promise<WriteResult> {
  let rows = 0;
  async function* lines(): AsyncGenerator<string> {
    for await (const event of events) {
      rows++;
      yield `${JSON.stringify(event)}\n`;
    }
  }
  const bytes = await writeText(target, lines());
  return { rows, bytes };
}

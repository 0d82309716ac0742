import type { Message } from '../conversation/message';
import { CareIoError } from '../shared/errors';
import { type CsvProblem, type CsvRecord, CsvScanner } from './csv-scanner';
import { createReader, type Reader, type ReadOptions, ReadTracker } from './read-report';
import { describeSource, readTextChunks, type TextSource } from './text-source';
import { TwcsMessageMapper, type TwcsMessageOptions } from './twcs-message';
import { parseTwcsRecord, resolveTwcsColumns, type TwcsColumns, type TwcsRow } from './twcs-row';

/** Options of {@link readTwcs} and {@link readTwcsRows}. */
export interface TwcsReadOptions extends ReadOptions, TwcsMessageOptions {
  /**
   * A record longer than this many characters is reported as malformed and skipped, so that an
   * unclosed quote cannot make the reader hold the rest of the file. Default 1,000,000.
   */
  readonly maxRecordLength?: number;
}

/**
 * Reads a TWCS CSV (Kaggle "Customer Support on Twitter") as typed rows, streaming: memory stays
 * bounded by one chunk plus the longest record, whatever the size of the file.
 *
 * Handles the traps of the real file: a leading unnamed pandas index column (or none: columns are
 * found by name), `True`/`False`, X's legacy dates (`Tue Oct 31 22:10:47 +0000 2017`), a bare CR
 * inside an unquoted text (it does not end the row: only LF and CRLF do), quoted line breaks,
 * `response_tweet_id` as a comma list and `in_response_to_tweet_id` empty or a float (`119237.0`).
 *
 * Malformed rows are skipped and reported (`onMalformed`, `report.problems` with line numbers);
 * with `strict: true` the first one throws a {@link CareIoError} carrying its `line`.
 *
 * @param source - a file path, a Node `Readable`, or an (async) iterable of string/byte chunks
 * @throws CareIoError when the source cannot be read or its header lacks the TWCS columns
 * @example
 * ```ts
 * for await (const row of readTwcsRows('twcs.csv')) {
 *   if (row.inbound) console.log(row.tweetId, row.inResponseToTweetId);
 * }
 * ```
 */
export function readTwcsRows(source: TextSource, options: TwcsReadOptions = {}): Reader<TwcsRow> {
  const tracker = new ReadTracker(options, 'TWCS row');
  return createReader(tracker, async function* () {
    for await (const batch of readBatches(source, options, tracker)) yield* batch;
  });
}

/**
 * Reads a TWCS CSV as normalized {@link Message}s, streaming (see {@link readTwcsRows} for the
 * traps handled and the malformed-row options). Mapping:
 *
 * - customer rows (`inbound == True`): `direction: 'inbound'`, author `{ kind: 'customer', id: author_id }`,
 *   `accountId` = the brand account the tweet addressed: the first mention that is a known brand
 *   handle (given in `brandAccounts`, or the author of a brand row read earlier, in its canonical
 *   case), else the only mention that is not an anonymised (numeric) customer id, else unset;
 * - brand rows (`False`): `direction: 'outbound'`, author `{ kind: 'brand', id: author_id }`,
 *   `accountId = author_id` (TWCS does not say which agent wrote a reply);
 * - every message is `public` on `x`, with `mentions` from the text and `inReplyTo` from
 *   `in_response_to_tweet_id`.
 *
 * @param source - a file path, a Node `Readable`, or an (async) iterable of string/byte chunks;
 *   to parse text you hold, pass `[text]`
 * @throws CareIoError when the source cannot be read, its header lacks the TWCS columns, or
 *   (with `strict`) on the first malformed row
 * @example
 * ```ts
 * import { readTwcs } from 'socialcare/io';
 * import { threadMessages } from 'socialcare/conversation';
 *
 * const messages = [];
 * const reader = readTwcs('twcs.csv', { onProgress: ({ bytes }) => console.log(bytes) });
 * for await (const message of reader) messages.push(message);
 * console.log(reader.report.malformed, 'rows skipped');
 * const conversations = threadMessages(messages);
 * ```
 */
export function readTwcs(source: TextSource, options: TwcsReadOptions = {}): Reader<Message> {
  const tracker = new ReadTracker(options, 'TWCS row');
  const mapper = new TwcsMessageMapper(options);
  return createReader(tracker, async function* () {
    for await (const batch of readBatches(source, options, tracker)) {
      for (const row of batch) yield mapper.map(row);
    }
  });
}

/**
 * Reads a TWCS file as messages: {@link readTwcs} with a path.
 *
 * @example
 * ```ts
 * const reader = readTwcsFile('../shared/data/twcs_head5000.csv');
 * let count = 0;
 * for await (const _ of reader) count++;
 * count; // 5000
 * ```
 */
export function readTwcsFile(path: string | URL, options: TwcsReadOptions = {}): Reader<Message> {
  return readTwcs(path, options);
}

/**
 * Reads a TWCS CSV in batches of rows (one batch per chunk of input): the fastest way to consume a
 * big file, since it avoids one `await` per row. Same options and report as {@link readTwcsRows}.
 *
 * @example
 * ```ts
 * for await (const rows of readTwcsBatches('twcs.csv')) total += rows.length;
 * ```
 */
export function readTwcsBatches(source: TextSource, options: TwcsReadOptions = {}): Reader<TwcsRow[]> {
  const tracker = new ReadTracker(options, 'TWCS row');
  return createReader(tracker, () => readBatches(source, options, tracker));
}

async function* readBatches(
  source: TextSource,
  options: TwcsReadOptions,
  tracker: ReadTracker,
): AsyncGenerator<TwcsRow[], void, undefined> {
  const scanner = new CsvScanner({ maxRecordLength: options.maxRecordLength ?? 1_000_000 });
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const state: BatchState = { columns: undefined, source };
  let first = true;
  for await (let chunk of readTextChunks(source, (bytes) => {
    tracker.bytes += bytes;
  })) {
    if (first) {
      first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    scanner.push(chunk, records, problems);
    const batch = toRows(records, problems, state, tracker);
    tracker.lines = scanner.linesRead;
    if (batch.length > 0) yield batch;
    tracker.progress();
  }
  scanner.end(records, problems);
  const batch = toRows(records, problems, state, tracker);
  tracker.lines = scanner.linesRead;
  tracker.done = true;
  if (batch.length > 0) yield batch;
  tracker.progress();
}

interface BatchState {
  columns: TwcsColumns | undefined;
  readonly source: TextSource;
}

/** Types the scanned records (in line order with the problems) and empties both arrays. */
function toRows(
  records: CsvRecord[],
  problems: CsvProblem[],
  state: BatchState,
  tracker: ReadTracker,
): TwcsRow[] {
  const rows: TwcsRow[] = [];
  let p = 0;
  for (const record of records) {
    while (p < problems.length && problems[p]!.line < record.line) tracker.reject(problems[p++]!);
    const fields = record.fields;
    if (fields.length === 1 && fields[0] === '') continue; // blank line
    const columns = state.columns;
    if (columns === undefined) {
      const resolved = resolveTwcsColumns(fields);
      if ('missing' in resolved) {
        throw new CareIoError(
          `${describeSource(state.source)} is not a TWCS CSV: its header (line ${record.line}) lacks ${resolved.missing.join(', ')}. Expected the columns tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id (an unnamed index column first is fine).`,
          record.line,
          { code: 'PARSE_FAILED' },
        );
      }
      state.columns = resolved;
      continue;
    }
    const row = parseTwcsRecord(fields, record.line, columns);
    if (typeof row === 'string') {
      tracker.reject({ line: record.line, reason: row, excerpt: excerptOf(fields) });
      continue;
    }
    rows.push(row);
    tracker.rows++;
  }
  while (p < problems.length) tracker.reject(problems[p++]!);
  records.length = 0;
  problems.length = 0;
  return rows;
}

function excerptOf(fields: readonly string[]): string {
  const text = fields.join(',');
  const lf = text.indexOf('\n');
  return text.slice(0, Math.min(lf === -1 ? text.length : lf, 120));
}

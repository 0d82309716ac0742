/**
 * Importers and exporters (Node only): a streaming reader and a writer for TWCS CSV (Kaggle
 * "Customer Support on Twitter") and NDJSON conversation event logs. Memory stays bounded whatever
 * the size of the file; malformed rows are reported with their line numbers and skipped, or throw
 * with `strict: true`.
 *
 * ```ts
 * import { readTwcsFile, readEventsNdjson, writeEventsNdjson } from 'socialcare/io';
 * ```
 *
 * @module socialcare/io
 */
export {
  type EventsReadOptions,
  readEventsNdjson,
  stringifyEventsNdjson,
  writeEventsNdjson,
} from './events-ndjson';
export {
  computeKpisParallel,
  type KpiFileFormat,
  type KpiFileShards,
  type ParallelKpiOptions,
  type SerializableKpiOptions,
} from './kpi-parallel';
export { extractMentions } from './mentions';
export type { MalformedRecord, Reader, ReadOptions, ReadProgress, ReadReport } from './read-report';
export { readTwcs, readTwcsBatches, readTwcsFile, readTwcsRows, type TwcsReadOptions } from './read-twcs';
export type { TextSource } from './text-source';
export type { TextTarget, WriteResult } from './text-target';
export { formatTwcsDate, parseTwcsDate } from './twcs-date';
export { type TwcsMessageOptions, twcsRowToMessage } from './twcs-message';
export type { TwcsRow } from './twcs-row';
export {
  formatTwcsHeader,
  formatTwcsRows,
  stringifyTwcs,
  type TwcsWriteOptions,
  writeTwcs,
} from './write-twcs';

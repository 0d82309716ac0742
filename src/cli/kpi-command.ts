import { stat } from 'node:fs/promises';
import {
  accumulateKpiFile,
  type KpiFileFormat,
  type SerializableKpiOptions,
  toKpiOptions,
} from '../io/kpi-parallel';
import { createKpiAccumulator, formatKpiTable, type KpiBreakdown } from '../kpi';
import { CareIoError } from '../shared/errors';
import type { CliIo } from './cli-io';
import type { KpiCommandArgs } from './kpi-args';
import { loadCalendarFile } from './load-calendar-file';
import { createProgressBar } from './progress-bar';

/**
 * Runs `socialcare kpi`: reads the file streaming, computes the report and prints it as JSON
 * (`--json`) or as a table. A progress bar goes to standard error when it is a terminal.
 *
 * @throws CareIoError for a missing file or a bad calendar file; CareValidationError for bad options
 * @example
 * ```ts
 * await runKpiCommand(parseKpiArgs(['twcs.csv', '--json']), { stdout: process.stdout, stderr: process.stderr });
 * ```
 */
export async function runKpiCommand(args: KpiCommandArgs, io: CliIo): Promise<void> {
  let size: number;
  try {
    const info = await stat(args.file);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch (cause) {
    throw new CareIoError(
      `File not found: ${args.file} (give the path of a TWCS CSV or an NDJSON event log).`,
      undefined,
      {
        cause,
      },
    );
  }
  const format: KpiFileFormat = args.format ?? (/\.(ndjson|jsonl)$/i.test(args.file) ? 'events' : 'twcs');
  const calendarInput = args.calendar === undefined ? undefined : await loadCalendarFile(args.calendar);
  const breakdowns: KpiBreakdown[] = args.by === 'account' ? ['account'] : ['account', args.by];
  const options: SerializableKpiOptions = {
    clock: calendarInput === undefined ? 'calendar' : 'business',
    quantiles: args.quantiles,
    breakdowns,
    countBotReplies: args.countBotReplies,
    ...(args.horizon === undefined ? {} : { horizon: args.horizon }),
    ...(args.by === 'agent' ? { signatures: true } : {}),
    ...(calendarInput === undefined ? {} : { calendarInput }),
    ...(args.withinThresholdsMs === undefined ? {} : { withinThresholdsMs: args.withinThresholdsMs }),
    ...(args.extraQuantiles === undefined ? {} : { extraQuantiles: args.extraQuantiles }),
    ...(args.timeZone === undefined ? {} : { timeZone: args.timeZone }),
  };
  const accumulator = createKpiAccumulator(toKpiOptions(options));
  const bar = args.progress ? createProgressBar(io.stderr, size, args.file) : undefined;
  await accumulateKpiFile(
    args.file,
    format,
    options,
    accumulator,
    bar ? (p) => bar.update(p.bytes) : undefined,
  );
  bar?.finish();
  const report = accumulator.report();
  if (args.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout.write(`${formatKpiTable(report, { by: args.by })}\n`);
}

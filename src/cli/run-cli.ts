import { CareError, CareValidationError } from '../shared/errors';
import type { CliIo } from './cli-io';
import { KPI_USAGE, parseKpiArgs } from './kpi-args';
import { runKpiCommand } from './kpi-command';

const USAGE = `Usage: socialcare <command> [options]

Commands:
  kpi FILE    KPI report of a TWCS CSV or NDJSON event log (socialcare kpi --help)
`;

/**
 * The `socialcare` command line: dispatches to a command and returns the exit code (0 on
 * success, 1 on a failure such as a missing file, 2 on bad usage). Errors go to standard error
 * as one readable line.
 *
 * @example
 * ```ts
 * const code = await runCli(['kpi', 'twcs.csv', '--json'], { stdout: process.stdout, stderr: process.stderr });
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command !== 'kpi') {
      io.stderr.write(`socialcare: unknown command "${command}".\n${USAGE}`);
      return 2;
    }
    const args = parseKpiArgs(rest);
    if (args.help) {
      io.stdout.write(KPI_USAGE);
      return 0;
    }
    await runKpiCommand(args, io);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`socialcare: ${message}\n`);
    if (error instanceof CareValidationError && error.message.startsWith('socialcare kpi:')) {
      io.stderr.write('Run `socialcare kpi --help` for the options.\n');
      return 2;
    }
    return CareError.isInstance(error) ? 1 : 1;
  }
}

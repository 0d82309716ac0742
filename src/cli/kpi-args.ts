import { parseArgs } from 'node:util';
import type { KpiBreakdown } from '../kpi';
import { toDuration } from '../shared/duration';
import { CareValidationError } from '../shared/errors';

/** The parsed arguments of `socialcare kpi`. */
export interface KpiCommandArgs {
  readonly file: string;
  /** `undefined`: from the file extension (`.ndjson`/`.jsonl` → events, else twcs). */
  readonly format: 'twcs' | 'events' | undefined;
  readonly calendar: string | undefined;
  readonly by: KpiBreakdown;
  readonly quantiles: 'exact' | 'sketch';
  readonly json: boolean;
  readonly withinThresholdsMs: readonly number[] | undefined;
  readonly extraQuantiles: readonly number[] | undefined;
  readonly countBotReplies: boolean;
  readonly timeZone: string | undefined;
  /** `undefined`: the reader's default. */
  readonly horizon: number | undefined;
  readonly progress: boolean;
  readonly help: boolean;
}

/** Usage text of `socialcare kpi`. */
export const KPI_USAGE = `Usage: socialcare kpi FILE [options]

Computes the KPI report of a TWCS CSV or an NDJSON event log (definitions: docs/guides/kpis.md).

Options:
  --format twcs|events          input format (default: from the extension, .ndjson/.jsonl = events, else twcs)
  --calendar FILE               business calendar (JSON input of createBusinessCalendar): business-time clock
  --by account|platform|hour-of-week|agent
                                breakdown listed in the table and added to the JSON (default account)
  --quantiles exact|sketch      exact quantiles (default) or DDSketch with 1% relative error
  --json                        print the report as JSON on standard output
  --within LIST                 responded-within thresholds, e.g. 15m,1h,24h (default)
  --percentiles LIST            extra quantiles, e.g. 0.75,0.95
  --count-bots                  count bot replies as responses
  --time-zone ZONE              IANA zone of the hour-of-week figures (default the calendar's, else UTC)
  --horizon N                   messages after which an incomplete conversation is finished
                                (default 1000000 for TWCS, 200000 for events; Infinity = hold all)
  --no-progress                 no progress bar on standard error
  -h, --help                    this help
`;

const FORMATS = ['twcs', 'events'] as const;
const BREAKDOWNS = ['account', 'platform', 'hour-of-week', 'agent'] as const;
const QUANTILES = ['exact', 'sketch'] as const;

/**
 * Parses the arguments of `socialcare kpi` (after the command name).
 *
 * @throws CareValidationError naming the bad argument
 * @example
 * ```ts
 * parseKpiArgs(['twcs.csv', '--format', 'twcs', '--json']).json; // true
 * ```
 */
export function parseKpiArgs(args: readonly string[]): KpiCommandArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (cause) {
    throw usage(cause instanceof Error ? cause.message : String(cause), 'args');
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  if (!help && positionals.length === 0) throw usage('missing FILE: socialcare kpi FILE [options]', 'file');
  if (positionals.length > 1)
    throw usage(`expected one FILE, got ${positionals.length}: ${positionals.join(' ')}`, 'file');
  const format = oneOf(values.format, FORMATS, 'format');
  const by = oneOf(values.by, BREAKDOWNS, 'by') ?? 'account';
  const quantiles = oneOf(values.quantiles, QUANTILES, 'quantiles') ?? 'exact';
  let horizon: number | undefined;
  if (values.horizon !== undefined) {
    horizon = values.horizon === 'Infinity' ? Number.POSITIVE_INFINITY : Number(values.horizon);
    if (!(horizon > 0) || (Number.isFinite(horizon) && !Number.isInteger(horizon)))
      throw usage(
        `--horizon must be a positive whole number or Infinity, got "${values.horizon}"`,
        'horizon',
      );
  }
  return {
    file: positionals[0] ?? '',
    format,
    calendar: values.calendar,
    by,
    quantiles,
    json: values.json === true,
    withinThresholdsMs:
      values.within === undefined ? undefined : list(values.within).map((d) => toDuration(d, '--within')),
    extraQuantiles: values.percentiles === undefined ? undefined : list(values.percentiles).map(quantile),
    countBotReplies: values['count-bots'] === true,
    timeZone: values['time-zone'],
    horizon,
    progress: values['no-progress'] !== true,
    help,
  };
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      calendar: { type: 'string' },
      by: { type: 'string' },
      quantiles: { type: 'string' },
      json: { type: 'boolean' },
      within: { type: 'string' },
      percentiles: { type: 'string' },
      'count-bots': { type: 'boolean' },
      'time-zone': { type: 'string' },
      horizon: { type: 'string' },
      'no-progress': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  name: string,
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usage(`unknown --${name} "${value}": use ${allowed.join(', ')}`, name);
}

function list(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function quantile(text: string): number {
  const value = Number(text);
  if (!(value >= 0 && value <= 1))
    throw usage(`--percentiles takes quantiles between 0 and 1, got "${text}"`, 'percentiles');
  return value;
}

function usage(message: string, field: string): CareValidationError {
  return new CareValidationError(`socialcare kpi: ${message}`, [{ path: [field], message }]);
}

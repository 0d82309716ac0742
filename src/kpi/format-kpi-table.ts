import type { KpiReport } from './kpi-report';
import type { Kpis } from './kpis';

/** Options of {@link formatKpiTable}. */
export interface KpiTableOptions {
  /** Which breakdown to list under the overall row. Default `account`. */
  readonly by?: 'account' | 'platform' | 'hour-of-week' | 'agent';
  /** At most this many rows of the breakdown (the largest first). Default all. */
  readonly limit?: number;
}

/**
 * Formats a report as a plain-text table: one row for `overall`, then one per account (or per
 * platform, hour of week or agent), with conversations, response rate, first-response median,
 * p90 and mean, responded-within shares and the median reply time.
 *
 * @example
 * ```ts
 * console.log(formatKpiTable(computeKpis(conversations)));
 * ```
 */
export function formatKpiTable(report: KpiReport, options: KpiTableOptions = {}): string {
  const by = options.by ?? 'account';
  const groups =
    by === 'account'
      ? report.byAccount
      : by === 'platform'
        ? report.byPlatform
        : by === 'hour-of-week'
          ? report.byHourOfWeek
          : report.byAgent;
  const thresholds = report.definition.withinThresholdsMs;
  const header = [
    by,
    'conv',
    'resp%',
    'FRT med',
    'FRT p90',
    'FRT mean',
    ...thresholds.map((t) => `≤${formatDuration(t)}`),
    'reply med',
  ];
  const row = (name: string, kpis: Kpis): string[] => [
    name,
    String(kpis.conversations),
    percent(kpis.responseRate),
    formatDuration(kpis.firstResponseMs.median),
    formatDuration(kpis.firstResponseMs.p90),
    formatDuration(kpis.firstResponseMs.mean),
    ...thresholds.map((t) => percent(kpis.respondedWithin[String(t)] ?? null)),
    formatDuration(kpis.replyMs.median),
  ];
  const rows = [header, row('overall', report.overall)];
  const entries = Object.entries(groups ?? {});
  for (const [name, kpis] of entries.slice(0, options.limit ?? entries.length)) rows.push(row(name, kpis));
  const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const out = [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
  const skipped = report.skipped;
  out.push(
    '',
    `clock: ${report.definition.clock}, quantiles: ${report.definition.quantiles}; not measured: ${skipped.brandInitiated} brand-initiated, ${skipped.orphan} orphan`,
  );
  return out.join('\n');
}

/**
 * Formats milliseconds compactly: `45s`, `13m 33s`, `2h 05m`, `3d 04h`; `-` for `null`.
 *
 * @example
 * ```ts
 * formatDuration(813000); // '13m 33s'
 * ```
 */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '-';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}h ${String(minutes % 60).padStart(2, '0')}m`;
  return `${Math.floor(hours / 24)}d ${String(hours % 24).padStart(2, '0')}h`;
}

function percent(value: number | null): string {
  return value === null ? '-' : `${(value * 100).toFixed(1)}%`;
}

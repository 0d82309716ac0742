import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { KpiReport } from 'socialcare/kpi';
import { describe, expect, it } from 'vitest';
import { parseKpiArgs } from '../../src/cli/kpi-args';
import { runCli } from '../../src/cli/run-cli';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/kpi/${name}`, import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const MIN = 60_000;

async function run(argv: string[], tty = false) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), isTTY: tty, columns: 100 },
  });
  return { code, stdout, stderr };
}

async function json(argv: string[]): Promise<KpiReport> {
  const { code, stdout, stderr } = await run(argv);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as KpiReport;
}

describe('socialcare kpi FILE --format twcs --json', () => {
  it('prints the documented report (figures computed by hand)', async () => {
    const report = await json(['kpi', fixture('sample-twcs.csv'), '--format', 'twcs', '--json']);
    expect(report.definition).toMatchObject({
      clock: 'calendar',
      quantiles: 'exact',
      withinThresholdsMs: [900000, 3600000, 86400000],
    });
    expect(report.skipped).toEqual({ brandInitiated: 1, orphan: 1 });
    expect(report.overall).toMatchObject({
      conversations: 4,
      responded: 3,
      responseRate: 0.75,
      firstResponseMs: { count: 3, mean: 25 * MIN, median: 10 * MIN, p90: 50 * MIN },
      respondedWithin: { '900000': 0.5, '3600000': 0.75, '86400000': 0.75 },
    });
    expect(Object.keys(report.byAccount)).toEqual(['AcmeCare', 'OtherHelp']);
    expect(report.byAccount.AcmeCare).toMatchObject({
      conversations: 3,
      responded: 2,
      firstResponseMs: { count: 2, median: 35 * MIN },
    });
    expect(report.byAccount.OtherHelp?.firstResponseMs.median).toBe(5 * MIN);
    expect(report.overall.replyMs).toMatchObject({ count: 3 });
  });

  it('infers the format from the extension and reads NDJSON events', async () => {
    const report = await json(['kpi', fixture('events.ndjson'), '--json']);
    expect(report.overall).toMatchObject({ conversations: 2, responded: 1, resolved: 1 });
    expect(report.overall.firstResponseMs.median).toBe(6 * MIN);
    expect(report.overall.csat).toMatchObject({ count: 1, satisfiedShare: 1 });
    expect(report.byAccount.acmepage?.conversations).toBe(2);
    const explicit = await json(['kpi', fixture('events.ndjson'), '--format', 'events', '--json']);
    expect(explicit).toEqual(report);
  });

  it('--calendar switches to the business clock', async () => {
    const report = await json([
      'kpi',
      fixture('sample-twcs.csv'),
      '--calendar',
      fixture('calendar.json'),
      '--json',
    ]);
    expect(report.definition.clock).toBe('business');
    // 09:00→09:10 open; 10:00→11:00 and 12:00→12:05 closed on Monday
    expect(report.overall.firstResponseMs).toMatchObject({ count: 3, median: 0, mean: (10 * MIN) / 3 });
  });

  it('--by agent attributes TWCS replies by their signatures', async () => {
    const report = await json(['kpi', fixture('sample-twcs.csv'), '--by', 'agent', '--json']);
    expect(Object.keys(report.byAgent ?? {}).sort()).toEqual([
      'AcmeCare/Becky',
      'AcmeCare/KC',
      'OtherHelp/JD',
    ]);
    expect(report.byAccount.AcmeCare?.conversations).toBe(3);
  });

  it('--by platform and hour-of-week add their breakdown', async () => {
    expect(
      Object.keys(
        (await json(['kpi', fixture('sample-twcs.csv'), '--by', 'platform', '--json'])).byPlatform ?? {},
      ),
    ).toEqual(['x']);
    const byHour =
      (await json(['kpi', fixture('sample-twcs.csv'), '--by', 'hour-of-week', '--json'])).byHourOfWeek ?? {};
    expect(Object.keys(byHour).sort()).toEqual(['Mon 09:00', 'Mon 10:00', 'Mon 12:00', 'Tue 08:00']);
  });

  it('--quantiles sketch keeps counts exact and says so', async () => {
    const report = await json(['kpi', fixture('sample-twcs.csv'), '--quantiles', 'sketch', '--json']);
    expect(report.definition).toMatchObject({ quantiles: 'sketch', relativeAccuracy: 0.01 });
    expect(report.overall.firstResponseMs.count).toBe(3);
    expect(report.overall.firstResponseMs.median).toBeGreaterThan(10 * MIN * 0.99);
    expect(report.overall.firstResponseMs.median).toBeLessThan(10 * MIN * 1.01);
  });

  it('--within and --percentiles configure the definition', async () => {
    const report = await json([
      'kpi',
      fixture('sample-twcs.csv'),
      '--within',
      '5m,2h',
      '--percentiles',
      '0.75',
      '--json',
    ]);
    expect(report.overall.respondedWithin).toEqual({ '300000': 0.25, '7200000': 0.75 });
    expect(report.overall.firstResponseMs.p75).toBe(35 * MIN);
  });
});

describe('socialcare kpi: table and progress', () => {
  it('prints a readable table without --json', async () => {
    const { code, stdout } = await run(['kpi', fixture('sample-twcs.csv')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^account\s+conv\s+resp%/);
    expect(stdout).toMatch(/overall\s+4\s+75\.0%\s+10m 00s/);
    expect(stdout).toContain('AcmeCare');
    expect(stdout).toContain('1 brand-initiated, 1 orphan');
  });

  it('draws a progress bar on standard error only when it is a terminal', async () => {
    expect((await run(['kpi', fixture('sample-twcs.csv'), '--json'])).stderr).toBe('');
    const tty = await run(['kpi', fixture('sample-twcs.csv'), '--json'], true);
    expect(tty.stderr).toContain('100%');
    expect(JSON.parse(tty.stdout).overall.conversations).toBe(4);
    expect((await run(['kpi', fixture('sample-twcs.csv'), '--no-progress'], true)).stderr).toBe('');
  });
});

describe('socialcare kpi: errors', () => {
  it('a missing file exits 1 with a clear message', async () => {
    const { code, stderr, stdout } = await run(['kpi', 'no/such/file.csv', '--json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/File not found: no\/such\/file\.csv/);
  });

  it('an unknown format exits 2 and lists the formats', async () => {
    const { code, stderr } = await run(['kpi', fixture('sample-twcs.csv'), '--format', 'xlsx']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown --format "xlsx": use twcs, events/);
  });

  it('a bad calendar file exits 1 and says what is wrong', async () => {
    const invalid = await run([
      'kpi',
      fixture('sample-twcs.csv'),
      '--calendar',
      fixture('bad-calendar.json'),
    ]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/Bad calendar file .*bad-calendar\.json/);
    const notJson = await run(['kpi', fixture('sample-twcs.csv'), '--calendar', fixture('sample-twcs.csv')]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/Bad calendar file .*not JSON/);
    const missing = await run(['kpi', fixture('sample-twcs.csv'), '--calendar', 'nope.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Bad calendar file nope\.json: cannot read it/);
  });

  it('a CSV that is not TWCS exits 1 naming the missing columns', async () => {
    const { code, stderr } = await run(['kpi', fixture('calendar.json'), '--format', 'twcs']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/not a TWCS CSV/);
  });

  it('usage errors exit 2: no file, unknown option, unknown command', async () => {
    expect((await run(['kpi'])).code).toBe(2);
    expect((await run(['kpi', 'a.csv', '--bogus'])).code).toBe(2);
    expect((await run(['report'])).code).toBe(2);
    expect((await run(['kpi', '--help'])).stdout).toContain('Usage: socialcare kpi FILE');
  });

  it('parseKpiArgs validates values', () => {
    expect(() => parseKpiArgs(['a.csv', '--by', 'team'])).toThrow(/unknown --by "team"/);
    expect(() => parseKpiArgs(['a.csv', '--quantiles', 'tdigest'])).toThrow(/exact, sketch/);
    expect(() => parseKpiArgs(['a.csv', '--horizon', '-3'])).toThrow(/--horizon/);
    expect(parseKpiArgs(['a.csv', '--horizon', 'Infinity']).horizon).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('the bin', () => {
  it('runs as a process: JSON on stdout and exit 0; exit 1 on a missing file', () => {
    const ok = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/index.ts', 'kpi', fixture('sample-twcs.csv'), '--json'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).overall.conversations).toBe(4);
    const failed = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/index.ts', 'kpi', 'missing.csv'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('File not found');
  });
});

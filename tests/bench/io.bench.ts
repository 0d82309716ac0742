/**
 * Benchmark of socialcare/io: the streaming TWCS reader on a generated TWCS-format file, against
 * csv-parse in its default configuration (records only: it does less than socialcare, which also
 * types the rows and builds messages).
 *
 *   npx tsx tests/bench/io.bench.ts                  (default: a 50 MB file)
 *   BENCH_MB=200 npx tsx tests/bench/io.bench.ts     (the full run)
 *
 * The files are written by `writeSampleTwcs` into a temporary directory, deleted at the end (never
 * committed). Reported: MB/s and peak heap per reader in this process, then the peak RSS and heap of
 * a fresh process reading the whole file and a quarter-size file, and its largest live heap after a
 * forced GC every 8 MB: bounded memory means these are about the same, whatever the size.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import { readTwcs, readTwcsBatches } from 'socialcare/io';
import { writeSampleTwcs } from 'socialcare/testing';
import { Bench } from 'tinybench';
import { machineCalibration } from './machine-calibration';

const MB = 1024 * 1024;
let heapPeak = 0;
function sampleMemory(): void {
  const used = process.memoryUsage().heapUsed;
  if (used > heapPeak) heapPeak = used;
}

async function readMessages(file: string): Promise<number> {
  let n = 0;
  for await (const _message of readTwcs(file, { onProgress: sampleMemory })) n++;
  return n;
}

async function readRowBatches(file: string): Promise<number> {
  let n = 0;
  for await (const rows of readTwcsBatches(file, { onProgress: sampleMemory })) n += rows.length;
  return n;
}

async function readCsvParse(file: string): Promise<number> {
  let n = 0;
  for await (const _record of createReadStream(file).pipe(parse())) {
    if (++n % 5_000 === 0) sampleMemory();
  }
  return n - 1; // the header
}

if (process.argv[2] === '--child') {
  // A fresh process reads one file: its peak RSS shows whether memory grows with the file.
  // With --expose-gc it also collects every ~8 MB read and keeps the largest live heap.
  const file = process.argv[3]!;
  const gc = (globalThis as { gc?: () => void }).gc;
  let liveMax = 0;
  let nextGc = 0;
  let rows = 0;
  heapPeak = process.memoryUsage().heapUsed;
  const reader = readTwcs(file, {
    onProgress: ({ bytes }) => {
      sampleMemory();
      if (gc && bytes >= nextGc) {
        nextGc = bytes + 8 * MB;
        gc();
        liveMax = Math.max(liveMax, process.memoryUsage().heapUsed);
      }
    },
  });
  for await (const _message of reader) rows++;
  console.log(
    JSON.stringify({
      rows,
      heapPeakMb: heapPeak / MB,
      liveMaxMb: liveMax / MB,
      rssPeakMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
  process.exit(0);
}

const size = Number(process.env.BENCH_MB ?? 50);
console.log(machineCalibration());
const dir = mkdtempSync(join(tmpdir(), 'socialcare-io-bench-'));
try {
  const file = join(dir, 'twcs.csv');
  const quarter = join(dir, 'twcs-quarter.csv');
  const started = performance.now();
  const written = await writeSampleTwcs(file, { seed: 1, bytes: size * MB });
  const writeSeconds = (performance.now() - started) / 1000;
  await writeSampleTwcs(quarter, { seed: 2, bytes: (size / 4) * MB });
  const fileMb = statSync(file).size / MB;
  console.log(
    `generated ${fileMb.toFixed(0)} MB TWCS file: ${written.rows.toLocaleString('en')} rows, ` +
      `${written.conversations.toLocaleString('en')} conversations, written at ${(fileMb / writeSeconds).toFixed(1)} MB/s`,
  );

  const bench = new Bench({ iterations: size > 100 ? 1 : 2, time: 0, warmup: false });
  const peaks = new Map<string, number>();
  const counts = new Map<string, number>();
  const task = (name: string, run: () => Promise<number>) =>
    bench.add(
      name,
      async () => {
        counts.set(name, await run());
      },
      {
        beforeEach: () => {
          heapPeak = process.memoryUsage().heapUsed;
        },
        afterEach: () => {
          peaks.set(name, Math.max(peaks.get(name) ?? 0, heapPeak));
        },
      },
    );
  task('socialcare readTwcs (Message objects)', () => readMessages(file));
  task('socialcare readTwcsBatches (typed rows)', () => readRowBatches(file));
  task('csv-parse default (string[] records)', () => readCsvParse(file));
  const baseline = process.memoryUsage().heapUsed;
  await bench.run();

  const rows = bench.tasks.map((t) => {
    const result = t.result as { state: string; latency?: { mean: number }; error?: unknown };
    if (result.state !== 'completed') throw result.error ?? new Error(`${t.name}: ${result.state}`);
    const ms = result.latency!.mean;
    return {
      task: t.name,
      'ops/s': (1000 / ms).toFixed(3),
      'MB/s': (fileMb / (ms / 1000)).toFixed(1),
      'rows/s': Math.round((counts.get(t.name) ?? 0) / (ms / 1000)).toLocaleString('en'),
      rows: counts.get(t.name),
      'peak heap over baseline MB': (((peaks.get(t.name) ?? 0) - baseline) / MB).toFixed(0),
    };
  });
  console.table(rows);
  const ours = (bench.tasks[0]!.result as { latency: { mean: number } }).latency.mean;
  const theirs = (bench.tasks[2]!.result as { latency: { mean: number } }).latency.mean;
  console.log(
    `ratio: socialcare readTwcs is ${(theirs / ours).toFixed(2)}x the speed of csv-parse (default configuration), ` +
      'while doing more (typing rows and building messages)',
  );

  const self = fileURLToPath(import.meta.url);
  const memory = [quarter, file].map((path) => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', self, '--child', path], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`child failed: ${child.stderr}`);
    const report = JSON.parse(child.stdout.trim().split('\n').pop()!) as {
      rows: number;
      heapPeakMb: number;
      liveMaxMb: number;
      rssPeakMb: number;
    };
    return {
      file: `${(statSync(path).size / MB).toFixed(0)} MB`,
      rows: report.rows,
      'peak heap MB (with garbage)': report.heapPeakMb.toFixed(0),
      'max live heap MB (after GC, every 8 MB)': report.liveMaxMb.toFixed(1),
      'peak RSS MB': report.rssPeakMb.toFixed(0),
    };
  });
  console.log('memory of a fresh process reading with readTwcs (bounded: about the same for both sizes):');
  console.table(memory);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

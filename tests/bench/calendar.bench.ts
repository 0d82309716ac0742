/**
 * Benchmark of socialcare/calendar against moment-business-time + moment-timezone.
 *
 *   npx tsx tests/bench/calendar.bench.ts            (default, under a minute)
 *   BENCH_TIME_MS=2000 npx tsx tests/bench/calendar.bench.ts   (longer runs per task)
 *
 * Calendar: America/New_York, split weekday hours (09:00-12:30, 13:30-17:30), 30 holidays a year
 * over 2024-2028, 10 special days. moment-business-time cannot express special days or a zone of
 * its own, so its calendar has the same hours and holidays but no special days, and its moments
 * are created with moment-timezone in America/New_York.
 */
import { createRequire } from 'node:module';
import { createBusinessCalendar } from 'socialcare/calendar';
import { Bench } from 'tinybench';

const require = createRequire(import.meta.url);
const moment = require('moment-timezone') as typeof import('moment-timezone');
require('moment-business-time');

const TIME = Number(process.env.BENCH_TIME_MS ?? 300);
const H = 3_600_000;
const DAY = 86_400_000;
const ZONE = 'America/New_York';
const split = [
  ['09:00', '12:30'],
  ['13:30', '17:30'],
] as const;

// 30 holidays a year over 5 years: deterministic pseudo-random weekdays.
let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const holidays: string[] = [];
for (let year = 2024; year <= 2028; year++) {
  const days = new Set<string>();
  while (days.size < 30) {
    const date = new Date(Date.UTC(year, 0, 1) + Math.floor(random() * 365) * DAY).toISOString().slice(0, 10);
    days.add(date);
  }
  holidays.push(...days);
}
holidays.sort();
const special = Array.from({ length: 10 }, (_, i) => ({
  date: new Date(Date.UTC(2024, 1, 3) + i * 97 * DAY).toISOString().slice(0, 10),
  hours: i % 3 === 0 ? [] : [['10:00', '14:00'] as const],
}));
const input = {
  timeZone: ZONE,
  week: { mon: split, tue: split, wed: split, thu: split, fri: split },
  holidays,
  special,
};

const calendar = createBusinessCalendar(input);
const mbtLocale = {
  workinghours: {
    0: null,
    1: ['09:00:00', '12:30:00', '13:30:00', '17:30:00'],
    2: ['09:00:00', '12:30:00', '13:30:00', '17:30:00'],
    3: ['09:00:00', '12:30:00', '13:30:00', '17:30:00'],
    4: ['09:00:00', '12:30:00', '13:30:00', '17:30:00'],
    5: ['09:00:00', '12:30:00', '13:30:00', '17:30:00'],
    6: null,
  },
  holidays,
};
moment.updateLocale('en', mbtLocale as never);

// Query instants spread over 2024-2027 (inside working time for the add/subtract cases).
const COUNT = 4096;
const starts = Array.from(
  { length: COUNT },
  () => Date.parse('2024-01-01T00:00:00Z') + Math.floor(random() * 4 * 365 * DAY),
);
const openStarts = starts.map((t) => calendar.add(t, 0));
const BATCH = 64;
let cursor = 0;
let sink = 0;
const next = () => {
  cursor = (cursor + 1) & (COUNT - 1);
  return cursor;
};

type Mbt = ReturnType<typeof moment> & {
  isWorkingTime(): boolean;
  addWorkingTime(n: number, unit: string): Mbt;
  subtractWorkingTime(n: number, unit: string): Mbt;
  workingDiff(other: Mbt, unit: string, precise?: boolean): number;
};
const mz = (t: number) => moment.tz(t, ZONE) as Mbt;

interface Case {
  name: string;
  ours: () => void;
  theirs?: () => void;
  batch: number;
  /** Operations per call of `theirs` (moment-business-time is slow: small batches). */
  theirBatch?: number;
}
const cases: Case[] = [
  {
    name: 'create calendar',
    batch: 1,
    ours: () => {
      sink += createBusinessCalendar(input).timeZone.length;
    },
  },
  {
    name: 'isOpen',
    batch: BATCH,
    ours: () => {
      for (let i = 0; i < BATCH; i++) sink += calendar.isOpen(starts[next()]!) ? 1 : 0;
    },
    theirBatch: 4,
    theirs: () => {
      for (let i = 0; i < 4; i++) sink += mz(starts[next()]!).isWorkingTime() ? 1 : 0;
    },
  },
  ...[1, 100, 10_000].map((hours) => ({
    name: `add ${hours} h`,
    batch: hours > 100 ? 8 : BATCH,
    ours: () => {
      for (let i = 0; i < (hours > 100 ? 8 : BATCH); i++)
        sink += calendar.add(openStarts[next()]!, hours * H);
    },
    theirBatch: 1,
    theirs: () => {
      sink += mz(openStarts[next()]!).addWorkingTime(hours, 'hours').valueOf();
    },
  })),
  {
    name: 'subtract 1 h',
    batch: BATCH,
    ours: () => {
      for (let i = 0; i < BATCH; i++) sink += calendar.subtract(openStarts[next()]!, H);
    },
    theirBatch: 1,
    theirs: () => {
      sink += mz(openStarts[next()]!).subtractWorkingTime(1, 'hours').valueOf();
    },
  },
  ...[6, 12].map((months) => ({
    name: `elapsed ${months} months`,
    batch: 16,
    ours: () => {
      for (let i = 0; i < 16; i++) {
        const from = starts[next()]!;
        sink += calendar.elapsed(from, from + months * 30.4 * DAY);
      }
    },
    theirBatch: 1,
    theirs: () => {
      const from = starts[next()]!;
      sink += mz(from + months * 30.4 * DAY).workingDiff(mz(from), 'milliseconds');
    },
  })),
];

const ours = new Bench({ time: TIME, warmupTime: 100 });
// moment-business-time steps through days: one call of `add 10000 h` takes seconds, so no warm-up and
// no minimum number of iterations.
const theirs = new Bench({ time: TIME, iterations: 1, warmup: false });
for (const c of cases) {
  ours.add(c.name, c.ours);
  if (c.theirs) theirs.add(c.name, c.theirs);
}
await ours.run();
await theirs.run();

const opsOf = (bench: Bench, name: string, batch: number): number | undefined => {
  const task = bench.getTask(name);
  const result = task?.result;
  if (!result || !('throughput' in result)) return undefined;
  return result.throughput.mean * batch;
};
const format = (n: number | undefined) =>
  n === undefined ? '-' : n < 100 ? n.toPrecision(3) : Math.round(n).toLocaleString('en-US');
const rows = cases.map((c) => {
  const a = opsOf(ours, c.name, c.batch);
  const b = opsOf(theirs, c.name, c.theirBatch ?? c.batch);
  return {
    case: c.name,
    'socialcare ops/s': format(a),
    'moment-business-time ops/s': format(b),
    ratio: a !== undefined && b !== undefined ? `${(a / b).toFixed(1)}x` : '-',
  };
});
console.table(rows);
const add100 = opsOf(ours, 'add 100 h', BATCH)!;
const add10k = opsOf(ours, 'add 10000 h', 8)!;
const creation = opsOf(ours, 'create calendar', 1)!;
console.log(
  `add 10,000 h costs ${(add100 / add10k).toFixed(2)}x add 100 h; creation ${(1000 / creation).toFixed(3)} ms`,
);

// Memory stays bounded (LRU caches of weeks and blocks): random queries over 40 years do not grow the heap.
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < 200_000; i++) {
  sink += calendar.isOpen(Date.parse('2000-01-01T00:00:00Z') + Math.floor(random() * 40 * 365 * DAY)) ? 1 : 0;
}
gc?.();
const after = process.memoryUsage().heapUsed;
console.log(
  `heap: ${(before / 1e6).toFixed(1)} MB before, ${(after / 1e6).toFixed(1)} MB after 200,000 isOpen over 40 years` +
    (gc ? '' : ' (run with NODE_OPTIONS=--expose-gc for exact figures)'),
);

// Cross-check on what both can express (same hours and holidays, no special days): add 1 h and 100 h.
const plain = createBusinessCalendar({ ...input, special: [] });
let same = 0;
let compared = 0;
const differences: string[] = [];
for (let i = 0; i < 200; i++) {
  const from = plain.add(starts[i]!, 0);
  for (const h of [1, 100]) {
    const ours = plain.add(from, h * H);
    const theirs = mz(from).addWorkingTime(h, 'hours').valueOf();
    compared++;
    if (ours === theirs) same++;
    else if (differences.length < 3)
      differences.push(
        `${new Date(from).toISOString()} + ${h} h: ${new Date(ours).toISOString()} vs ${new Date(theirs).toISOString()}`,
      );
  }
}
console.log(
  `add agreement with moment-business-time: ${same}/${compared}${differences.length ? `; e.g. ${differences.join('; ')}` : ''}`,
);
if (sink === 42) console.log('');

/**
 * Benchmark of socialcare/adapters: verify (HMAC over the raw body: Node's crypto when present, and
 * WebCrypto forced in a second column) plus parse (normalization into conversation events) per
 * delivery, for every adapter, on the recorded signed fixtures.
 *
 * Run: npx tsx tests/bench/adapters.bench.ts
 *   BENCH_CPU_DELIVERIES=20000  deliveries per CPU-time measurement (per adapter and column)
 *   BENCH_TIME_MS=500           tinybench wall-clock time per task (0 skips the wall-clock columns)
 *
 * The figure that counts is per CPU-second of this process (process.cpuUsage), which discounts the
 * time lost to other processes on a shared machine: deliveries per second on one core. Requests are
 * built in small batches (BATCH) outside the timed sections, as a server hands them over, and the
 * cost of building them (`new Request`, the benchmark's own harness) is timed and reported apart.
 *
 * A further column runs the same deliveries through `createWebhookHandler` (this adapter alone,
 * `dedupe: false`, a no-op `onEvents`): verify + parse plus the handler's own work and its Response.
 *
 * Compared in the same run, on the same fixtures:
 * - "hand-written on Request": the bare minimum a handler written by hand does with the same
 *   `Request` (`arrayBuffer()`, the signature header, node:crypto createHmac + timingSafeEqual,
 *   JSON.parse), with no normalization at all;
 * - "baseline on bytes": node:crypto createHmac + timingSafeEqual + JSON.parse on the same bytes,
 *   with no `Request` at all: the floor of any verify + parse on this machine.
 *
 * Target (issue 8): >= 20,000 deliveries/s per adapter on one core.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { type Adapter, createHmacKey, createWebhookHandler } from 'socialcare/adapters';
import { Bench } from 'tinybench';
import { setups } from '../adapters/adapter-setups';
import { loadFixtures, type StoredFixture } from '../adapters/platform-fixtures';

const TIME = Number(process.env.BENCH_TIME_MS ?? 500);
const DELIVERIES = Number(process.env.BENCH_CPU_DELIVERIES ?? 20_000);
const BATCH = 50;
const TARGET = 20_000;

interface Case {
  readonly name: string;
  readonly create: (hmac?: 'auto' | 'webcrypto') => Adapter;
  readonly folders: readonly string[];
  readonly header: string;
  readonly secret: string;
  readonly encoding: 'hex' | 'base64';
}

const cases: readonly Case[] = [
  {
    name: 'x',
    create: setups.x,
    folders: ['x'],
    header: 'x-twitter-webhooks-signature',
    secret: 'fixture-x-consumer-secret-NOT-REAL',
    encoding: 'base64',
  },
  {
    name: 'facebook',
    create: setups.facebook,
    folders: ['messenger', 'facebook-page'],
    header: 'x-hub-signature-256',
    secret: 'fixture-meta-app-secret-NOT-REAL',
    encoding: 'hex',
  },
  {
    name: 'instagram',
    create: setups.instagram,
    folders: ['instagram'],
    header: 'x-hub-signature-256',
    secret: 'fixture-meta-app-secret-NOT-REAL',
    encoding: 'hex',
  },
  {
    name: 'whatsapp',
    create: setups.whatsapp,
    folders: ['whatsapp'],
    header: 'x-hub-signature-256',
    secret: 'fixture-meta-app-secret-NOT-REAL',
    encoding: 'hex',
  },
  {
    name: 'bluesky',
    create: setups.bluesky,
    folders: ['bluesky'],
    header: 'x-socialcare-signature',
    secret: 'fixture-relay-secret-NOT-REAL',
    encoding: 'hex',
  },
  {
    name: 'mastodon',
    create: setups.mastodon,
    folders: ['mastodon'],
    header: 'x-hub-signature',
    secret: 'fixture-mastodon-webhook-secret-NOT-REAL',
    encoding: 'hex',
  },
];

interface Row {
  readonly adapter: string;
  readonly fixtures: number;
  readonly averageBytes: number;
  readonly harnessMicros: number;
  readonly oursCpu: number;
  readonly webcryptoCpu: number;
  readonly handlerCpu: number;
  readonly handWrittenCpu: number;
  readonly baselineCpu: number;
  readonly oursWall: number;
  readonly handWrittenWall: number;
}

const rows: Row[] = [];
const cpuSeconds = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};
const collectGarbage = (globalThis as { gc?: () => void }).gc;
let sink = 0;

for (const benchCase of cases) {
  const fixtures: StoredFixture[] = benchCase.folders
    .flatMap((folder) => loadFixtures(folder))
    .filter((fixture) => fixture.headers?.[benchCase.header] !== undefined);
  const bodies = fixtures.map((fixture) => fixture.body as Uint8Array);
  const adapter = benchCase.create('auto');
  const webcrypto = benchCase.create('webcrypto');
  let next = 0;
  // A fresh Request per delivery, as a server hands it over.
  const fresh = (): Request => {
    const fixture = fixtures[next++ % fixtures.length] as StoredFixture;
    return new Request('https://example.test/webhooks', {
      method: 'POST',
      headers: fixture.headers as Record<string, string>,
      body: fixture.body as BodyInit,
    });
  };

  const handler = createWebhookHandler({ adapters: [adapter], dedupe: false, onEvents: () => undefined });
  const throughHandler = async (request: Request): Promise<void> => {
    const response = await handler(request);
    if (response.status !== 200) throw new Error(`handler answered ${response.status}`);
  };
  const ours = async (request: Request): Promise<void> => {
    await adapter.verify(request);
    sink += (await adapter.parse(request)).events.length;
  };
  const oursWebCrypto = async (request: Request): Promise<void> => {
    await webcrypto.verify(request);
    sink += (await webcrypto.parse(request)).events.length;
  };
  const verifyAndDecode = (body: Uint8Array, header: string): void => {
    const expected = Buffer.from(header.slice(7), benchCase.encoding);
    const actual = createHmac('sha256', benchCase.secret).update(body).digest();
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual))
      throw new Error('bad signature');
    sink += Object.keys(JSON.parse(Buffer.from(body).toString('utf8')) as object).length;
  };
  const handWritten = async (request: Request): Promise<void> => {
    const body = new Uint8Array(await request.arrayBuffer());
    verifyAndDecode(body, request.headers.get(benchCase.header) ?? '');
  };

  // CPU time of `work` over DELIVERIES fresh Requests, built BATCH at a time outside the timed part.
  const perCpuSecond = async (
    work: (request: Request) => Promise<void>,
  ): Promise<{ rate: number; harnessMicros: number }> => {
    collectGarbage?.();
    let working = 0;
    let building = 0;
    for (let done = 0; done < DELIVERIES; done += BATCH) {
      let start = cpuSeconds();
      const batch = Array.from({ length: BATCH }, fresh);
      building += cpuSeconds() - start;
      start = cpuSeconds();
      for (const request of batch) await work(request);
      working += cpuSeconds() - start;
    }
    return { rate: DELIVERIES / working, harnessMicros: (building / DELIVERIES) * 1e6 };
  };
  // The floor: HMAC + JSON.parse over the same bytes, no Request involved.
  const baselinePerCpuSecond = (): number => {
    collectGarbage?.();
    const start = cpuSeconds();
    for (let index = 0; index < DELIVERIES; index++) {
      const fixture = fixtures[index % fixtures.length] as StoredFixture;
      verifyAndDecode(bodies[index % bodies.length] as Uint8Array, fixture.headers?.[benchCase.header] ?? '');
    }
    return DELIVERIES / (cpuSeconds() - start);
  };

  // Warm-up (JIT) with a few deliveries of every column.
  for (let index = 0; index < Math.min(2000, DELIVERIES); index++) {
    await ours(fresh());
    await oursWebCrypto(fresh());
    await handWritten(fresh());
    await throughHandler(fresh());
  }
  baselinePerCpuSecond();

  const measured = await perCpuSecond(ours);
  const webcryptoCpu = (await perCpuSecond(oursWebCrypto)).rate;
  const handlerCpu = (await perCpuSecond(throughHandler)).rate;
  const handWrittenCpu = (await perCpuSecond(handWritten)).rate;
  const baselineCpu = baselinePerCpuSecond();

  let oursWall = 0;
  let handWrittenWall = 0;
  if (TIME > 0) {
    let pending = fresh();
    const renew = (): void => {
      pending = fresh();
    };
    const bench = new Bench({ time: TIME, warmupTime: 100 });
    bench.add(`socialcare ${benchCase.name}: verify + parse`, () => ours(pending), { beforeEach: renew });
    bench.add(`hand-written ${benchCase.name}`, () => handWritten(pending), { beforeEach: renew });
    await bench.run();
    const throughput = (index: number): number => {
      const result = bench.tasks[index]?.result;
      return result !== undefined && 'throughput' in result ? result.throughput.mean : 0;
    };
    oursWall = throughput(0);
    handWrittenWall = throughput(1);
  }

  rows.push({
    adapter: benchCase.name,
    fixtures: fixtures.length,
    averageBytes: bodies.reduce((sum, body) => sum + body.byteLength, 0) / bodies.length,
    harnessMicros: measured.harnessMicros,
    oursCpu: measured.rate,
    webcryptoCpu,
    handlerCpu,
    handWrittenCpu,
    baselineCpu,
    oursWall,
    handWrittenWall,
  });
}
if (sink < 0) console.log(sink);

const format = (value: number): string => Math.round(value).toLocaleString('en-US');
// The path the adapters' HMAC takes: 'node' (createHmac from node:crypto, found through
// process.getBuiltinModule) or 'webcrypto'.
console.log(`\nHMAC: ${createHmacKey('probe').implementation}`);
console.log(
  `\nsocialcare/adapters: verify + parse per delivery (${format(DELIVERIES)} deliveries per CPU column, Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)})\n`,
);
console.log(
  '| adapter | signed fixtures | avg bytes | socialcare per CPU-second | WebCrypto forced per CPU-second | createWebhookHandler per CPU-second | hand-written on Request (arrayBuffer + createHmac + JSON.parse) per CPU-second | baseline createHmac + JSON.parse on bytes per CPU-second | harness: new Request (µs, not counted) | socialcare wall (tinybench) | hand-written wall | >= 20,000/s on one core |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const row of rows) {
  console.log(
    `| ${row.adapter} | ${row.fixtures} | ${format(row.averageBytes)} | ${format(row.oursCpu)} | ${format(row.webcryptoCpu)} | ${format(row.handlerCpu)} | ${format(row.handWrittenCpu)} | ${format(row.baselineCpu)} | ${row.harnessMicros.toFixed(1)} | ${format(row.oursWall)} | ${format(row.handWrittenWall)} | ${row.oursCpu >= TARGET ? 'yes' : 'NO'} |`,
  );
}

/**
 * Benchmark of socialcare/adapters: verify (HMAC over the raw body: Node's crypto when present, and
 * WebCrypto forced in a second column) plus parse
 * (normalization into conversation events) per delivery, for every adapter, on the recorded
 * fixtures. Compared in the same run with the named alternative "node:crypto createHmac +
 * timingSafeEqual + JSON.parse": the bare minimum a hand-written handler does (reads the body, checks
 * the signature and decodes the JSON, with no normalization at all). Both get a fresh `Request` per
 * delivery, built outside the timed function.
 *
 * Run: npx tsx tests/bench/adapters.bench.ts   (BENCH_TIME_MS=1500 per task, BENCH_CPU_DELIVERIES=5000)
 *
 * Two throughputs: wall-clock (tinybench) and per CPU-second of this process (process.cpuUsage),
 * which discounts time lost to other processes on a shared machine.
 * Target: >= 20,000 deliveries/s per adapter on one core.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import type { Adapter } from 'socialcare/adapters';
import { Bench } from 'tinybench';
import { setups } from '../adapters/adapter-setups';
import { loadFixtures, type StoredFixture } from '../adapters/platform-fixtures';

const TIME = Number(process.env.BENCH_TIME_MS ?? 1500);
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

const rows: {
  adapter: string;
  fixtures: number;
  ours: number;
  webcrypto: number;
  alternative: number;
  oursCpu: number;
  alternativeCpu: number;
}[] = [];

for (const benchCase of cases) {
  const fixtures: StoredFixture[] = benchCase.folders
    .flatMap((folder) => loadFixtures(folder))
    .filter((fixture) => fixture.headers?.[benchCase.header] !== undefined);
  const adapter = benchCase.create('auto');
  const webcrypto = benchCase.create('webcrypto');
  let next = 0;
  let sink = 0;
  // A fresh Request per delivery (as a server hands it over), built outside the timed function.
  const fresh = (): Request => {
    const fixture = fixtures[next++ % fixtures.length] as StoredFixture;
    return new Request('https://example.test/webhooks', {
      method: 'POST',
      headers: fixture.headers as Record<string, string>,
      body: fixture.body as BodyInit,
    });
  };
  let pending = fresh();
  const renew = (): void => {
    pending = fresh();
  };
  const bench = new Bench({ time: TIME, warmupTime: 200 });
  bench.add(
    `socialcare ${benchCase.name}: verify + parse`,
    async () => {
      await adapter.verify(pending);
      sink += (await adapter.parse(pending)).events.length;
    },
    { beforeEach: renew },
  );
  bench.add(
    `socialcare ${benchCase.name}: verify + parse (WebCrypto forced)`,
    async () => {
      await webcrypto.verify(pending);
      sink += (await webcrypto.parse(pending)).events.length;
    },
    { beforeEach: renew },
  );
  bench.add(
    `node:crypto createHmac + JSON.parse: ${benchCase.name}`,
    async () => {
      const body = new Uint8Array(await pending.arrayBuffer());
      const header = pending.headers.get(benchCase.header) ?? '';
      const expected = Buffer.from(header.slice(7), benchCase.encoding);
      const actual = createHmac('sha256', benchCase.secret).update(body).digest();
      if (expected.length !== actual.length || !timingSafeEqual(expected, actual))
        throw new Error('bad signature');
      sink += Object.keys(JSON.parse(Buffer.from(body).toString('utf8')) as object).length;
    },
    { beforeEach: renew },
  );
  await bench.run();
  const throughput = (index: number): number => {
    const result = bench.tasks[index]?.result;
    return result !== undefined && 'throughput' in result ? result.throughput.mean : 0;
  };
  // The same work timed in CPU time (process.cpuUsage), so that other processes competing for
  // the core do not count: deliveries per CPU-second of this process, i.e. on one core.
  const perCpuSecond = async (fn: () => Promise<void>): Promise<number> => {
    const count = Number(process.env.BENCH_CPU_DELIVERIES ?? 5000);
    const requests = Array.from({ length: count }, () => fresh());
    const start = process.cpuUsage();
    for (const request of requests) {
      pending = request;
      await fn();
    }
    const used = process.cpuUsage(start);
    return count / ((used.user + used.system) / 1e6);
  };
  const oursCpu = await perCpuSecond(async () => {
    await adapter.verify(pending);
    sink += (await adapter.parse(pending)).events.length;
  });
  const alternativeCpu = await perCpuSecond(async () => {
    const body = new Uint8Array(await pending.arrayBuffer());
    const header = pending.headers.get(benchCase.header) ?? '';
    const expected = Buffer.from(header.slice(7), benchCase.encoding);
    const actual = createHmac('sha256', benchCase.secret).update(body).digest();
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual))
      throw new Error('bad signature');
    sink += Object.keys(JSON.parse(Buffer.from(body).toString('utf8')) as object).length;
  });
  rows.push({
    oursCpu,
    alternativeCpu,
    adapter: benchCase.name,
    fixtures: fixtures.length,
    ours: throughput(0),
    webcrypto: throughput(1),
    alternative: throughput(2),
  });
  if (sink < 0) console.log(sink);
}

const format = (value: number): string => Math.round(value).toLocaleString('en-US');
console.log(
  `\nsocialcare/adapters: verify + parse per delivery (${TIME} ms per task, Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)})\n`,
);
console.log(
  '| adapter | signed fixtures | socialcare deliveries/s (wall) | socialcare, WebCrypto forced | node:crypto createHmac + JSON.parse ops/s | ratio | socialcare per CPU-second | alternative per CPU-second | ratio (CPU) | >= 20,000/s on one core |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const row of rows) {
  console.log(
    `| ${row.adapter} | ${row.fixtures} | ${format(row.ours)} | ${format(row.webcrypto)} | ${format(row.alternative)} | ${(row.ours / row.alternative).toFixed(2)} | ${format(row.oursCpu)} | ${format(row.alternativeCpu)} | ${(row.oursCpu / row.alternativeCpu).toFixed(2)} | ${row.oursCpu >= TARGET ? 'yes' : 'NO'} |`,
  );
}

import { writeSampleTwcs } from 'socialcare/testing';
import { readTwcs, readTwcsBatches } from 'socialcare/io';
import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
const file = '/tmp/io-scratch/sample50.csv';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let c0 = cpu();
const w = await writeSampleTwcs(file, { seed: 1, bytes: 50 * 1024 * 1024 });
console.log('write', w, 'cpu', (cpu() - c0).toFixed(0));
for (let r = 0; r < 2; r++) {
  c0 = cpu();
  let n = 0;
  const reader = readTwcs(file);
  for await (const _m of reader) n++;
  const a = cpu() - c0;
  c0 = cpu();
  let b = 0;
  for await (const batch of readTwcsBatches(file)) b += batch.length;
  const bt = cpu() - c0;
  c0 = cpu();
  let p = 0;
  for await (const _rec of createReadStream(file).pipe(parse())) p++;
  const pt = cpu() - c0;
  console.log('readTwcs', n, a.toFixed(0), (50 / a * 1000).toFixed(1), 'MB/s | batches', b, bt.toFixed(0), (50 / bt * 1000).toFixed(1), '| csv-parse', p, pt.toFixed(0), (50 / pt * 1000).toFixed(1), reader.report.malformed);
}

import { readTwcs } from 'socialcare/io';
const file = '/tmp/io-scratch/sample50.csv';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let r = 0; r < 3; r++) {
  const c0 = cpu(); let n = 0;
  for await (const _m of readTwcs(file)) n++;
  const a = cpu() - c0; console.log('readTwcs', n, a.toFixed(0), (50 / a * 1000).toFixed(1), 'MB/s');
}

import { writeSampleTwcs } from 'socialcare/testing';
for (const bytes of [50_000, 100_000, 200_000, 400_000]) {
  const t0 = performance.now();
  const r = await writeSampleTwcs('/tmp/io-scratch/s.csv', { seed: 9, bytes });
  console.log(bytes, r, (performance.now() - t0).toFixed(0));
}

import { generateSampleData } from 'socialcare/testing';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let r = 0; r < 3; r++) {
  const c0 = cpu();
  const s = generateSampleData({ seed: r, conversations: 50000 });
  console.log('gen cpu', (cpu() - c0).toFixed(0), s.messages.length);
}

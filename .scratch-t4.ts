import { generateSampleData } from 'socialcare/testing';
import { foldConversation, threadMessages } from 'socialcare/conversation';
const s = generateSampleData({ seed: 1, conversations: 2000 });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let round = 0; round < 5; round++) {
  let c0 = cpu(); let ev = 0;
  for (let r = 0; r < 10; r++) for (const c of s.conversations) { foldConversation(c.events); ev += c.events.length; }
  const f = cpu() - c0;
  c0 = cpu();
  for (let r = 0; r < 10; r++) threadMessages(s.messages);
  const t = cpu() - c0;
  console.log('fold', f.toFixed(0), 'ms', (ev / f / 1000).toFixed(2), 'M ev/s', 'thread', t.toFixed(0), 'ms', ((s.messages.length * 10) / t / 1000).toFixed(2), 'M msg/s');
}

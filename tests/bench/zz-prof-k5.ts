import { foldConversation } from 'socialcare/conversation';
import { createKpiAccumulator } from 'socialcare/kpi';
import { generateSampleData } from 'socialcare/testing';
const sample = generateSampleData({ seed: 11, conversations: 30000 });
const conversations = sample.conversations.map((c) => foldConversation(c.events));
function run(label: string, f: () => void) {
  let best = Infinity;
  for (let i = 0; i < 15; i++) { const t = performance.now(); f(); best = Math.min(best, performance.now() - t); }
  console.log(label, best.toFixed(1), 'ms best →', Math.round(conversations.length / best * 1000).toLocaleString(), '/s');
}
run('empty loop', () => { let n = 0; for (const c of conversations) for (const x of c.messages) n += x.createdAt; });
run('acc account', () => { createKpiAccumulator({}).addAll(conversations).report(); });

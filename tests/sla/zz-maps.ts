import { foldConversation } from 'socialcare/conversation';
import { generateSampleData } from 'socialcare/testing';
const convs = generateSampleData({ seed: 7, conversations: 5000 }).conversations.map((c) => foldConversation(c.events));
const same = (a: unknown, b: unknown) => eval('%HaveSameMap(a, b)') as boolean;
const fast = (o: unknown) => eval('%HasFastProperties(o)') as boolean;
const reps: unknown[] = []; let slow = 0; let total = 0;
for (const c of convs) for (const m of c.messages) { total++; if (!fast(m)) slow++; if (!reps.some((r) => same(r, m))) reps.push(m); }
console.log('messages', total, 'maps', reps.length, 'dictionary-mode', slow);
const areps: unknown[] = [];
for (const c of convs) for (const m of c.messages) if (!areps.some((r) => same(r, m.author))) areps.push(m.author);
console.log('author maps', areps.length);
for (const r of reps.slice(0, 5)) console.log(Object.keys(r as object).join(','));

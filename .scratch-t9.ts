import { conversationOrigin, firstResponse, threadMessages, type Message } from 'socialcare/conversation';
import { readTwcsFile } from 'socialcare/io';
const ms: Message[] = [];
for await (const m of readTwcsFile('/work/shared/data/twcs_head5000.csv')) ms.push(m);
const cs = threadMessages(ms);
const o: Record<string, number> = {};
let responded = 0;
for (const c of cs) { const k = conversationOrigin(c); o[k] = (o[k] ?? 0) + 1; if (k === 'customer' && firstResponse(c)) responded++; }
console.log(cs.length, o, 'responded', responded);

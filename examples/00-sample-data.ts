/**
 * Generate realistic sample data, write it as a TWCS CSV and as an NDJSON event log, and read both
 * back with the streaming readers of `socialcare/io`.
 *
 *   npx tsx examples/00-sample-data.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conversationOrigin, foldConversation, type Message, threadMessages } from 'socialcare/conversation';
import { readEventsNdjson, readTwcsFile, writeEventsNdjson } from 'socialcare/io';
import { generateSampleData, writeSampleTwcs } from 'socialcare/testing';

const dir = mkdtempSync(join(tmpdir(), 'socialcare-example-'));
try {
  // 1. A deterministic sample: same seed, same data.
  const sample = generateSampleData({ seed: 42, conversations: 500 });
  console.log(
    `generated ${sample.conversations.length} conversations, ${sample.messages.length} messages and ` +
      `${sample.events.length} events for ${sample.accounts.length} accounts`,
  );
  const agent = sample.agents[0]!;
  console.log(`first agent: ${agent.name} (${agent.initials}) answers on ${agent.accountIds.join(', ')}`);

  // 2. The event log as NDJSON, read back and folded.
  const eventsFile = join(dir, 'events.ndjson');
  const written = await writeEventsNdjson(eventsFile, sample.events);
  const byConversation = new Map<string, (typeof sample.events)[number][]>();
  for await (const event of readEventsNdjson(eventsFile)) {
    const list = byConversation.get(event.conversationId);
    if (list) list.push(event);
    else byConversation.set(event.conversationId, [event]);
  }
  const states = [...byConversation.values()].map((events) => foldConversation(events));
  const resolved = states.filter((s) => s.status === 'resolved' || s.status === 'closed').length;
  console.log(
    `NDJSON: ${written.rows} events (${(written.bytes / 1024).toFixed(0)} KB) -> ${states.length} states, ${resolved} resolved or closed`,
  );

  // 3. A TWCS-format CSV (the public X part), read back with progress and threaded.
  const csv = join(dir, 'twcs.csv');
  const twcs = await writeSampleTwcs(csv, { seed: 42, conversations: 2_000 });
  const messages: Message[] = [];
  let progressCalls = 0;
  const reader = readTwcsFile(csv, { onProgress: () => progressCalls++ });
  for await (const message of reader) messages.push(message);
  const { rows, bytes } = reader.report;
  console.log(`read ${rows} rows, ${(bytes / 1024).toFixed(0)} KB (${progressCalls} progress callbacks)`);
  const conversations = threadMessages(messages);
  const measured = conversations.filter((c) => conversationOrigin(c) === 'customer').length;
  console.log(
    `TWCS: ${twcs.rows} rows -> ${conversations.length} conversations (${measured} customer-started), ` +
      `${reader.report.malformed} malformed rows`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Benchmark of socialcare/conversation on generated data: fold every conversation's event log plus
 * thread every message, against a naive alternative written the straightforward way in this file.
 *
 *   npx tsx tests/bench/conversation.bench.ts                         (default: 100k conversations)
 *   BENCH_CONVERSATIONS=1000000 NODE_OPTIONS=--max-old-space-size=16000 \
 *     npx tsx tests/bench/conversation.bench.ts                       (the full run, about 4M messages)
 *
 * Both sides start from the flat event log and the flat message list of `generateSampleData`:
 * - socialcare: group the events by conversation, `foldConversation` each group, `threadMessages(messages)`;
 * - naive: group by conversation, copy and sort each group, reduce it with an immutable spread reducer
 *   (`{ ...state, messages: [...state.messages, m] }`), and thread by walking each message up its reply
 *   chain without memo, grouping by root and sorting each group (no private gap split, no linking:
 *   it does less than socialcare).
 * Reported: messages per second of fold+thread, in wall time and in CPU time of this process (the
 * fair figure on a shared machine; target: >= 1M/s on one core), peak heap and RSS.
 */

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  type ConversationEvent,
  foldConversation,
  type Message,
  threadMessages,
} from 'socialcare/conversation';
import { generateSampleData } from 'socialcare/testing';
import { Bench } from 'tinybench';
import { machineCalibration } from './machine-calibration';

const N = Number(process.env.BENCH_CONVERSATIONS ?? 100_000);
const MB = 1024 * 1024;
let heapPeak = 0;
function sampleMemory(): void {
  const used = process.memoryUsage().heapUsed;
  if (used > heapPeak) heapPeak = used;
}

// ------------------------------------------------------------------------- socialcare

function groupByConversation(events: readonly ConversationEvent[]): Map<string, ConversationEvent[]> {
  const groups = new Map<string, ConversationEvent[]>();
  for (const event of events) {
    const list = groups.get(event.conversationId);
    if (list) list.push(event);
    else groups.set(event.conversationId, [event]);
  }
  return groups;
}

function socialcareFoldAndThread(events: readonly ConversationEvent[], messages: readonly Message[]): number {
  let count = 0;
  let i = 0;
  for (const log of groupByConversation(events).values()) {
    count += foldConversation(log).messages.length;
    if (++i % 20_000 === 0) sampleMemory();
  }
  sampleMemory();
  count += threadMessages(messages).length;
  sampleMemory();
  return count;
}

// ------------------------------------------------------------------------- the naive alternative

interface NaiveState {
  readonly id: string;
  readonly status: string;
  readonly messages: readonly (Message & { revisions: string[]; deleted?: number })[];
  readonly tags: readonly string[];
  readonly assignee: string | null;
  readonly surveys: readonly number[];
  readonly events: readonly ConversationEvent[];
}

function naiveReduce(state: NaiveState, event: ConversationEvent): NaiveState {
  const next = { ...state, events: [...state.events, event] };
  switch (event.type) {
    case 'message-received':
    case 'message-sent':
      return { ...next, messages: [...state.messages, { ...event.message, revisions: [] }] };
    case 'message-edited':
      return {
        ...next,
        messages: state.messages.map((m) =>
          m.id === event.messageId ? { ...m, text: event.text, revisions: [...m.revisions, m.text] } : m,
        ),
      };
    case 'message-deleted':
      return {
        ...next,
        messages: state.messages.map((m) => (m.id === event.messageId ? { ...m, deleted: event.at } : m)),
      };
    case 'conversation-status-changed':
      return { ...next, status: event.status };
    case 'conversation-tagged':
      return { ...next, tags: [...state.tags.filter((t) => !event.removed.includes(t)), ...event.added] };
    case 'conversation-assigned':
      return { ...next, assignee: event.agentId };
    case 'survey-answered':
      return { ...next, surveys: [...state.surveys, event.score] };
    default:
      return next;
  }
}

function naiveFoldAndThread(events: readonly ConversationEvent[], messages: readonly Message[]): number {
  let count = 0;
  let i = 0;
  for (const [id, log] of groupByConversation(events)) {
    const sorted = [...log].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const seen = new Set<string>();
    let state: NaiveState = {
      id,
      status: 'new',
      messages: [],
      tags: [],
      assignee: null,
      surveys: [],
      events: [],
    };
    for (const event of sorted) {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      state = naiveReduce(state, event);
    }
    count += state.messages.length;
    if (++i % 20_000 === 0) sampleMemory();
  }
  sampleMemory();
  const byId = new Map<string, Message>();
  for (const m of messages) byId.set(m.id, m);
  const threads = new Map<string, Message[]>();
  for (const m of messages) {
    let key: string;
    if (m.visibility === 'private') key = `dm:${m.threadId ?? m.author.id}`;
    else {
      let root = m;
      for (;;) {
        const parent = root.inReplyTo === undefined ? undefined : byId.get(root.inReplyTo);
        if (parent?.visibility !== 'public') break;
        root = parent;
      }
      key = root.id;
    }
    const list = threads.get(key);
    if (list) list.push(m);
    else threads.set(key, [m]);
  }
  for (const list of threads.values()) list.sort((a, b) => a.createdAt - b.createdAt);
  sampleMemory();
  return count + threads.size;
}

// ------------------------------------------------------------------------- run
console.log(machineCalibration());

const started = performance.now();
const sample = generateSampleData({ seed: 1, conversations: N });
const generated = (performance.now() - started) / 1000;
const messages = sample.messages;
const events = sample.events;
console.log(
  `generated ${N.toLocaleString('en')} conversations: ${messages.length.toLocaleString('en')} messages, ` +
    `${events.length.toLocaleString('en')} events in ${generated.toFixed(1)} s ` +
    `(${Math.round(N / generated).toLocaleString('en')} conversations/s); heap ${(process.memoryUsage().heapUsed / MB).toFixed(0)} MB`,
);

// Every task starts from a collected heap (the generated data promoted to the old generation), after a
// warm-up on a small slice, so that no task pays for the generator's garbage or for compiling.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const warmEvents = sample.conversations.slice(0, 2_000).flatMap((c) => c.events);
const warmMessages = sample.conversations.slice(0, 2_000).flatMap((c) => c.messages);
for (let round = 0; round < 3; round++) {
  socialcareFoldAndThread(warmEvents, warmMessages);
  naiveFoldAndThread(warmEvents, warmMessages);
}
const bench = new Bench({ iterations: 1, time: 0, warmup: false });
const peaks = new Map<string, number>();
const cpuSeconds = new Map<string, number>();
const runs = new Map<string, number>();
let cpuStart = process.cpuUsage();
const task = (name: string, run: () => number) =>
  bench.add(name, run, {
    beforeEach: () => {
      collect();
      collect();
      heapPeak = process.memoryUsage().heapUsed;
      cpuStart = process.cpuUsage();
    },
    afterEach: () => {
      const used = process.cpuUsage(cpuStart);
      cpuSeconds.set(name, (cpuSeconds.get(name) ?? 0) + (used.user + used.system) / 1e6);
      runs.set(name, (runs.get(name) ?? 0) + 1);
      peaks.set(name, Math.max(peaks.get(name) ?? 0, heapPeak));
    },
  });
task('socialcare: fold + thread', () => socialcareFoldAndThread(events, messages));
task('naive groupBy+sort: fold + thread', () => naiveFoldAndThread(events, messages));
task('socialcare: fold only', () => {
  let n = 0;
  for (const log of groupByConversation(events).values()) n += foldConversation(log).messages.length;
  return n;
});
task('socialcare: threadMessages only', () => threadMessages(messages).length);
await bench.run();

const rows = bench.tasks.map((t) => {
  const result = t.result as {
    state: string;
    throughput?: { mean: number };
    latency?: { mean: number };
    error?: unknown;
  };
  if (result.state !== 'completed') throw result.error ?? new Error(`${t.name}: ${result.state}`);
  const ms = result.latency!.mean;
  return {
    task: t.name,
    'ops/s': (1000 / ms).toFixed(3),
    'mean s': (ms / 1000).toFixed(2),
    'messages/s': Math.round(messages.length / (ms / 1000)).toLocaleString('en'),
    'messages/CPU-s': Math.round(
      messages.length / ((cpuSeconds.get(t.name) ?? Number.NaN) / (runs.get(t.name) ?? 1)),
    ).toLocaleString('en'),
    'peak heap MB': ((peaks.get(t.name) ?? 0) / MB).toFixed(0),
  };
});
const ours = bench.tasks[0]!.result as { latency?: { mean: number } };
const naive = bench.tasks[1]!.result as { latency?: { mean: number } };
console.table(rows);
const ratio = naive.latency!.mean / ours.latency!.mean;
console.log(
  `ratio: socialcare fold+thread is ${ratio.toFixed(2)}x the speed of the naive groupBy+sort alternative ` +
    `(${ratio >= 1 ? 'faster' : 'slower'}); target >= 1,000,000 messages/s: ` +
    `${messages.length / (ours.latency!.mean / 1000) >= 1e6 ? 'met' : 'NOT met'}`,
);
console.log(`peak RSS of the process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

/**
 * First-response SLA in business hours: a policy with a business calendar, a rule for urgent cases
 * and a warning; the clocks of one conversation at several instants; a live monitor driven by a
 * virtual clock; and a replay of the policy over generated history (attainment per account).
 *
 *   npx tsx examples/02-first-response-sla.ts
 */
import { createBusinessCalendar } from 'socialcare/calendar';
import { holidaysFor } from 'socialcare/calendar/holidays';
import { type ConversationEvent, foldConversation } from 'socialcare/conversation';
import {
  createSlaMonitor,
  createSlaPolicy,
  evaluateSla,
  replaySla,
  SLA_MONITOR_EVENT_TYPES,
} from 'socialcare/sla';
import { generateSampleData } from 'socialcare/testing';

const iso = (ms: number | undefined) =>
  ms === undefined ? '-' : new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`;

// Amsterdam office hours with the Dutch public holidays.
const weekday = [['09:00', '17:30']] as [string, string][];
const calendar = createBusinessCalendar({
  timeZone: 'Europe/Amsterdam',
  week: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
  holidays: holidaysFor({ country: 'NL', from: '2024-01-01', to: '2025-12-31' }),
});

const policy = createSlaPolicy({
  name: 'care-2024',
  calendar,
  targets: { firstResponse: '1h', nextResponse: '2h', resolution: '2d' },
  rules: [{ name: 'urgent', when: { priority: 'urgent' }, targets: { firstResponse: '15m' } }],
  warning: { share: 0.8 },
});

// A customer writes on Friday 17:05 local time; the agent answers on Monday (Easter Monday is a holiday).
const events: ConversationEvent[] = [
  {
    id: 'e1',
    type: 'message-received',
    at: Date.parse('2024-03-29T16:05:00Z'),
    conversationId: 'case-1',
    message: {
      id: 'm1',
      platform: 'x',
      direction: 'inbound',
      visibility: 'public',
      author: { id: 'ana', kind: 'customer' },
      text: '@AcmeCare my order never arrived',
      createdAt: Date.parse('2024-03-29T16:05:00Z'),
      accountId: 'AcmeCare',
      mentions: ['AcmeCare'],
      attachments: [],
    },
  },
  {
    id: 'e2',
    type: 'message-sent',
    at: Date.parse('2024-04-02T07:40:00Z'),
    conversationId: 'case-1',
    message: {
      id: 'm2',
      platform: 'x',
      direction: 'outbound',
      visibility: 'public',
      author: { id: 'sandra', kind: 'agent' },
      text: '@ana sorry! Checking now ^SP',
      createdAt: Date.parse('2024-04-02T07:40:00Z'),
      accountId: 'AcmeCare',
      mentions: ['ana'],
      attachments: [],
    },
  },
];
const conversation = foldConversation(events);

console.log('First response of case-1 at several instants (Friday 29 March 2024, Good Friday is a workday):');
for (const at of [
  '2024-03-29T16:20:00Z',
  '2024-04-01T12:00:00Z',
  '2024-04-02T07:30:00Z',
  '2024-04-02T09:00:00Z',
]) {
  const clock = evaluateSla(conversation, policy, { at }).metrics.firstResponse[0]!;
  console.log(
    `  ${iso(Date.parse(at))}Z  ${clock.status.padEnd(8)} used ${minutes(clock.elapsedMs).padStart(7)}  ` +
      `due ${iso(clock.dueAt)}Z  warn ${iso(clock.warnAt)}Z${clock.breachedAt ? `  breached ${iso(clock.breachedAt)}Z` : ''}`,
  );
}

// The same events through a live monitor with a virtual clock: one timer for every conversation.
console.log('\nMonitor events:');
const monitor = createSlaMonitor({
  policy,
  clock: { now: () => 0 },
  onError: (error) => console.error(error),
});
for (const type of SLA_MONITOR_EVENT_TYPES) {
  monitor.on(type, (event) =>
    console.log(
      `  ${iso(event.at)}Z  ${event.type.padEnd(12)} ${event.metric} (due ${iso(event.dueAt ?? undefined)}Z)`,
    ),
  );
}
for (const event of events) monitor.ingest(event);
monitor.advanceTo('2024-04-05T00:00:00Z');

// What would attainment have been over a month of history with these hours and targets?
const history = generateSampleData({ seed: 3, conversations: 1_500 }).conversations.map((entry) =>
  foldConversation(entry.events),
);
const replay = replaySla(history, policy);
const share = (value: number | undefined) => (value === undefined ? '  -  ' : `${(value * 100).toFixed(1)}%`);
console.log(`\nReplay over ${replay.conversations} generated conversations:`);
console.log(
  `  first response ${share(replay.metrics.firstResponse.share)}, next response ${share(replay.metrics.nextResponse.share)}, ` +
    `resolution ${share(replay.metrics.resolution.share)}`,
);
for (const [account, group] of Object.entries(replay.byAccount).sort(([a], [b]) => a.localeCompare(b))) {
  const first = group.metrics.firstResponse;
  console.log(
    `  ${account.padEnd(18)} first response ${share(first.share).padStart(6)}  (${first.met} met, ${first.breached} breached)`,
  );
}

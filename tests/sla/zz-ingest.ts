import { createBusinessCalendar } from 'socialcare/calendar';
import { createSlaMonitor, createSlaPolicy } from 'socialcare/sla';

const calendar = createBusinessCalendar({
  timeZone: 'Europe/London',
  week: {
    mon: [['08:00', '20:00']],
    tue: [['08:00', '20:00']],
    wed: [['08:00', '20:00']],
    thu: [['08:00', '20:00']],
    fri: [['08:00', '20:00']],
  },
  holidays: ['2024-12-25'],
});
const policy = createSlaPolicy({
  calendar,
  targets: { firstResponse: '4h', nextResponse: '2h', resolution: '3d' },
  warning: { share: 0.8 },
  rules: [{ when: { visibility: 'private' }, targets: { firstResponse: '1h' } }],
});
const start = Date.parse('2024-03-11T09:00:00Z');
const N = 100_000;
const events: any[] = [];
for (let i = 0; i < N; i++)
  events.push({
    id: `e-${i}`,
    type: 'message-received',
    at: start + i * 10,
    conversationId: `conversation-${i}`,
    message: {
      id: `m-${i}`,
      platform: 'x',
      direction: 'inbound',
      visibility: i % 3 ? 'public' : 'private',
      author: { id: `cu-${i}`, kind: 'customer' },
      text: 'x',
      createdAt: start + i * 10,
      accountId: 'AcmeCare',
      mentions: [],
      attachments: [],
    },
  });
for (let round = 0; round < 4; round++) {
  const m = createSlaMonitor({ policy, clock: { now: () => start } });
  const c0 = process.cpuUsage();
  for (const e of events) m.ingest(e);
  const c = process.cpuUsage(c0);
  console.log(
    'round',
    round,
    'cpu µs/event',
    ((c.user + c.system) / N).toFixed(2),
    Math.round(N / ((c.user + c.system) / 1e6)),
    '/cpu-s',
  );
}

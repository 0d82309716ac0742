import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createBusinessCalendar } from 'socialcare/calendar';
import type { ConversationEvent } from 'socialcare/conversation';
import { createSlaMonitor, createSlaPolicy } from 'socialcare/sla';
import { describe, expect, it } from 'vitest';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const CONVERSATIONS = 100_000;

function customerMessage(index: number, at: number): ConversationEvent {
  return {
    id: `e-${index}`,
    type: 'message-received',
    at,
    conversationId: `conversation-${index}`,
    message: {
      id: `m-${index}`,
      platform: 'x',
      direction: 'inbound',
      visibility: index % 3 === 0 ? 'private' : 'public',
      author: { id: `customer-${index}`, kind: 'customer' },
      text: 'my parcel never arrived',
      createdAt: at,
      accountId: index % 2 === 0 ? 'AcmeCare' : 'AcmeHelp',
      mentions: [],
      attachments: [],
    },
  };
}

describe('SLA monitor load (not timed)', () => {
  it(`holds ${CONVERSATIONS.toLocaleString('en')} open conversations with running clocks`, () => {
    const calendar = createBusinessCalendar({
      timeZone: 'Europe/London',
      week: {
        mon: [['08:00', '20:00']],
        tue: [['08:00', '20:00']],
        wed: [['08:00', '20:00']],
        thu: [['08:00', '20:00']],
        fri: [['08:00', '20:00']],
      },
      holidays: ['2024-12-25', '2024-12-26'],
    });
    const policy = createSlaPolicy({
      calendar,
      targets: { firstResponse: '4h', nextResponse: '2h', resolution: '3d' },
      warning: { share: 0.8 },
      rules: [{ when: { visibility: 'private' }, targets: { firstResponse: '1h' } }],
    });
    const start = Date.parse('2024-03-11T09:00:00Z');
    const events = Array.from({ length: CONVERSATIONS }, (_, index) =>
      customerMessage(index, start + index * 10),
    );
    gc();
    const before = process.memoryUsage().heapUsed;
    const monitor = createSlaMonitor({ policy, clock: { now: () => start } });
    const began = performance.now();
    for (const event of events) monitor.ingest(event);
    const seconds = (performance.now() - began) / 1000;
    gc();
    const after = process.memoryUsage().heapUsed;
    const stats = monitor.stats();
    const bytesPerClock = (after - before) / stats.openClocks;
    console.log(
      `[sla load] ${stats.conversations.toLocaleString('en')} conversations, ${stats.openClocks.toLocaleString('en')} open clocks: ` +
        `${((after - before) / 1024 / 1024).toFixed(1)} MiB retained, ${bytesPerClock.toFixed(0)} B per open clock, ` +
        `${(bytesPerClock * 2).toFixed(0)} B per conversation; ingest ${Math.round(CONVERSATIONS / seconds).toLocaleString('en')} events/s`,
    );
    expect(stats.conversations).toBe(CONVERSATIONS);
    expect(stats.openClocks).toBe(2 * CONVERSATIONS);
    expect(stats.scheduled).toBe(CONVERSATIONS);
    expect(bytesPerClock).toBeLessThan(1024);

    // Replies to half of them: the load does not change what the monitor decides.
    let met = 0;
    monitor.on('sla-met', () => met++);
    const replyAt = start + CONVERSATIONS * 10 + 60_000;
    for (let index = 0; index < CONVERSATIONS; index += 2) {
      monitor.ingest({
        id: `r-${index}`,
        type: 'message-sent',
        at: replyAt,
        conversationId: `conversation-${index}`,
        message: {
          id: `reply-${index}`,
          platform: 'x',
          direction: 'outbound',
          visibility: 'public',
          author: { id: 'agent-1', kind: 'agent' },
          text: 'sorry about that',
          createdAt: replyAt,
          accountId: 'AcmeCare',
          mentions: [],
          attachments: [],
        },
      });
    }
    expect(met).toBe(CONVERSATIONS / 2);
    expect(monitor.stats().openClocks).toBe(1.5 * CONVERSATIONS);
  });
});

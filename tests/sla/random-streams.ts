import fc from 'fast-check';
import { createBusinessCalendar } from 'socialcare/calendar';
import type { ConversationEvent, ConversationStatus, Priority } from 'socialcare/conversation';
import { createSlaPolicy, type SlaPolicy } from 'socialcare/sla';
import { ConversationScript } from './conversation-script';

/** One step of a scripted run: an event to ingest, or time to advance to. */
export type Step =
  | { readonly kind: 'event'; readonly event: ConversationEvent }
  | { readonly kind: 'advance'; readonly at: number };

const START = Date.parse('2024-03-11T08:00:00Z');
const MINUTE = 60_000;

type Action =
  | { kind: 'customer' | 'agent' | 'bot'; conversation: number; delta: number; private: boolean }
  | { kind: 'status'; conversation: number; delta: number; status: ConversationStatus }
  | { kind: 'priority'; conversation: number; delta: number; priority: Priority }
  | { kind: 'tag'; conversation: number; delta: number; vip: boolean }
  | { kind: 'advance'; conversation: number; delta: number };

const delta = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 90 * MINUTE }),
  fc.integer({ min: 1, max: 30 * 60 * MINUTE }),
);
const conversation = fc.integer({ min: 0, max: 2 });

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('customer' as const),
      conversation,
      delta,
      private: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('agent' as const), conversation, delta, private: fc.boolean() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('bot' as const), conversation, delta, private: fc.boolean() }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('status' as const),
      conversation,
      delta,
      status: fc.constantFrom<ConversationStatus>(
        'open',
        'pending-customer',
        'on-hold',
        'resolved',
        'closed',
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('priority' as const),
      conversation,
      delta,
      priority: fc.constantFrom<Priority>('normal', 'urgent'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('tag' as const), conversation, delta, vip: fc.boolean() }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('advance' as const), conversation, delta }) },
);

/** Random runs over three conversations, time never going back. */
export const steps: fc.Arbitrary<Step[]> = fc
  .array(action, { minLength: 1, maxLength: 40 })
  .map((actions) => {
    const scripts = [0, 1, 2].map((index) => new ConversationScript(`c${index}`));
    const out: Step[] = [];
    let time = START;
    for (const entry of actions) {
      time += entry.delta;
      const script = scripts[entry.conversation]!;
      const before = script.events.length;
      switch (entry.kind) {
        case 'customer':
          script.customer(time, { visibility: entry.private ? 'private' : 'public', account: 'AcmeCare' });
          break;
        case 'agent':
          script.agent(time, {
            visibility: entry.private ? 'private' : 'public',
            account: entry.private ? 'AcmeDM' : 'AcmeCare',
          });
          break;
        case 'bot':
          script.agent(time, { bot: true });
          break;
        case 'status':
          script.status(time, entry.status);
          break;
        case 'priority':
          script.priority(time, entry.priority);
          break;
        case 'tag':
          script.tag(time, entry.vip ? ['vip'] : [], entry.vip ? [] : ['vip']);
          break;
        case 'advance':
          out.push({ kind: 'advance', at: time });
          continue;
      }
      for (const event of script.events.slice(before)) out.push({ kind: 'event', event });
    }
    return out;
  });

/** Mon-Fri 09:00-17:00 in Amsterdam with a holiday, and a Saturday overnight shift. */
export const businessCalendar = createBusinessCalendar({
  timeZone: 'Europe/Amsterdam',
  week: {
    mon: [['09:00', '17:00']],
    tue: [
      ['09:00', '12:00'],
      ['13:00', '17:00'],
    ],
    wed: [['09:00', '17:00']],
    thu: [['09:00', '17:00']],
    fri: [['09:00', '17:00']],
    sat: [['22:00', '04:00']],
  },
  holidays: ['2024-03-13'],
});

/** Policies the properties run against. */
export const policies: Record<string, SlaPolicy | SlaPolicy[]> = {
  business: createSlaPolicy({
    calendar: businessCalendar,
    targets: { firstResponse: '1h', nextResponse: '45m', periodicUpdate: '3h', resolution: '8h' },
    warning: { share: 0.75 },
    rules: [
      { name: 'urgent', when: { priority: 'urgent' }, targets: { firstResponse: '10m', resolution: '2h' } },
      { name: 'vip-dm', when: { tags: 'vip', visibility: 'private' }, targets: { nextResponse: '5m' } },
      { name: 'dm-account', when: { account: 'AcmeDM' }, targets: { periodicUpdate: '30m' } },
    ],
  }),
  calendarTime: createSlaPolicy({
    targets: { firstResponse: '30m', nextResponse: '20m', periodicUpdate: '2h', resolution: '6h' },
    warning: { before: '5m' },
    pauseStatuses: ['pending-customer', 'on-hold'],
    resumeOnCustomerMessage: true,
  }),
  versions: [
    createSlaPolicy({
      name: 'v1',
      targets: { firstResponse: '2h', resolution: '10h' },
      warning: { share: 0.5 },
    }),
    createSlaPolicy({
      name: 'v2',
      effectiveFrom: START + 30 * 60 * MINUTE,
      calendar: businessCalendar,
      targets: { firstResponse: '20m', nextResponse: '1h', resolution: '4h' },
      warning: { before: '10m' },
    }),
  ],
};

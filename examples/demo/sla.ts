import { createBusinessCalendar } from 'socialcare/calendar';
import { type Conversation, foldConversation } from 'socialcare/conversation';
import { createSlaPolicy, replaySla, SLA_METRICS } from 'socialcare/sla';
import { generateSampleData } from 'socialcare/testing';

const LABELS = {
  firstResponse: 'first resp.',
  nextResponse: 'next resp.',
  periodicUpdate: 'update',
  resolution: 'resolution',
};

/**
 * SLA attainment per account for `npm run demo`: a business-hours policy (first response 1 h, next
 * response 2 h, periodic update 1 day, resolution 2 days, urgent cases 15 min) replayed over the
 * conversations (2,000 generated ones by default).
 */
export function slaDemo(conversations?: readonly Conversation[]): string[] {
  const data =
    conversations ??
    generateSampleData({ seed: 42, conversations: 2_000 }).conversations.map((entry) =>
      foldConversation(entry.events),
    );
  const weekday = [['08:00', '20:00']] as [string, string][];
  const calendar = createBusinessCalendar({
    timeZone: 'Europe/London',
    week: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [['10:00', '16:00']] },
  });
  const policy = createSlaPolicy({
    calendar,
    targets: { firstResponse: '1h', nextResponse: '2h', periodicUpdate: '1d', resolution: '2d' },
    rules: [{ name: 'urgent', when: { priority: 'urgent' }, targets: { firstResponse: '15m' } }],
  });
  const replay = replaySla(data, policy);
  const cell = (met: number, breached: number, share: number | undefined) =>
    share === undefined ? '-'.padStart(14) : `${(share * 100).toFixed(1)}% of ${met + breached}`.padStart(14);
  const header = `${'account'.padEnd(20)}${SLA_METRICS.map((metric) => LABELS[metric].padStart(14)).join('')}`;
  const lines = [
    `SLA attainment (business hours Mon-Fri 08-20, Sat 10-16 Europe/London; ${replay.conversations} conversations)`,
    header,
  ];
  const row = (name: string, group: (typeof replay)['byAccount'][string]) =>
    `${name.padEnd(20)}${SLA_METRICS.map((metric) => {
      const entry = group.metrics[metric];
      return cell(entry.met, entry.breached, entry.share);
    }).join('')}`;
  for (const [account, group] of Object.entries(replay.byAccount).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(row(account, group));
  }
  lines.push(row('all accounts', replay));
  return lines;
}

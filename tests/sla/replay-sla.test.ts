import { createSlaPolicy, NO_ACCOUNT, replaySla } from 'socialcare/sla';
import { describe, expect, it } from 'vitest';
import { at, ConversationScript } from './conversation-script';
import { weekdayCalendar } from './weekday-calendar';

const weekdays = weekdayCalendar();

// Three conversations on two accounts.
const fast = new ConversationScript('fast')
  .customer('2024-03-11T10:00:00Z', { account: 'AcmeCare' })
  .agent('2024-03-11T10:20:00Z', { account: 'AcmeCare' })
  .status('2024-03-11T11:00:00Z', 'resolved')
  .fold();
const overnight = new ConversationScript('overnight')
  .customer('2024-03-11T16:45:00Z', { account: 'AcmeCare' })
  .agent('2024-03-12T09:30:00Z', { account: 'AcmeCare' })
  .fold();
const slow = new ConversationScript('slow')
  .customer('2024-03-11T10:00:00Z', { account: 'AcmeHelp' })
  .agent('2024-03-11T13:00:00Z', { account: 'AcmeHelp' })
  .customer('2024-03-11T13:05:00Z')
  .fold();
const silent = new ConversationScript('silent').customer('2024-03-11T10:00:00Z').fold();

describe('replaySla', () => {
  it('counts met, breached and open clocks per metric, overall and per account', () => {
    const policy = createSlaPolicy({
      calendar: weekdays,
      targets: { firstResponse: '1h', nextResponse: '30m' },
    });
    const replay = replaySla([fast, overnight, slow, silent], policy, { at: '2024-03-11T17:20:00Z' });
    expect(replay.at).toBe(at('2024-03-11T17:20:00Z'));
    expect(replay.conversations).toBe(4);
    // overnight: 15 min used on Monday, its reply comes on Tuesday: still open at 17:20.
    expect(replay.metrics.firstResponse).toEqual({ met: 1, breached: 2, open: 1, share: 1 / 3 });
    // slow: the customer wrote again at 13:05 and nobody answered within 30 min.
    expect(replay.metrics.nextResponse).toEqual({ met: 0, breached: 1, open: 0, share: 0 });
    expect(replay.byAccount.AcmeCare?.metrics.firstResponse).toEqual({
      met: 1,
      breached: 0,
      open: 1,
      share: 1,
    });
    expect(replay.byAccount.AcmeHelp?.metrics.firstResponse).toEqual({
      met: 0,
      breached: 1,
      open: 0,
      share: 0,
    });
    expect(replay.byAccount[NO_ACCOUNT]?.conversations).toBe(1);
  });

  it('answers "what if" questions: business hours instead of calendar time', () => {
    const calendarTime = createSlaPolicy({ targets: { firstResponse: '1h' } });
    const businessHours = createSlaPolicy({ calendar: weekdays, targets: { firstResponse: '1h' } });
    const history = [fast, overnight, slow];
    expect(replaySla(history, calendarTime).metrics.firstResponse).toMatchObject({ met: 1, breached: 2 });
    expect(replaySla(history, businessHours).metrics.firstResponse).toMatchObject({ met: 2, breached: 1 });
  });

  it('defaults the instant to the latest event of all conversations, and accepts any iterable', () => {
    const policy = createSlaPolicy({ targets: { firstResponse: '1h' } });
    function* all() {
      yield fast;
      yield overnight;
    }
    expect(replaySla(all(), policy).at).toBe(at('2024-03-12T09:30:00Z'));
    expect(replaySla([], policy)).toMatchObject({ conversations: 0, byAccount: {} });
  });

  it('replays a policy change: time used before the change is kept, the rest measured with the new version', () => {
    const v1 = createSlaPolicy({ name: 'calendar time', targets: { firstResponse: '2h' } });
    const v2 = createSlaPolicy({
      name: 'business hours',
      effectiveFrom: '2024-03-11T17:00:00Z',
      calendar: weekdays,
      targets: { firstResponse: '1h' },
    });
    // 16:45 -> 17:00 under v1 (15 min), then 30 min of Tuesday's business hours under v2: 45 min < 1 h.
    const changed = replaySla([overnight], [v1, v2]);
    expect(changed.metrics.firstResponse).toMatchObject({ met: 1, breached: 0 });
    // Under v1 alone the reply came 16 h 45 later: breached.
    expect(replaySla([overnight], v1).metrics.firstResponse).toMatchObject({ met: 0, breached: 1 });
  });
});

import { createBusinessCalendar } from 'socialcare/calendar';
import {
  createSlaPolicy,
  evaluateSla,
  type SlaClock,
  type SlaEvaluation,
  type SlaMetric,
} from 'socialcare/sla';
import { describe, expect, it } from 'vitest';
import { at, ConversationScript } from './conversation-script';
import { weekdayCalendar } from './weekday-calendar';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Mon-Fri 09:00-17:00 UTC, Wednesday 13 March 2024 a holiday. */
const weekdays = weekdayCalendar(['2024-03-13']);

function clock(result: SlaEvaluation, metric: SlaMetric, turn = 1): SlaClock {
  const found = result.metrics[metric].find((entry) => entry.turn === turn);
  if (!found) throw new Error(`no ${metric} clock ${turn} in ${JSON.stringify(result.clocks)}`);
  return found;
}

describe('evaluateSla: first response', () => {
  const policy = createSlaPolicy({ calendar: weekdays, targets: { firstResponse: '1h' } });

  it('is not started before a customer writes', () => {
    const conversation = new ConversationScript().agent('2024-03-11T10:00:00Z').fold();
    const result = evaluateSla(conversation, policy, { at: '2024-03-11T12:00:00Z' });
    expect(clock(result, 'firstResponse')).toMatchObject({
      status: 'not-started',
      startedAt: undefined,
      elapsedMs: 0,
    });
  });

  it('runs in business time only: a message at 16:30 is due at 09:30 the next morning', () => {
    const conversation = new ConversationScript().customer('2024-03-11T16:30:00Z').fold();
    const running = clock(evaluateSla(conversation, policy, { at: '2024-03-11T20:00:00Z' }), 'firstResponse');
    expect(running).toMatchObject({
      status: 'running',
      startedAt: at('2024-03-11T16:30:00Z'),
      dueAt: at('2024-03-12T09:30:00Z'),
      elapsedMs: 30 * MINUTE,
      remainingMs: 30 * MINUTE,
      breachedAt: undefined,
    });
    // At the due instant the time used equals the target: not breached yet.
    expect(
      clock(evaluateSla(conversation, policy, { at: '2024-03-12T09:30:00Z' }), 'firstResponse').status,
    ).toBe('running');
    const late = clock(
      evaluateSla(conversation, policy, { at: '2024-03-12T09:30:00.001Z' }),
      'firstResponse',
    );
    expect(late).toMatchObject({
      status: 'breached',
      breachedAt: at('2024-03-12T09:30:00.001Z'),
      remainingMs: -1,
    });
  });

  it('is met by a response exactly at the due instant and breached one millisecond later', () => {
    const onTime = new ConversationScript()
      .customer('2024-03-11T16:30:00Z')
      .agent('2024-03-12T09:30:00Z')
      .fold();
    expect(clock(evaluateSla(onTime, policy, { at: '2024-03-12T12:00:00Z' }), 'firstResponse')).toMatchObject(
      {
        status: 'met',
        fulfilledAt: at('2024-03-12T09:30:00Z'),
        elapsedMs: HOUR,
      },
    );
    const late = new ConversationScript()
      .customer('2024-03-11T16:30:00Z')
      .agent('2024-03-12T09:30:00.001Z')
      .fold();
    expect(clock(evaluateSla(late, policy, { at: '2024-03-12T12:00:00Z' }), 'firstResponse')).toMatchObject({
      status: 'breached',
      fulfilledAt: at('2024-03-12T09:30:00.001Z'),
      breachedAt: at('2024-03-12T09:30:00.001Z'),
    });
  });

  it('skips holidays: a message on Tuesday 16:30 is due Thursday 09:30', () => {
    const conversation = new ConversationScript().customer('2024-03-12T16:30:00Z').fold();
    const result = clock(evaluateSla(conversation, policy, { at: '2024-03-12T18:00:00Z' }), 'firstResponse');
    expect(result.dueAt).toBe(at('2024-03-14T09:30:00Z'));
  });

  it('ignores facts after the instant evaluated', () => {
    const conversation = new ConversationScript()
      .customer('2024-03-11T10:00:00Z')
      .agent('2024-03-11T10:20:00Z')
      .fold();
    expect(
      clock(evaluateSla(conversation, policy, { at: '2024-03-11T10:10:00Z' }), 'firstResponse').status,
    ).toBe('running');
    expect(
      clock(evaluateSla(conversation, policy, { at: '2024-03-11T10:20:00Z' }), 'firstResponse').status,
    ).toBe('met');
  });

  it('does not count bot replies unless the policy says so', () => {
    const conversation = new ConversationScript()
      .customer('2024-03-11T10:00:00Z')
      .agent('2024-03-11T10:01:00Z', { bot: true })
      .fold();
    expect(
      clock(evaluateSla(conversation, policy, { at: '2024-03-11T10:30:00Z' }), 'firstResponse').status,
    ).toBe('running');
    const withBots = createSlaPolicy({
      calendar: weekdays,
      targets: { firstResponse: '1h' },
      countBotReplies: true,
    });
    expect(
      clock(evaluateSla(conversation, withBots, { at: '2024-03-11T10:30:00Z' }), 'firstResponse').status,
    ).toBe('met');
  });

  it('is fulfilled when the case is resolved without a reply', () => {
    const conversation = new ConversationScript()
      .customer('2024-03-11T10:00:00Z')
      .status('2024-03-11T10:20:00Z', 'resolved')
      .fold();
    expect(
      clock(evaluateSla(conversation, policy, { at: '2024-03-11T12:00:00Z' }), 'firstResponse'),
    ).toMatchObject({
      status: 'met',
      fulfilledAt: at('2024-03-11T10:20:00Z'),
    });
  });

  it('defaults the instant to the latest event', () => {
    const conversation = new ConversationScript()
      .customer('2024-03-11T10:00:00Z')
      .agent('2024-03-11T10:20:00Z')
      .fold();
    expect(evaluateSla(conversation, policy).at).toBe(at('2024-03-11T10:20:00Z'));
  });
});

describe('evaluateSla: pauses', () => {
  const policy = createSlaPolicy({ calendar: weekdays, targets: { firstResponse: '1h', resolution: '8h' } });

  it('pauses while pending-customer and moves the due instant with the pause', () => {
    const conversation = new ConversationScript()
      .customer('2024-03-11T10:00:00Z')
      .status('2024-03-11T10:10:00Z', 'pending-customer')
      .fold();
    const result = clock(evaluateSla(conversation, policy, { at: '2024-03-11T10:30:00Z' }), 'resolution');
    expect(result).toMatchObject({
      status: 'paused',
      pausedSince: at('2024-03-11T10:10:00Z'),
      elapsedMs: 10 * MINUTE,
      // 10 min used before the pause, 6 h 30 from 10:30 to 17:00, 1 h 20 on Tuesday.
      dueAt: at('2024-03-12T10:20:00Z'),
    });
    const later = clock(evaluateSla(conversation, policy, { at: '2024-03-11T11:30:00Z' }), 'resolution');
    expect(later.elapsedMs).toBe(10 * MINUTE);
    expect(later.dueAt).toBe(at('2024-03-12T11:20:00Z'));
  });

  it('pauses exactly for the status intervals, or until the customer writes with resumeOnCustomerMessage', () => {
    const conversation = new ConversationScript()
      .customer('2024-03-11T10:00:00Z')
      .agent('2024-03-11T10:10:00Z')
      .status('2024-03-11T10:10:00Z', 'pending-customer')
      .customer('2024-03-11T12:00:00Z')
      .status('2024-03-11T12:30:00Z', 'open')
      .fold();
    const when = { at: '2024-03-11T13:00:00Z' };
    // The status intervals of the model: paused 10:10-12:30.
    expect(clock(evaluateSla(conversation, policy, when), 'resolution')).toMatchObject({
      status: 'running',
      elapsedMs: 40 * MINUTE,
    });
    const resuming = createSlaPolicy({
      calendar: weekdays,
      targets: { resolution: '8h' },
      resumeOnCustomerMessage: true,
    });
    // The customer's message at 12:00 ends the wait: paused 10:10-12:00.
    expect(clock(evaluateSla(conversation, resuming, when), 'resolution').elapsedMs).toBe(70 * MINUTE);
    expect(
      clock(evaluateSla(conversation, policy, { at: '2024-03-11T12:15:00Z' }), 'resolution').status,
    ).toBe('paused');
    expect(
      clock(evaluateSla(conversation, resuming, { at: '2024-03-11T12:15:00Z' }), 'resolution').status,
    ).toBe('running');
  });

  it('pauses on the statuses the policy names, and only those', () => {
    const script = new ConversationScript()
      .customer('2024-03-11T10:00:00Z')
      .status('2024-03-11T10:30:00Z', 'on-hold')
      .status('2024-03-11T11:30:00Z', 'pending-customer')
      .status('2024-03-11T12:00:00Z', 'open');
    const onHold = createSlaPolicy({
      calendar: weekdays,
      targets: { resolution: '8h' },
      pauseStatuses: ['on-hold'],
    });
    const none = createSlaPolicy({ calendar: weekdays, targets: { resolution: '8h' }, pauseStatuses: [] });
    const when = { at: '2024-03-11T13:00:00Z' };
    expect(clock(evaluateSla(script.fold(), onHold, when), 'resolution').elapsedMs).toBe(2 * HOUR);
    expect(clock(evaluateSla(script.fold(), none, when), 'resolution').elapsedMs).toBe(3 * HOUR);
    expect(clock(evaluateSla(script.fold(), policy, when), 'resolution').elapsedMs).toBe(2.5 * HOUR);
  });

  it('decides breach on time used, so a long pause does not breach', () => {
    const conversation = new ConversationScript()
      .customer('2024-03-11T10:00:00Z')
      .status('2024-03-11T10:30:00Z', 'pending-customer')
      .status('2024-03-12T16:00:00Z', 'open')
      .agent('2024-03-12T16:20:00Z')
      .fold();
    expect(
      clock(evaluateSla(conversation, policy, { at: '2024-03-12T17:00:00Z' }), 'firstResponse'),
    ).toMatchObject({
      status: 'met',
      elapsedMs: 50 * MINUTE,
    });
  });
});

describe('evaluateSla: next response, periodic update, resolution', () => {
  const policy = createSlaPolicy({
    targets: { firstResponse: '1h', nextResponse: '30m', periodicUpdate: '2h', resolution: '4h' },
  });
  const script = new ConversationScript()
    .customer('2024-03-11T10:00:00Z')
    .agent('2024-03-11T10:05:00Z')
    .customer('2024-03-11T10:10:00Z')
    .customer('2024-03-11T10:12:00Z')
    .agent('2024-03-11T10:50:00Z')
    .status('2024-03-11T11:00:00Z', 'resolved')
    .customer('2024-03-11T15:00:00Z')
    .agent('2024-03-11T15:10:00Z')
    .status('2024-03-11T20:00:00Z', 'closed');
  const result = evaluateSla(script.fold(), policy, { at: '2024-03-11T21:00:00Z' });

  it('measures every customer turn after the first as a next response', () => {
    expect(
      result.metrics.nextResponse.map((entry) => [entry.startedAt, entry.fulfilledAt, entry.status]),
    ).toEqual([
      [at('2024-03-11T10:10:00Z'), at('2024-03-11T10:50:00Z'), 'breached'],
      [at('2024-03-11T15:00:00Z'), at('2024-03-11T15:10:00Z'), 'met'],
    ]);
    expect(clock(result, 'nextResponse', 1).breachedAt).toBe(at('2024-03-11T10:40:00.001Z'));
  });

  it('measures brand silences while the case is open as periodic updates', () => {
    expect(
      result.metrics.periodicUpdate.map((entry) => [entry.startedAt, entry.fulfilledAt, entry.status]),
    ).toEqual([
      [at('2024-03-11T10:05:00Z'), at('2024-03-11T10:50:00Z'), 'met'],
      [at('2024-03-11T10:50:00Z'), at('2024-03-11T11:00:00Z'), 'met'],
      [at('2024-03-11T15:10:00Z'), at('2024-03-11T20:00:00Z'), 'breached'],
    ]);
  });

  it('starts a new resolution cycle when the customer writes after a resolution', () => {
    expect(
      result.metrics.resolution.map((entry) => [entry.startedAt, entry.fulfilledAt, entry.status]),
    ).toEqual([
      [at('2024-03-11T10:00:00Z'), at('2024-03-11T11:00:00Z'), 'met'],
      [at('2024-03-11T15:00:00Z'), at('2024-03-11T20:00:00Z'), 'breached'],
    ]);
    expect(result.metrics.firstResponse).toHaveLength(1);
  });
});

describe('evaluateSla: warnings', () => {
  it('warns a set time before due, or at a share of the target', () => {
    const conversation = new ConversationScript().customer('2024-03-11T16:30:00Z').fold();
    const before = createSlaPolicy({
      calendar: weekdays,
      targets: { firstResponse: '1h' },
      warning: { before: '15m' },
    });
    const share = createSlaPolicy({
      calendar: weekdays,
      targets: { firstResponse: '1h' },
      warning: { share: 0.5 },
    });
    const when = { at: '2024-03-11T16:50:00Z' };
    expect(clock(evaluateSla(conversation, before, when), 'firstResponse')).toMatchObject({
      warnAt: at('2024-03-12T09:15:00Z'),
      atRisk: false,
    });
    // Half of the hour is used up at Monday's closing: the warning falls due then, not on Tuesday.
    expect(clock(evaluateSla(conversation, share, when), 'firstResponse')).toMatchObject({
      warnAt: at('2024-03-11T17:00:00Z'),
      atRisk: false,
    });
    expect(
      clock(evaluateSla(conversation, share, { at: '2024-03-11T17:00:00Z' }), 'firstResponse').atRisk,
    ).toBe(true);
  });
});

describe('evaluateSla: rules', () => {
  const policy = createSlaPolicy({
    targets: { firstResponse: '4h' },
    rules: [
      { name: 'urgent', when: { priority: ['urgent', 'high'] }, targets: { firstResponse: '15m' } },
      { name: 'vip', when: { tags: ['vip', 'press'] }, targets: { firstResponse: '30m' } },
      {
        name: 'whatsapp-dm',
        when: { platform: 'whatsapp', visibility: 'private' },
        targets: { firstResponse: '10m' },
      },
      { name: 'acme', when: { account: 'AcmeCare' }, targets: { firstResponse: '1h' } },
    ],
  });
  const first = (script: ConversationScript, when = '2024-03-11T10:00:00Z') =>
    clock(evaluateSla(script.fold(), policy, { at: when }), 'firstResponse');

  it('uses the first rule that matches', () => {
    const script = new ConversationScript()
      .customer('2024-03-11T09:00:00Z', { account: 'AcmeCare' })
      .tag('2024-03-11T09:00:00Z', ['vip'])
      .priority('2024-03-11T09:00:00Z', 'urgent');
    expect(first(script)).toMatchObject({ rule: 'urgent', targetMs: 15 * MINUTE });
    const vip = new ConversationScript()
      .customer('2024-03-11T09:00:00Z')
      .tag('2024-03-11T09:00:00Z', ['press']);
    expect(first(vip).rule).toBe('vip');
    const dm = new ConversationScript().customer('2024-03-11T09:00:00Z', {
      platform: 'whatsapp',
      visibility: 'private',
    });
    expect(first(dm).rule).toBe('whatsapp-dm');
    const publicWhatsapp = new ConversationScript().customer('2024-03-11T09:00:00Z', {
      platform: 'whatsapp',
    });
    expect(first(publicWhatsapp).rule).toBeUndefined();
    const acme = new ConversationScript().customer('2024-03-11T09:00:00Z', { account: 'AcmeCare' });
    expect(first(acme)).toMatchObject({ rule: 'acme', targetMs: HOUR });
    expect(first(new ConversationScript().customer('2024-03-11T09:00:00Z'))).toMatchObject({
      rule: undefined,
      targetMs: 4 * HOUR,
    });
  });

  it('keeps the time used when a priority change switches rules, and breaches at the change when over', () => {
    const script = new ConversationScript()
      .customer('2024-03-11T09:00:00Z')
      .priority('2024-03-11T09:20:00Z', 'urgent');
    const result = first(script, '2024-03-11T09:30:00Z');
    expect(result).toMatchObject({ rule: 'urgent', elapsedMs: 30 * MINUTE, status: 'breached' });
    expect(result.breachedAt).toBe(at('2024-03-11T09:20:00Z'));
    const early = new ConversationScript()
      .customer('2024-03-11T09:00:00Z')
      .priority('2024-03-11T09:05:00Z', 'urgent');
    expect(first(early, '2024-03-11T09:10:00Z')).toMatchObject({
      status: 'running',
      dueAt: at('2024-03-11T09:15:00Z'),
    });
  });
});

describe('evaluateSla: policy versions', () => {
  it('keeps the time used under the old version and measures the rest with the new one', () => {
    const old = createSlaPolicy({ name: 'v1', targets: { firstResponse: '2h' } });
    const next = createSlaPolicy({
      name: 'v2',
      effectiveFrom: '2024-03-11T17:00:00Z',
      calendar: weekdays,
      targets: { firstResponse: '3h' },
    });
    const conversation = new ConversationScript().customer('2024-03-11T16:00:00Z').fold();
    // 16:00-17:00 counts under v1 (calendar time), then v2's business hours: 2 h more from 09:00.
    const result = evaluateSla(conversation, [next, old], { at: '2024-03-12T10:00:00Z' });
    expect(result.policy).toBe('v2');
    expect(clock(result, 'firstResponse')).toMatchObject({
      elapsedMs: 2 * HOUR,
      targetMs: 3 * HOUR,
      dueAt: at('2024-03-12T11:00:00Z'),
      status: 'running',
    });
    // Before the change, v1's target is in force, but the due instant already accounts for the
    // version that starts at 17:00 (the 2 h would not be used up by then).
    const before = evaluateSla(conversation, [old, next], { at: '2024-03-11T16:30:00Z' });
    expect(before.policy).toBe('v1');
    expect(clock(before, 'firstResponse')).toMatchObject({
      targetMs: 2 * HOUR,
      dueAt: at('2024-03-12T11:00:00Z'),
    });
    const beforeAlone = evaluateSla(conversation, old, { at: '2024-03-11T16:30:00Z' });
    expect(clock(beforeAlone, 'firstResponse').dueAt).toBe(at('2024-03-11T18:00:00Z'));
  });
});

describe('evaluateSla: DST and overnight calendars', () => {
  it('counts 23 hours on a spring-forward Sunday (Europe/Amsterdam)', () => {
    const weekend = createBusinessCalendar({
      timeZone: 'Europe/Amsterdam',
      week: { sat: [['00:00', '24:00']], sun: [['00:00', '24:00']] },
    });
    const policy = createSlaPolicy({ calendar: weekend, targets: { resolution: '47h' } });
    // Saturday 30 March 00:00 local = 29 March 23:00Z; Saturday has 24 h, Sunday 31 March only 23 h.
    const conversation = new ConversationScript().customer('2024-03-29T23:00:00Z').fold();
    const result = clock(evaluateSla(conversation, policy, { at: '2024-03-30T12:00:00Z' }), 'resolution');
    expect(result.dueAt).toBe(at('2024-03-31T22:00:00Z'));
    const fallBack = createSlaPolicy({ calendar: weekend, targets: { resolution: '49h' } });
    // Saturday 26 October 2024 00:00 local = 25 October 22:00Z; Sunday 27 October has 25 h.
    const autumn = new ConversationScript().customer('2024-10-25T22:00:00Z').fold();
    expect(clock(evaluateSla(autumn, fallBack, { at: '2024-10-26T12:00:00Z' }), 'resolution').dueAt).toBe(
      at('2024-10-27T23:00:00Z'),
    );
  });

  it('runs across midnight on an overnight calendar (Fri 22:00-06:00 New York)', () => {
    const overnight = createBusinessCalendar({
      timeZone: 'America/New_York',
      week: { fri: [['22:00', '06:00']] },
    });
    const policy = createSlaPolicy({ calendar: overnight, targets: { firstResponse: '3h' } });
    // Friday 8 March 2024 23:00 EST = Saturday 04:00Z: 3 h later is Saturday 02:00 EST = 07:00Z.
    const conversation = new ConversationScript().customer('2024-03-09T04:00:00Z').fold();
    const result = clock(evaluateSla(conversation, policy, { at: '2024-03-09T05:00:00Z' }), 'firstResponse');
    expect(result).toMatchObject({ elapsedMs: HOUR, dueAt: at('2024-03-09T07:00:00Z') });
    // A message at Saturday 05:30 EST (10:30Z) has 30 min that night; the other 2 h 30 start the next
    // Friday at 22:00, which is EDT by then (DST began on 10 March): Saturday 02:00Z + 2 h 30.
    const late = new ConversationScript().customer('2024-03-09T10:30:00Z').fold();
    expect(clock(evaluateSla(late, policy, { at: '2024-03-09T12:00:00Z' }), 'firstResponse').dueAt).toBe(
      at('2024-03-16T04:30:00Z'),
    );
  });
});

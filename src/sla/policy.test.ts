import { CareValidationError } from 'socialcare';
import { createBusinessCalendar } from 'socialcare/calendar';
import { describe, expect, it } from 'vitest';
import { alwaysOpenCalendar } from './always-open-calendar';
import { createSlaPolicy } from './policy';

const calendar = createBusinessCalendar({
  timeZone: 'Europe/Amsterdam',
  week: { mon: [['09:00', '17:00']] },
});

function rejection(run: () => unknown): CareValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof CareValidationError) return error;
    throw error;
  }
  throw new Error('expected a CareValidationError');
}

describe('createSlaPolicy', () => {
  it('parses durations in every accepted form and applies defaults', () => {
    const policy = createSlaPolicy({
      calendar,
      targets: { firstResponse: '1h', nextResponse: 'PT30M', periodicUpdate: 7_200_000, resolution: '1d' },
    });
    expect(policy.clock).toBe('business');
    expect(policy.pauseStatuses).toEqual(['pending-customer']);
    expect(policy.countBotReplies).toBe(false);
    expect(policy.defaults.targets).toEqual({
      firstResponse: 3_600_000,
      nextResponse: 1_800_000,
      periodicUpdate: 7_200_000,
      resolution: 86_400_000,
    });
    expect(policy.defaults.calendar).toBe(calendar);
  });

  it('uses calendar time when no calendar is given', () => {
    const policy = createSlaPolicy({ targets: { firstResponse: '1h' } });
    expect(policy.clock).toBe('calendar');
    expect(policy.defaults.calendar).toBe(alwaysOpenCalendar);
  });

  it('accepts named calendars, calendar hours and per-rule calendars', () => {
    const policy = createSlaPolicy({
      calendars: { emea: calendar, apac: { timeZone: 'Asia/Tokyo', week: { mon: [['09:00', '18:00']] } } },
      calendar: 'emea',
      targets: { firstResponse: '1h' },
      rules: [{ name: 'japan', when: { account: 'AcmeJP' }, calendar: 'apac' }],
    });
    expect(policy.defaults.calendarName).toBe('emea');
    expect(policy.rules[0]?.calendarName).toBe('apac');
    expect(typeof policy.rules[0]?.calendar.add).toBe('function');
  });

  it('merges rule targets over the defaults; null removes a metric; aliases work', () => {
    const policy = createSlaPolicy({
      targets: { firstResponse: '1h', resolution: '1d' },
      rules: [
        { when: { priority: 'urgent' }, targets: { firstResponse: '15m', resolution: null } },
        { conditions: { accountId: 'Acme', tags: 'vip' }, targets: { firstResponse: '30m' } } as never,
      ],
    });
    expect(policy.rules[0]?.targets).toEqual({ firstResponse: 900_000 });
    expect(policy.rules[0]?.rule).toBe('rule-1');
    expect(policy.rules[1]?.when).toEqual({ account: ['Acme'], tags: ['vip'] });
    expect(policy.rules[1]?.targets).toEqual({ firstResponse: 1_800_000, resolution: 86_400_000 });
    const aliased = createSlaPolicy({
      targets: { firstResponse: '1h' },
      pausingStatuses: ['on-hold'],
    } as never);
    expect(aliased.pauseStatuses).toEqual(['on-hold']);
  });

  it('takes a warning as time before due or as a share of the target', () => {
    expect(
      createSlaPolicy({ targets: { firstResponse: '1h' }, warning: { before: '10m' } }).defaults.warning,
    ).toEqual({
      before: 600_000,
    });
    expect(createSlaPolicy({ targets: { firstResponse: '1h' }, warning: '10m' }).defaults.warning).toEqual({
      before: 600_000,
    });
    expect(
      createSlaPolicy({ targets: { firstResponse: '1h' }, warning: { share: 0.75 } }).defaults.warning,
    ).toEqual({
      share: 0.75,
    });
  });

  it('rejects impossible targets', () => {
    expect(rejection(() => createSlaPolicy({ targets: { firstResponse: 0 } })).message).toMatch(
      /targets\.firstResponse: impossible target 0/,
    );
    expect(rejection(() => createSlaPolicy({ targets: { firstResponse: -5 } })).issues[0]?.path).toEqual([
      'targets',
      'firstResponse',
    ]);
    expect(rejection(() => createSlaPolicy({ targets: { firstResponse: 'PT0S' } })).message).toMatch(
      /longer than zero/,
    );
    expect(rejection(() => createSlaPolicy({ targets: { firstResponse: 'soon' } })).message).toMatch(
      /not a duration/,
    );
    expect(
      rejection(() => createSlaPolicy({ targets: { firstResponse: '1h' }, warning: { before: '2h' } }))
        .message,
    ).toMatch(/impossible warning/);
    expect(
      rejection(() =>
        createSlaPolicy({
          targets: { firstResponse: '1h' },
          warning: { before: '10m' },
          rules: [{ name: 'urgent', when: { priority: 'urgent' }, targets: { firstResponse: '5m' } }],
        }),
      ).message,
    ).toMatch(/rule "urgent"/);
    expect(
      rejection(() => createSlaPolicy({ targets: { firstResponse: '1h' }, warning: { share: 1.2 } })).message,
    ).toMatch(/warning/);
    expect(rejection(() => createSlaPolicy({ targets: {} })).message).toMatch(/at least one/);
  });

  it('rejects a policy that references a missing calendar', () => {
    const error = rejection(() =>
      createSlaPolicy({ calendars: { emea: calendar }, calendar: 'apac', targets: { firstResponse: '1h' } }),
    );
    expect(error.message).toMatch(
      /calendar: references calendar "apac", which is not in calendars \(known: emea\)/,
    );
    const inRule = rejection(() =>
      createSlaPolicy({ calendar, targets: { firstResponse: '1h' }, rules: [{ calendar: 'nowhere' }] }),
    );
    expect(inRule.issues[0]?.path).toEqual(['rules', 0, 'calendar']);
  });

  it('rejects a business clock without a calendar, bad calendars and unknown fields', () => {
    expect(
      rejection(() => createSlaPolicy({ clock: 'business', targets: { firstResponse: '1h' } })).message,
    ).toMatch(/needs a calendar/);
    expect(
      rejection(() =>
        createSlaPolicy({ calendar: { timeZone: 'Mars/Olympus' }, targets: { firstResponse: '1h' } }),
      ).issues[0]?.path[0],
    ).toBe('calendar');
    expect(
      rejection(() => createSlaPolicy({ calendar: 42 as never, targets: { firstResponse: '1h' } })).message,
    ).toMatch(/calendar/);
    expect(rejection(() => createSlaPolicy({ target: { firstResponse: '1h' } } as never)).message).toMatch(
      /target/,
    );
  });
});

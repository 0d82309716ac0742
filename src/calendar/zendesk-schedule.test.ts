import { CareValidationError, createBusinessCalendar, fromZendeskSchedule } from 'socialcare/calendar';
import { describe, expect, it } from 'vitest';

const t = (iso: string): number => Date.parse(iso);

describe('fromZendeskSchedule', () => {
  it('converts weekly minute intervals (Sunday 00:00 origin) and maps the zone', () => {
    const input = fromZendeskSchedule({
      id: 42,
      name: 'East Coast',
      time_zone: 'Eastern Time (US & Canada)',
      intervals: [1, 2, 3, 4, 5].map((d) => ({ start_time: d * 1440 + 540, end_time: d * 1440 + 1020 })),
    });
    expect(input).toEqual({
      timeZone: 'America/New_York',
      name: 'East Coast',
      week: {
        mon: [['09:00', '17:00']],
        tue: [['09:00', '17:00']],
        wed: [['09:00', '17:00']],
        thu: [['09:00', '17:00']],
        fri: [['09:00', '17:00']],
      },
    });
    expect(createBusinessCalendar(input).describe()).toBe('Mon-Fri 09:00-17:00 (America/New_York)');
  });

  it('splits intervals crossing midnight and the whole week, and accepts { schedule } and IANA zones', () => {
    const input = fromZendeskSchedule({
      schedule: {
        time_zone: 'Europe/Berlin',
        intervals: [
          { start_time: 5 * 1440 + 1320, end_time: 6 * 1440 + 360 },
          { start_time: 0, end_time: 60 },
        ],
      },
    });
    expect(input.week).toEqual({
      sun: [['00:00', '01:00']],
      fri: [['22:00', '24:00']],
      sat: [['00:00', '06:00']],
    });
    const always = fromZendeskSchedule({ time_zone: 'UTC', intervals: [{ start_time: 0, end_time: 10080 }] });
    const calendar = createBusinessCalendar(always);
    expect(calendar.nextClose('2024-01-03T00:00:00Z')).toBe(Number.POSITIVE_INFINITY);
    expect(calendar.elapsed('2024-01-01T00:00:00Z', '2024-01-08T00:00:00Z')).toBe(7 * 86_400_000);
  });

  it('expands holidays with an inclusive end_date', () => {
    const input = fromZendeskSchedule(
      { time_zone: 'Amsterdam', intervals: [{ start_time: 1980, end_time: 2460 }] },
      { holidays: [{ name: 'Christmas', start_date: '2024-12-25', end_date: '2024-12-26' }] },
    );
    expect(input.timeZone).toBe('Europe/Amsterdam');
    expect(input.holidays).toEqual(['2024-12-25', '2024-12-26']);
    expect(createBusinessCalendar(input).nextOpen('2024-12-27T00:00:00Z')).toBe(t('2024-12-30T08:00:00Z'));
  });

  it('rejects unknown zones and reversed or overlapping intervals, naming the field', () => {
    expect(() => fromZendeskSchedule({ time_zone: 'Gotham', intervals: [] })).toThrow(/time_zone/);
    expect(() =>
      fromZendeskSchedule({ time_zone: 'UTC', intervals: [{ start_time: 100, end_time: 50 }] }),
    ).toThrow(/end_time/);
    expect(() =>
      fromZendeskSchedule({
        time_zone: 'UTC',
        intervals: [
          { start_time: 0, end_time: 100 },
          { start_time: 50, end_time: 200 },
        ],
      }),
    ).toThrow(CareValidationError);
    expect(() =>
      fromZendeskSchedule({ time_zone: 'UTC', intervals: [{ start_time: 0, end_time: 20_000 }] }),
    ).toThrow(/intervals/);
  });
});

describe('ZENDESK_TIME_ZONES', () => {
  it('maps every Zendesk zone name to a zone Intl knows', async () => {
    const { ZENDESK_TIME_ZONES } = await import('socialcare/calendar');
    for (const [name, zone] of Object.entries(ZENDESK_TIME_ZONES)) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone }), name).not.toThrow();
    }
  });
});

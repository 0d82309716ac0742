import { createBusinessCalendar } from 'socialcare/calendar';
import { describe, expect, it } from 'vitest';

const t = (iso: string): number => Date.parse(iso);
const H = 3_600_000;
const M = 60_000;

const sundayMorning = (timeZone: string) =>
  createBusinessCalendar({ timeZone, week: { sun: [['00:00', '06:00']] } });
const saturdayNight = (timeZone: string, holidays: string[] = []) =>
  createBusinessCalendar({ timeZone, week: { sat: [['22:00', '06:00']] }, holidays });

describe.each([
  // zone, spring-forward Sunday, fall-back Sunday, hours on each (00:00-06:00 window)
  ['America/New_York', '2024-03-10', '2024-11-03', 5, 7],
  ['Europe/Berlin', '2024-03-31', '2024-10-27', 5, 7],
  ['Europe/London', '2024-03-31', '2024-10-27', 5, 7],
  ['Australia/Sydney', '2024-10-06', '2024-04-07', 5, 7],
  ['Australia/Lord_Howe', '2024-10-06', '2024-04-07', 5.5, 6.5],
] as const)('DST in %s', (zone, spring, fall, springHours, fallHours) => {
  const dayAround = (date: string): [number, number] => [
    t(`${date}T00:00:00Z`) - 2 * 86_400_000,
    t(`${date}T00:00:00Z`) + 2 * 86_400_000,
  ];

  it('counts physical hours in a 00:00-06:00 window', () => {
    const calendar = sundayMorning(zone);
    expect(calendar.elapsed(...dayAround(spring))).toBe(springHours * H);
    expect(calendar.elapsed(...dayAround(fall))).toBe(fallHours * H);
  });

  it('keeps an overnight Saturday shift whole across the transition and a Sunday holiday', () => {
    const plain = saturdayNight(zone);
    const shift = (date: string) => plain.elapsed(...dayAround(date));
    expect(shift(spring)).toBe((8 - (6 - springHours)) * H);
    expect(shift(fall)).toBe((8 + (fallHours - 6)) * H);
    const withHoliday = saturdayNight(zone, [spring, fall]);
    expect(withHoliday.elapsed(...dayAround(spring))).toBe(shift(spring));
    const saturday = (date: string) =>
      new Date(t(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const saturdayOff = saturdayNight(zone, [saturday(spring), saturday(fall)]);
    expect(saturdayOff.elapsed(...dayAround(spring))).toBe(0);
    expect(saturdayOff.elapsed(...dayAround(fall))).toBe(0);
  });

  it('agrees between isOpen, openIntervals, add and elapsed on the DST nights', () => {
    const calendar = saturdayNight(zone);
    for (const date of [spring, fall]) {
      const [from, to] = dayAround(date);
      const intervals = calendar.openIntervals(from, to);
      expect(intervals).toHaveLength(1);
      const [open, close] = intervals[0]!;
      expect(calendar.isOpen(open)).toBe(true);
      expect(calendar.isOpen(close - 1)).toBe(true);
      expect(calendar.isOpen(close)).toBe(false);
      expect(calendar.isOpen(open - 1)).toBe(false);
      expect(calendar.add(open, close - open)).toBe(close);
      expect(calendar.subtract(close, close - open)).toBe(open);
      expect(calendar.nextClose(open)).toBe(close);
      expect(calendar.nextOpen(from)).toBe(open);
    }
  });
});

describe('DST boundaries', () => {
  it('New York: 09:00-17:00 shifts its UTC time but keeps 8 hours across the change', () => {
    const calendar = createBusinessCalendar({
      timeZone: 'America/New_York',
      week: { fri: [['09:00', '17:00']], mon: [['09:00', '17:00']] },
    });
    expect(calendar.add('2024-03-08T22:00:00Z', H)).toBe(t('2024-03-11T14:00:00Z'));
    expect(calendar.elapsed('2024-03-08T00:00:00Z', '2024-03-12T00:00:00Z')).toBe(16 * H);
    expect(calendar.subtract('2024-03-11T14:00:00Z', 2 * H)).toBe(t('2024-03-08T21:00:00Z'));
  });

  it('London: a boundary in the gap (01:30) opens at 02:30 BST', () => {
    const calendar = createBusinessCalendar({
      timeZone: 'Europe/London',
      week: { sun: [['01:30', '04:00']] },
    });
    expect(calendar.nextOpen('2024-03-30T12:00:00Z')).toBe(t('2024-03-31T01:30:00Z'));
    expect(calendar.nextClose('2024-03-31T01:30:00Z')).toBe(t('2024-03-31T03:00:00Z'));
    // In autumn 01:30 is repeated: the earlier one (BST, 00:30Z) opens.
    expect(calendar.nextOpen('2024-10-26T12:00:00Z')).toBe(t('2024-10-27T00:30:00Z'));
    expect(calendar.nextClose('2024-10-27T00:30:00Z')).toBe(t('2024-10-27T04:00:00Z'));
  });

  it('Berlin: boundaries inside the gap each move forward by the gap', () => {
    const calendar = createBusinessCalendar({
      timeZone: 'Europe/Berlin',
      week: {
        sun: [
          ['01:00', '02:30'],
          ['02:40', '02:50'],
        ],
      },
    });
    // 01:00 CET = 00:00Z; 02:30, 02:40 and 02:50 do not exist and become 03:30, 03:40, 03:50 CEST.
    expect(calendar.openIntervals('2024-03-30T00:00:00Z', '2024-04-01T00:00:00Z')).toEqual([
      [t('2024-03-31T00:00:00Z'), t('2024-03-31T01:30:00Z')],
      [t('2024-03-31T01:40:00Z'), t('2024-03-31T01:50:00Z')],
    ]);
    expect(calendar.openIntervals('2024-04-06T00:00:00Z', '2024-04-08T00:00:00Z')).toEqual([
      [t('2024-04-06T23:00:00Z'), t('2024-04-07T00:30:00Z')],
      [t('2024-04-07T00:40:00Z'), t('2024-04-07T00:50:00Z')],
    ]);
  });

  it('Sydney: Monday hours resolve with the right offset each side of the April change', () => {
    const calendar = createBusinessCalendar({
      timeZone: 'Australia/Sydney',
      week: { mon: [['09:00', '17:00']] },
    });
    expect(calendar.nextOpen('2024-03-31T00:00:00Z')).toBe(t('2024-03-31T22:00:00Z'));
    expect(calendar.nextOpen('2024-04-07T00:00:00Z')).toBe(t('2024-04-07T23:00:00Z'));
  });

  it('Lord Howe: a boundary in the 30-minute gap moves forward 30 minutes', () => {
    const calendar = createBusinessCalendar({
      timeZone: 'Australia/Lord_Howe',
      week: { sun: [['02:15', '03:00']] },
    });
    // 02:15 does not exist on 2024-10-06 (02:00 +10:30 -> 02:30 +11): it becomes 02:45 +11 (15:45Z).
    expect(calendar.nextOpen('2024-10-05T00:00:00Z')).toBe(t('2024-10-05T15:45:00Z'));
    expect(calendar.elapsed('2024-10-05T00:00:00Z', '2024-10-07T00:00:00Z')).toBe(15 * M);
    // 02:15 once the offset is back to +10:30 is 15:45Z, 45 minutes of open time.
    expect(calendar.elapsed('2024-10-12T00:00:00Z', '2024-10-14T00:00:00Z')).toBe(45 * M);
  });

  it('Kolkata (+05:30) and Kathmandu (+05:45) have no DST and non-hour offsets', () => {
    const kolkata = createBusinessCalendar({ timeZone: 'Asia/Kolkata', week: { mon: [['09:00', '17:00']] } });
    expect(kolkata.nextOpen('2024-01-01T00:00:00Z')).toBe(t('2024-01-01T03:30:00Z'));
    expect(kolkata.add('2024-01-01T03:30:00Z', 8 * H)).toBe(t('2024-01-01T11:30:00Z'));
    expect(kolkata.elapsed('2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z')).toBe(53 * 8 * H);
    const kathmandu = createBusinessCalendar({
      timeZone: 'Asia/Kathmandu',
      week: { mon: [['09:00', '17:00']] },
    });
    expect(kathmandu.nextOpen('2024-01-01T00:00:00Z')).toBe(t('2024-01-01T03:15:00Z'));
    expect(kathmandu.isOpen('2024-01-01T11:14:59.999Z')).toBe(true);
    expect(kathmandu.isOpen('2024-01-01T11:15:00Z')).toBe(false);
  });

  it('a year of New York weekdays holds 8 hours per weekday whatever the DST state', () => {
    const days = {
      mon: [['09:00', '17:00']],
      tue: [['09:00', '17:00']],
      wed: [['09:00', '17:00']],
      thu: [['09:00', '17:00']],
      fri: [['09:00', '17:00']],
    } as const;
    const calendar = createBusinessCalendar({
      timeZone: 'America/New_York',
      week: days,
      holidays: ['2024-07-04', '2024-12-25'],
    });
    expect(calendar.elapsed('2024-01-01T05:00:00Z', '2025-01-01T05:00:00Z')).toBe((262 - 2) * 8 * H);
    expect(calendar.add('2024-01-01T05:00:00Z', (262 - 2) * 8 * H)).toBe(t('2024-12-31T22:00:00Z'));
  });

  it('an overnight shift cut by a holiday on its start date, around a DST change (Berlin)', () => {
    const calendar = createBusinessCalendar({
      timeZone: 'Europe/Berlin',
      week: { sat: [['20:00', '04:00']], sun: [['20:00', '04:00']] },
      holidays: ['2024-10-27'],
    });
    // Saturday 26 Oct 20:00 CEST (18:00Z) to Sunday 04:00 CET (03:00Z): 9 hours; Sunday's own shift is a holiday.
    expect(calendar.elapsed('2024-10-26T00:00:00Z', '2024-10-29T00:00:00Z')).toBe(9 * H);
    expect(calendar.nextClose('2024-10-26T18:00:00Z')).toBe(t('2024-10-27T03:00:00Z'));
  });
});

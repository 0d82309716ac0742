import { createBusinessCalendar } from 'socialcare/calendar';
import { describe, expect, it } from 'vitest';

describe('describe(locale)', () => {
  it('groups consecutive days with the same hours', () => {
    const calendar = createBusinessCalendar({
      timeZone: 'Europe/Amsterdam',
      week: {
        mon: [['09:00', '17:00']],
        tue: [['09:00', '17:00']],
        wed: [['09:00', '17:00']],
        thu: [['09:00', '17:00']],
        fri: [['09:00', '17:00']],
        sat: [['10:00', '14:00']],
      },
    });
    expect(calendar.describe()).toBe('Mon-Fri 09:00-17:00, Sat 10:00-14:00 (Europe/Amsterdam)');
    expect(calendar.describe('en-GB')).toBe('Mon-Fri 09:00-17:00, Sat 10:00-14:00 (Europe/Amsterdam)');
  });

  it('localizes weekday names through Intl', () => {
    const calendar = createBusinessCalendar({
      timeZone: 'Europe/Berlin',
      week: { mon: [['09:00', '17:00']], sun: [['10:00', '12:00']] },
    });
    const names = new Intl.DateTimeFormat('de', { weekday: 'short', timeZone: 'UTC' });
    const monday = names.format(Date.UTC(2024, 0, 1));
    const sunday = names.format(Date.UTC(2024, 0, 7));
    expect(calendar.describe('de')).toBe(`${monday} 09:00-17:00, ${sunday} 10:00-12:00 (Europe/Berlin)`);
    expect(calendar.describe('fr')).toContain('lun');
  });

  it('shows split, overnight and all-day hours and a closed week', () => {
    const calendar = createBusinessCalendar({
      timeZone: 'UTC',
      week: {
        mon: [
          ['09:00', '12:30'],
          ['13:30', '17:00'],
        ],
        fri: [['22:00', '06:00']],
        sat: [['00:00', '24:00']],
      },
    });
    expect(calendar.describe()).toBe('Mon 09:00-12:30 & 13:30-17:00, Fri 22:00-06:00, Sat 00:00-24:00 (UTC)');
    expect(createBusinessCalendar({ timeZone: 'Asia/Tokyo' }).describe()).toBe('Closed (Asia/Tokyo)');
    expect(() => calendar.describe('not a locale!')).toThrow(/locale/);
  });
});

describe('nextOpenText(at, locale)', () => {
  const calendar = createBusinessCalendar({
    timeZone: 'Europe/Amsterdam',
    week: {
      mon: [['09:00', '17:00']],
      tue: [['09:00', '17:00']],
      wed: [['09:00', '17:00']],
      thu: [['09:00', '17:00']],
      fri: [['09:00', '17:00']],
    },
    holidays: ['2024-12-25', '2024-12-26'],
    special: [
      { date: '2024-12-30', hours: [] },
      { date: '2024-12-31', hours: [] },
      { date: '2025-01-01', hours: [] },
      { date: '2025-01-02', hours: [] },
      { date: '2025-01-03', hours: [] },
    ],
  });

  it("answers out of hours with the next opening in the calendar's zone", () => {
    // Saturday 9 March 2024, 12:00 in Amsterdam.
    expect(calendar.nextOpenText('2024-03-09T11:00:00Z')).toBe("We're back Monday at 09:00");
    expect(calendar.nextOpenText('2024-03-11T17:30:00Z')).toBe("We're back Tuesday at 09:00");
    expect(calendar.nextOpenText('2024-03-11T06:00:00Z')).toBe("We're back Monday at 09:00");
    expect(calendar.nextOpenText('2024-12-24T17:00:00Z')).toBe("We're back Friday at 09:00");
  });

  it('adds the date when the opening is a week or more away, and says when open', () => {
    expect(calendar.nextOpenText('2024-12-27T17:00:00Z')).toBe("We're back Monday, January 6 at 09:00");
    expect(calendar.nextOpenText('2024-03-11T10:00:00Z')).toBe("We're open now until 17:00");
  });

  it('speaks a few languages and falls back to English', () => {
    expect(calendar.nextOpenText('2024-03-09T11:00:00Z', 'de')).toBe(
      'Wir sind Montag um 09:00 Uhr wieder da',
    );
    expect(calendar.nextOpenText('2024-03-09T11:00:00Z', 'nl-NL')).toBe('We zijn maandag om 09:00 terug');
    expect(calendar.nextOpenText('2024-03-09T11:00:00Z', 'ja')).toMatch(/^We're back .+ at 09:00$/);
  });
});

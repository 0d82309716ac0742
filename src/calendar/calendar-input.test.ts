import { CareValidationError, createBusinessCalendar } from 'socialcare/calendar';
import { describe, expect, it } from 'vitest';

function issuesOf(input: unknown): { path: (string | number)[]; message: string }[] {
  try {
    createBusinessCalendar(input as never);
  } catch (error) {
    expect(error).toBeInstanceOf(CareValidationError);
    return (error as CareValidationError).issues as { path: (string | number)[]; message: string }[];
  }
  throw new Error('expected a CareValidationError');
}

describe('calendar input validation', () => {
  it('names an unknown zone', () => {
    const issues = issuesOf({ timeZone: 'Europe/Atlantis' });
    expect(issues[0]!.path).toEqual(['timeZone']);
    expect(() => createBusinessCalendar({ timeZone: 'Europe/Atlantis' })).toThrow(/timeZone/);
  });

  it('names malformed times, open == close and overlapping intervals', () => {
    expect(issuesOf({ timeZone: 'UTC', week: { mon: [['9am', '17:00']] } })[0]!.path).toEqual([
      'week',
      'mon',
      0,
      0,
    ]);
    expect(issuesOf({ timeZone: 'UTC', week: { tue: [['09:00', '17:60']] } })[0]!.path).toEqual([
      'week',
      'tue',
      0,
      1,
    ]);
    expect(issuesOf({ timeZone: 'UTC', week: { wed: [['24:00', '10:00']] } })[0]!.path).toEqual([
      'week',
      'wed',
      0,
      0,
    ]);
    expect(issuesOf({ timeZone: 'UTC', week: { thu: [['09:00', '09:00']] } })[0]!.path).toEqual([
      'week',
      'thu',
      0,
    ]);
    expect(
      issuesOf({
        timeZone: 'UTC',
        week: {
          fri: [
            ['09:00', '13:00'],
            ['12:00', '17:00'],
          ],
        },
      })[0]!.path,
    ).toEqual(['week', 'fri', 1]);
    expect(
      issuesOf({
        timeZone: 'UTC',
        special: [
          {
            date: '2024-01-01',
            hours: [
              ['22:00', '06:00'],
              ['23:00', '23:30'],
            ],
          },
        ],
      })[0]!.path,
    ).toEqual(['special', 0, 'hours', 1]);
  });

  it('names dates that do not exist and duplicate special days', () => {
    expect(issuesOf({ timeZone: 'UTC', holidays: ['2023-02-29'] })[0]!.path).toEqual(['holidays', 0]);
    expect(issuesOf({ timeZone: 'UTC', holidays: ['2024-13-01'] })[0]!.path).toEqual(['holidays', 0]);
    expect(issuesOf({ timeZone: 'UTC', special: [{ date: '24-12-24', hours: [] }] })[0]!.path).toEqual([
      'special',
      0,
      'date',
    ]);
    expect(
      issuesOf({
        timeZone: 'UTC',
        special: [
          { date: '2024-12-24', hours: [] },
          { date: '2024-12-24', hours: [['09:00', '10:00']] },
        ],
      })[0]!.path,
    ).toEqual(['special', 1, 'date']);
  });

  it('names bad closures, horizons, unknown fields and wrong types', () => {
    expect(
      issuesOf({
        timeZone: 'UTC',
        closures: [{ from: '2024-01-02T00:00:00Z', to: '2024-01-01T00:00:00Z' }],
      })[0]!.path,
    ).toEqual(['closures', 0, 'to']);
    expect(
      issuesOf({ timeZone: 'UTC', closures: [{ from: '2024-01-02 10:00', to: '2024-01-03T00:00:00Z' }] })[0]!
        .path,
    ).toEqual(['closures', 0, 'from']);
    expect(issuesOf({ timeZone: 'UTC', horizon: 'forever' })[0]!.path).toEqual(['horizon']);
    expect(issuesOf({ timeZone: 'UTC', weeks: {} })[0]!.message).toMatch(/weeks/);
    expect(issuesOf({ timeZone: 'UTC', week: { monday: [] } })[0]!.path[0]).toBe('week');
    expect(issuesOf({ week: {} })[0]!.path).toEqual(['timeZone']);
  });

  it('accepts seconds, 24:00, overnight hours, Date and number closures', () => {
    const calendar = createBusinessCalendar({
      timeZone: 'utc',
      week: { mon: [['00:00', '24:00']], tue: [['22:00:30', '06:00']], sat: [['09:00', '09:00:01']] },
      closures: [{ from: new Date('2024-01-01T10:00:00Z'), to: Date.parse('2024-01-01T11:00:00Z') }],
    });
    expect(calendar.timeZone).toBe('UTC');
    expect(calendar.elapsed('2024-01-01T00:00:00Z', '2024-01-08T00:00:00Z')).toBe(
      (23 * 3600 + 8 * 3600 - 30 + 1) * 1000,
    );
  });
});

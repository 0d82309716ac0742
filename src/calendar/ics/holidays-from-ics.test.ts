import { CareValidationError } from 'socialcare/calendar';
import { holidaysFromIcs } from 'socialcare/calendar/ics';
import { describe, expect, it } from 'vitest';

const ics = (...events: string[][]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//socialcare//test//EN',
    ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']),
    'END:VCALENDAR',
  ].join('\r\n');

describe('holidaysFromIcs (rule 13)', () => {
  it('treats an all-day DTEND as exclusive', () => {
    const text = ics([
      'UID:a',
      'DTSTART;VALUE=DATE:20241225',
      'DTEND;VALUE=DATE:20241226',
      'SUMMARY:Christmas',
    ]);
    expect(holidaysFromIcs(text, { from: '2024-01-01', to: '2024-12-31' })).toEqual(['2024-12-25']);
  });

  it('counts every day of a multi-day event, clipped to the range', () => {
    const text = ics([
      'UID:b',
      'DTSTART;VALUE=DATE:20241230',
      'DTEND;VALUE=DATE:20250103',
      'SUMMARY:Winter break',
    ]);
    expect(holidaysFromIcs(text, { from: '2024-01-01', to: '2025-12-31' })).toEqual([
      '2024-12-30',
      '2024-12-31',
      '2025-01-01',
      '2025-01-02',
    ]);
    expect(holidaysFromIcs(text, { from: '2025-01-01', to: '2025-01-01' })).toEqual(['2025-01-01']);
  });

  it('defaults a missing DTEND to one day and honours DURATION', () => {
    const text = ics(
      ['UID:c', 'DTSTART;VALUE=DATE:20240501', 'SUMMARY:Labour day'],
      ['UID:d', 'DTSTART;VALUE=DATE:20240806', 'DURATION:P3D', 'SUMMARY:Summer'],
    );
    expect(holidaysFromIcs(text, { from: '2024-01-01', to: '2024-12-31' })).toEqual([
      '2024-05-01',
      '2024-08-06',
      '2024-08-07',
      '2024-08-08',
    ]);
  });

  it('expands RRULE inside the range only and honours EXDATE', () => {
    const text = ics([
      'UID:e',
      'DTSTART;VALUE=DATE:20200101',
      'DTEND;VALUE=DATE:20200102',
      'RRULE:FREQ=YEARLY',
      'EXDATE;VALUE=DATE:20250101',
      'SUMMARY:New year',
    ]);
    expect(holidaysFromIcs(text, { from: '2023-06-01', to: '2026-12-31' })).toEqual([
      '2024-01-01',
      '2026-01-01',
    ]);
  });

  it('expands weekly rules with COUNT and UNTIL', () => {
    const text = ics(
      ['UID:f', 'DTSTART;VALUE=DATE:20240105', 'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:Friday off'],
      ['UID:g', 'DTSTART;VALUE=DATE:20240301', 'RRULE:FREQ=MONTHLY;UNTIL=20240501', 'SUMMARY:First of month'],
    );
    expect(holidaysFromIcs(text, { from: '2024-01-01', to: '2024-12-31' })).toEqual([
      '2024-01-05',
      '2024-01-12',
      '2024-01-19',
      '2024-03-01',
      '2024-04-01',
      '2024-05-01',
    ]);
  });

  it('applies RECURRENCE-ID overrides and drops cancelled occurrences', () => {
    const text = ics(
      ['UID:h', 'DTSTART;VALUE=DATE:20240603', 'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:Monday off'],
      [
        'UID:h',
        'RECURRENCE-ID;VALUE=DATE:20240610',
        'DTSTART;VALUE=DATE:20240611',
        'SUMMARY:moved to Tuesday',
      ],
      [
        'UID:h',
        'RECURRENCE-ID;VALUE=DATE:20240617',
        'DTSTART;VALUE=DATE:20240617',
        'STATUS:CANCELLED',
        'SUMMARY:cancelled',
      ],
    );
    expect(holidaysFromIcs(text, { from: '2024-01-01', to: '2024-12-31' })).toEqual([
      '2024-06-03',
      '2024-06-11',
    ]);
  });

  it('takes the written local date of timed events; an end at midnight is exclusive', () => {
    const text = ics(
      [
        'UID:i',
        'DTSTART;TZID=Europe/Berlin:20240704T090000',
        'DTEND;TZID=Europe/Berlin:20240704T170000',
        'SUMMARY:Offsite',
      ],
      ['UID:j', 'DTSTART:20240801T220000', 'DTEND:20240803T000000', 'SUMMARY:Overnight'],
    );
    expect(holidaysFromIcs(text, { from: '2024-01-01', to: '2024-12-31' })).toEqual([
      '2024-07-04',
      '2024-08-01',
      '2024-08-02',
    ]);
  });

  it('accepts instants as the range (to exclusive) and returns sorted unique dates', () => {
    const text = ics(
      ['UID:k', 'DTSTART;VALUE=DATE:20241226', 'SUMMARY:b'],
      ['UID:l', 'DTSTART;VALUE=DATE:20241225', 'DTEND;VALUE=DATE:20241227', 'SUMMARY:a'],
    );
    expect(
      holidaysFromIcs(text, { from: '2024-12-01T00:00:00Z', to: new Date('2024-12-26T00:00:00Z') }),
    ).toEqual(['2024-12-25']);
    expect(holidaysFromIcs(text, { from: 0, to: Date.parse('2025-01-01T00:00:00Z') })).toEqual([
      '2024-12-25',
      '2024-12-26',
    ]);
  });

  it('rejects text that is not iCalendar and a reversed range', () => {
    expect(() => holidaysFromIcs('hello', { from: '2024-01-01', to: '2024-12-31' })).toThrow(
      CareValidationError,
    );
    expect(() => holidaysFromIcs(ics(), { from: '2024-12-31', to: '2024-01-01' })).toThrow(
      CareValidationError,
    );
    expect(() => holidaysFromIcs(ics(), { from: '2024-02-30', to: '2024-12-31' })).toThrow(/from/);
  });
});

/**
 * Business hours: a care team's published hours with national holidays and a team .ics calendar,
 * business-time arithmetic across a DST change, and the out-of-hours auto-reply.
 *
 *   npx tsx examples/01-business-hours.ts
 */
import { createBusinessCalendar } from 'socialcare/calendar';
import { holidaysFor } from 'socialcare/calendar/holidays';
import { holidaysFromIcs } from 'socialcare/calendar/ics';

const iso = (ms: number) => new Date(ms).toISOString();
const hours = (ms: number) => `${(ms / 3_600_000).toFixed(2)} h`;

// The team's own days off, exported from a shared calendar: a two-day offsite and a yearly team day.
const teamIcs = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//acme care//EN',
  'BEGIN:VEVENT',
  'UID:offsite-2025',
  'DTSTART;VALUE=DATE:20250616',
  'DTEND;VALUE=DATE:20250618',
  'SUMMARY:Team offsite',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:team-day',
  'DTSTART;VALUE=DATE:20240913',
  'RRULE:FREQ=YEARLY',
  'SUMMARY:Team day',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

const range = { from: '2025-01-01', to: '2025-12-31' };
const holidays = [...holidaysFor({ country: 'NL', ...range }), ...holidaysFromIcs(teamIcs, range)];
const weekday: [string, string][] = [
  ['08:30', '12:30'],
  ['13:00', '21:00'],
];

const calendar = createBusinessCalendar({
  name: '@AcmeHelp (NL)',
  timeZone: 'Europe/Amsterdam',
  week: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [['10:00', '16:00']] },
  holidays,
  special: [{ date: '2025-12-24', hours: [['08:30', '14:00']] }],
});

console.log(`${calendar.name}: ${calendar.describe()}`);
console.log(`  in Dutch: ${calendar.describe('nl')}`);
console.log(`  ${holidays.length} holiday dates in 2025, e.g. ${holidays.slice(0, 4).join(', ')}`);

// A mention arrives on Saturday 29 March 2025 at 17:30 local time, the night Europe moves its clocks forward.
const mention = Date.parse('2025-03-29T16:30:00Z');
console.log(`\nMention at ${iso(mention)} — open? ${calendar.isOpen(mention)}`);
console.log(`  auto-reply: "${calendar.nextOpenText(mention)}" / "${calendar.nextOpenText(mention, 'de')}"`);
const deadline = calendar.add(mention, '2h');
console.log(`  a 2 business-hour first-response target is due ${iso(deadline)}`);
console.log(
  `  business time from the mention to Monday 12:00: ${hours(calendar.elapsed(mention, '2025-03-31T10:00:00Z'))}`,
);
console.log(
  `  …with a 30-minute wait on the customer excluded: ${hours(calendar.elapsed(mention, '2025-03-31T10:00:00Z', { exclude: [['2025-03-31T07:00:00Z', '2025-03-31T07:30:00Z']] }))}`,
);

// Long spans are skipped week by week, not walked: 10,000 business hours from now.
console.log(`\n10,000 business hours after the mention: ${iso(calendar.add(mention, 10_000 * 3_600_000))}`);
console.log(
  `Open intervals on 24 December 2025: ${calendar
    .openIntervals('2025-12-24T00:00:00Z', '2025-12-25T00:00:00Z')
    .map(([open, close]) => `${iso(open)} → ${iso(close)}`)
    .join(', ')}`,
);

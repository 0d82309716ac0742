import { type BusinessCalendar, createBusinessCalendar, unionCalendars } from 'socialcare/calendar';

/**
 * Each care account's published hours and its out-of-hours reply at one fixed instant (Saturday
 * 8 March 2025, 21:00 UTC), plus the follow-the-sun coverage of the three regional teams: the
 * calendar section of `npm run demo`.
 */
export function calendarDemo(): string[] {
  const weekdays = (open: string, close: string) => {
    const hours: [string, string][] = [[open, close]];
    return { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours };
  };
  const allWeek = Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [['00:00', '24:00']]]),
  );
  const accounts: BusinessCalendar[] = [
    createBusinessCalendar({
      name: '@AcmeHelp (EMEA)',
      timeZone: 'Europe/Amsterdam',
      week: { ...weekdays('08:00', '20:00'), sat: [['10:00', '14:00']] },
    }),
    createBusinessCalendar({
      name: '@AcmeHelpUS',
      timeZone: 'America/New_York',
      week: weekdays('08:00', '22:00'),
    }),
    createBusinessCalendar({
      name: '@AcmeHelpAU',
      timeZone: 'Australia/Sydney',
      week: {
        ...weekdays('09:00', '17:30'),
        fri: [
          ['09:00', '17:30'],
          ['19:00', '01:00'],
        ],
      },
    }),
    createBusinessCalendar({ name: '@AcmeAir (24/7)', timeZone: 'UTC', week: allWeek }),
  ];
  const at = Date.parse('2025-03-08T21:00:00Z');
  const lines: string[] = [];
  const width = Math.max(...accounts.map((account) => (account.name ?? '').length)) + 2;
  for (const account of accounts) {
    lines.push(`${(account.name ?? '').padEnd(width)}${account.describe()}`);
    lines.push(
      `${''.padEnd(width)}↳ at ${new Date(at).toISOString().slice(0, 16)}Z: ${account.nextOpenText(at)}`,
    );
  }
  const regions = unionCalendars(accounts.slice(0, 3), { timeZone: 'UTC' });
  const week = regions.elapsed('2025-03-10T00:00:00Z', '2025-03-17T00:00:00Z');
  lines.push(
    `Follow-the-sun (EMEA + US + AU): ${(week / 3_600_000).toFixed(1)} of 168 hours covered in the week of 10 March 2025`,
  );
  return lines;
}

import { DAY } from '../shared/duration';
import { formatTimeOfDay } from './local-time';
import { phrasesFor } from './phrases';
import type { Timeline } from './timeline';
import type { ZoneOffsets } from './zone-offset';

/**
 * The out-of-hours line for `at`: `We're back Monday at 09:00` (a date is added when the opening
 * is a week or more away), or `We're open now until 17:00` when open. Local to the calendar's zone.
 */
export function nextOpenSentence(timeline: Timeline, zone: ZoneOffsets, at: number, locale: string): string {
  const phrases = phrasesFor(locale);
  const wall = (instant: number): number => instant + zone.offsetAt(instant);
  const clock = (instant: number): string => {
    const local = wall(instant);
    const ms = local - Math.floor(local / DAY) * DAY;
    return formatTimeOfDay(ms - (ms % 60_000));
  };
  if (timeline.isOpen(at)) {
    const close = timeline.nextClose(at);
    return Number.isFinite(close) ? phrases.openNow(clock(close)) : phrases.openNowNoEnd;
  }
  const open = timeline.add(at, 0);
  const openDay = Math.floor(wall(open) / DAY);
  const days = openDay - Math.floor(wall(at) / DAY);
  const options: Intl.DateTimeFormatOptions =
    days < 7
      ? { weekday: 'long', timeZone: 'UTC' }
      : { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' };
  const when = new Intl.DateTimeFormat(locale, options).format(openDay * DAY);
  return phrases.back(when, clock(open));
}

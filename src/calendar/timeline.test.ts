import { describe, expect, it } from 'vitest';
import { compileCalendar } from './calendar-input';
import { Timeline } from './timeline';
import { createZoneOffsets } from './zone-offset';
import { createZoneWeekSource } from './zone-week-source';

function timelineFor(limits: { chunks: number; blocks: number }) {
  const split = [
    ['09:00', '12:30'],
    ['13:30', '17:30'],
  ] as const;
  const compiled = compileCalendar({
    timeZone: 'America/New_York',
    week: { mon: split, tue: split, wed: split, thu: split, fri: split },
    holidays: ['2024-07-04', '2024-12-25'],
  });
  const source = createZoneWeekSource(compiled, createZoneOffsets(compiled.timeZone));
  return { timeline: new Timeline(source, compiled.horizon, false, limits), source };
}

describe('Timeline', () => {
  it('keeps memory bounded whatever the span of the queries', () => {
    const { timeline } = timelineFor({ chunks: 64, blocks: 4 });
    const start = Date.parse('1990-01-01T00:00:00Z');
    for (let i = 0; i < 300; i++) timeline.isOpen(start + ((i * 7_919) % 20_000) * 86_400_000);
    timeline.measure(start, Date.parse('2060-01-01T00:00:00Z'));
    timeline.add(start, 50_000 * 3_600_000);
    const sizes = timeline.cacheSizes();
    expect(sizes.chunks).toBeLessThanOrEqual(64);
    expect(sizes.blocks).toBeLessThanOrEqual(4);
  });

  it('a regular week holds the template total; long adds skip whole weeks and stay exact', () => {
    const { timeline, source } = timelineFor({ chunks: 1024, blocks: 32 });
    expect(source.regularWeekTotal).toBe(5 * 7.5 * 3_600_000);
    const from = Date.parse('2024-01-08T14:00:00Z');
    const to = timeline.add(from, 10_000 * 3_600_000);
    expect(timeline.measure(from, to)).toBe(10_000 * 3_600_000);
    expect(timeline.subtract(to, 10_000 * 3_600_000)).toBe(from);
  });
});

import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, createZoneOffsets } from './zone-offset';

const wall = (iso: string) => Date.parse(`${iso}Z`);

describe('zone offsets through Intl', () => {
  it('canonicalizes known zones and rejects unknown ones', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('Mars/Olympus')).toBeUndefined();
    expect(canonicalTimeZone('')).toBeUndefined();
  });

  it('reads offsets, including 30- and 45-minute ones', () => {
    expect(createZoneOffsets('Asia/Kathmandu').offsetAt(Date.parse('2024-01-01T00:00:00Z'))).toBe(
      345 * 60_000,
    );
    expect(createZoneOffsets('Australia/Lord_Howe').offsetAt(Date.parse('2024-01-01T00:00:00Z'))).toBe(
      11 * 3_600_000,
    );
    expect(createZoneOffsets('Australia/Lord_Howe').offsetAt(Date.parse('2024-07-01T00:00:00Z'))).toBe(
      10.5 * 3_600_000,
    );
    expect(createZoneOffsets('America/New_York').offsetAt(Date.parse('2024-07-01T00:00:00.999Z'))).toBe(
      -4 * 3_600_000,
    );
  });

  it('resolves gaps forward and repeated times to the earlier instant', () => {
    const ny = createZoneOffsets('America/New_York');
    expect(ny.resolve(wall('2024-03-10T02:30:00'))).toBe(Date.parse('2024-03-10T07:30:00Z'));
    expect(ny.resolve(wall('2024-11-03T01:30:00'))).toBe(Date.parse('2024-11-03T05:30:00Z'));
    expect(ny.resolve(wall('2024-06-01T12:00:00.123'))).toBe(Date.parse('2024-06-01T16:00:00.123Z'));
    // Samoa skipped 30 December 2011 entirely.
    const apia = createZoneOffsets('Pacific/Apia');
    expect(apia.resolve(wall('2011-12-30T12:00:00'))).toBe(Date.parse('2011-12-30T22:00:00Z') + 0);
  });
});

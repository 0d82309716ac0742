import { CareValidationError } from 'socialcare/calendar';
import { holidaysFor } from 'socialcare/calendar/holidays';
import { describe, expect, it } from 'vitest';

describe('holidaysFor', () => {
  it('lists public holidays of a country as sorted local dates', () => {
    const nl = holidaysFor({ country: 'NL', from: '2025-01-01', to: '2025-12-31' });
    expect(nl).toContain('2025-01-01');
    expect(nl).toContain('2025-04-26'); // King's Day: the 27th is a Sunday in 2025, so it moves to the 26th
    expect(nl).toContain('2025-12-25');
    expect(nl).toContain('2025-12-26');
    expect([...nl].sort()).toEqual(nl);
    expect(new Set(nl).size).toBe(nl.length);
    expect(nl.every((d) => d >= '2025-01-01' && d <= '2025-12-31')).toBe(true);
  });

  it('uses states and regions, and public holidays only by default', () => {
    const us = holidaysFor({ country: 'US', from: '2024-01-01', to: '2024-12-31' });
    expect(us).toEqual(expect.arrayContaining(['2024-01-01', '2024-07-04', '2024-11-28', '2024-12-25']));
    const bavaria = holidaysFor({ country: 'DE', state: 'BY', from: '2024-01-01', to: '2024-12-31' });
    const germany = holidaysFor({ country: 'de', from: '2024-01-01', to: '2024-12-31' });
    expect(bavaria).toContain('2024-01-06'); // Epiphany in Bavaria only
    expect(germany).not.toContain('2024-01-06');
    expect(holidaysFor({ country: 'US', from: '2024-12-24', to: '2024-12-24' })).toEqual([]);
    expect(
      holidaysFor({ country: 'US', from: '2024-02-14', to: '2024-02-14', types: ['observance'] }),
    ).toEqual(['2024-02-14']);
  });

  it('clips to the range and spans years', () => {
    expect(holidaysFor({ country: 'GB', from: '2024-12-20', to: '2025-01-05' })).toEqual([
      '2024-12-25',
      '2024-12-26',
      '2025-01-01',
    ]);
  });

  it('rejects unknown countries, states, types and bad ranges naming the field', () => {
    expect(() => holidaysFor({ country: 'XX', from: '2024-01-01', to: '2024-12-31' })).toThrow(/country/);
    expect(() => holidaysFor({ country: 'Netherlands', from: '2024-01-01', to: '2024-12-31' })).toThrow(
      CareValidationError,
    );
    expect(() => holidaysFor({ country: 'US', state: 'ZZ', from: '2024-01-01', to: '2024-12-31' })).toThrow(
      /state/,
    );
    expect(() =>
      holidaysFor({ country: 'US', from: '2024-01-01', to: '2024-12-31', types: ['fun' as 'public'] }),
    ).toThrow(/types/);
    expect(() => holidaysFor({ country: 'US', from: '2024-12-31', to: '2024-01-01' })).toThrow(/to/);
  });
});

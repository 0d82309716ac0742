import { describe, expect, it } from 'vitest';
import { CareValidationError } from '../shared/errors';
import { createFakeClock } from './fake-clock';

describe('createFakeClock', () => {
  it('starts where told and moves only when told', () => {
    const clock = createFakeClock('2024-03-11T09:00:00Z');
    expect(clock.now()).toBe(Date.UTC(2024, 2, 11, 9));
    expect(clock.now()).toBe(Date.UTC(2024, 2, 11, 9));
    expect(clock.advance('15m')).toBe(Date.UTC(2024, 2, 11, 9, 15));
    expect(clock.advance(1_000)).toBe(Date.UTC(2024, 2, 11, 9, 15, 1));
    expect(clock.advance('PT1H')).toBe(Date.UTC(2024, 2, 11, 10, 15, 1));
    expect(clock.set(0)).toBe(0);
    expect(clock.now()).toBe(0);
  });

  it('defaults to the epoch and rejects bad input', () => {
    const clock = createFakeClock();
    expect(clock.now()).toBe(0);
    expect(() => clock.advance(-1)).toThrow(CareValidationError);
    expect(() => clock.set('yesterday')).toThrow(CareValidationError);
    expect(clock.now()).toBe(0);
  });
});

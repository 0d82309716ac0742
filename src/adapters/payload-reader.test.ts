import { describe, expect, it } from 'vitest';
import { epochMs, idAt, numberAt } from './payload-reader';

describe('payload readers', () => {
  it('read seconds and milliseconds timestamps (Meta mixes both)', () => {
    expect(epochMs(1527459824)).toBe(1527459824000);
    expect(epochMs(1458668856463)).toBe(1458668856463);
    expect(epochMs(numberAt({ timestamp: '1697043223' }, 'timestamp'))).toBe(1697043223000);
    expect(epochMs(-1)).toBeUndefined();
  });

  it('refuse numeric ids above 2^53 (rounded by JSON.parse)', () => {
    expect(idAt(JSON.parse('{"id":1207623566339919872}') as Record<string, unknown>, 'id')).toBeUndefined();
    expect(idAt({ id: 42 }, 'id')).toBe('42');
    expect(idAt({ id: '1207623566339919872' }, 'id')).toBe('1207623566339919872');
  });
});

import { describe, expect, it } from 'vitest';
import { message } from '../../../tests/support/messages';
import { MessageIndex } from './message-index';

describe('MessageIndex', () => {
  it('keeps the first copy of a duplicate and finds every message by platform and id afterwards', () => {
    const index = new MessageIndex();
    const input = [
      message('1', 'inbound', 0),
      message('2', 'inbound', 1),
      message('1', 'inbound', 2, { text: 'second copy' }),
      message('1', 'inbound', 3, { platform: 'facebook' }),
      message('3', 'inbound', 4),
      message('2', 'inbound', 5, { text: 'second copy' }),
    ];
    expect(input.map((m) => index.add(m))).toEqual([true, true, false, true, true, false]);
    expect(index.messages.map((m) => [m.platform, m.id, m.createdAt])).toEqual([
      ['x', '1', 0],
      ['x', '2', 1],
      ['facebook', '1', 3],
      ['x', '3', 4],
    ]);
    expect(index.positionOf('x', '1')).toBe(0);
    expect(index.positionOf('x', '2')).toBe(1);
    expect(index.positionOf('facebook', '1')).toBe(2);
    expect(index.positionOf('x', '3')).toBe(3);
    expect(index.positionOf('x', '4')).toBe(-1);
    expect(index.positionOf('bluesky', '1')).toBe(-1);
  });
});

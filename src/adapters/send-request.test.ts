import { describe, expect, it } from 'vitest';
import { idFromAnswer, retryAfterOf } from './send-request';

describe('retryAfterOf', () => {
  const now = Date.UTC(2026, 0, 1);
  it('reads retry-after seconds or HTTP dates, then x-rate-limit-reset', () => {
    expect(retryAfterOf(new Headers({ 'retry-after': '120' }), now)).toBe(120_000);
    expect(retryAfterOf(new Headers({ 'retry-after': new Date(now + 5000).toUTCString() }), now)).toBe(5000);
    expect(retryAfterOf(new Headers({ 'x-rate-limit-reset': String(now / 1000 + 60) }), now)).toBe(60_000);
    expect(retryAfterOf(new Headers(), now)).toBeUndefined();
  });

  it('reads created ids from platform answers', () => {
    expect(idFromAnswer({ data: { id: '1' } })).toBe('1');
    expect(idFromAnswer({ messages: [{ id: 'wamid.1' }] })).toBe('wamid.1');
    expect(idFromAnswer({ message_id: 'm_1', recipient_id: '2' })).toBe('m_1');
    expect(idFromAnswer('nope')).toBeUndefined();
  });
});

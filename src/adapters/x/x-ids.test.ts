import { describe, expect, it } from 'vitest';
import { directConversationId, snowflakeTime } from './x-ids';

describe('X ids', () => {
  it('reads the creation time of a snowflake', () => {
    // aaa-tweet-create-reply-to-brand: timestamp_ms 1576754869433
    expect(snowflakeTime('1207623566339919872')).toBe(1576754869433);
    expect(snowflakeTime('42')).toBeUndefined();
  });

  it('orders one-to-one DM conversation ids numerically, beyond 2^53', () => {
    expect(directConversationId('2975699229', '1205290247124217856')).toBe('2975699229-1205290247124217856');
    expect(directConversationId('1205290247124217856', '2975699229')).toBe('2975699229-1205290247124217856');
    expect(directConversationId('9007199254740993', '9007199254740992')).toBe(
      '9007199254740992-9007199254740993',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { message } from '../../tests/support/messages';
import { DAY, HOUR } from '../shared/duration';
import { conversationOrigin } from './derived/conversation-origin';
import { threadMessages } from './thread-messages';

describe('threadMessages', () => {
  it('groups a public reply tree under its root, replies to replies included', () => {
    const conversations = threadMessages([
      message('4', 'inbound', 400, { inReplyTo: '3' }),
      message('1', 'inbound', 100),
      message('3', 'outbound', 300, { inReplyTo: '2' }),
      message('2', 'inbound', 200, { inReplyTo: '1' }),
      message('10', 'inbound', 150),
    ]);
    expect(conversations.map((c) => [c.id, c.messages.map((m) => m.id)])).toEqual([
      ['x:1', ['1', '2', '3', '4']],
      ['x:10', ['10']],
    ]);
  });

  it('makes a message whose parent is missing the root of an orphan conversation', () => {
    const [only] = threadMessages([
      message('5', 'inbound', 100, { inReplyTo: '999' }),
      message('6', 'outbound', 200, { inReplyTo: '5' }),
    ]);
    expect(only?.id).toBe('x:5');
    expect(conversationOrigin(only!)).toBe('orphan');
  });

  it('marks conversations started by the brand', () => {
    const [only] = threadMessages([
      message('1', 'outbound', 100),
      message('2', 'inbound', 200, { inReplyTo: '1' }),
    ]);
    expect(conversationOrigin(only!)).toBe('brand');
  });

  it('splits private threads per customer and account after an inactivity gap', () => {
    const dm = (id: string, direction: 'inbound' | 'outbound', at: number, customer: string) =>
      message(id, direction, at, { visibility: 'private', threadId: `t-${customer}`, text: 'dm' });
    const conversations = threadMessages(
      [
        dm('a1', 'inbound', 0, 'ana'),
        dm('a2', 'outbound', HOUR, 'ana'),
        dm('b1', 'inbound', 2 * HOUR, 'bo'),
        dm('a3', 'inbound', HOUR + DAY + 1, 'ana'),
      ],
      { linkPrivateToPublic: false },
    );
    expect(conversations.map((c) => c.messages.map((m) => m.id))).toEqual([['a1', 'a2'], ['b1'], ['a3']]);
  });

  it('threads outbound DMs without a thread id through the message they answer', () => {
    const conversations = threadMessages([
      message('a1', 'inbound', 0, { visibility: 'private', author: { id: 'ana', kind: 'customer' } }),
      message('a2', 'outbound', 10, { visibility: 'private', inReplyTo: 'a1' }),
    ]);
    expect(conversations).toHaveLength(1);
    expect(conversations[0]?.messages).toHaveLength(2);
  });

  it('joins the private continuation of a public conversation, with a link', () => {
    const author = { id: 'ana', kind: 'customer' as const };
    const conversations = threadMessages([
      message('1', 'inbound', 0, { author, accountId: 'AcmeCare' }),
      message('2', 'outbound', HOUR, { inReplyTo: '1', text: 'Please DM us' }),
      message('d1', 'inbound', 2 * HOUR, {
        author,
        visibility: 'private',
        threadId: 'dm-ana',
        accountId: 'AcmeCare',
      }),
      message('d2', 'outbound', 3 * HOUR, { visibility: 'private', threadId: 'dm-ana' }),
    ]);
    expect(conversations).toHaveLength(1);
    const [joined] = conversations;
    expect(joined?.messages.map((m) => m.id)).toEqual(['1', '2', 'd1', 'd2']);
    expect(joined?.links).toEqual([
      {
        kind: 'public-to-private',
        at: 2 * HOUR,
        channel: 'x',
        visibility: 'private',
        conversationId: 'x:d1',
      },
    ]);
  });

  it('joins a private part to the latest public conversation, the smaller id on a tie, in any input order', () => {
    const author = { id: 'ana', kind: 'customer' as const };
    const input = [
      message('7', 'inbound', 0, { author }),
      message('8', 'outbound', HOUR, { inReplyTo: '7' }),
      message('5', 'inbound', 10, { author }),
      message('6', 'outbound', HOUR, { inReplyTo: '5' }),
      message('d1', 'inbound', 2 * HOUR, { author, visibility: 'private', accountId: 'AcmeCare' }),
    ];
    for (const messages of [input, [...input].reverse()]) {
      const joined = threadMessages(messages).find((c) => c.links.length > 0);
      expect(joined?.id).toBe('x:5');
    }
  });

  it('leaves a private thread alone when it starts long after the public conversation', () => {
    const author = { id: 'ana', kind: 'customer' as const };
    const conversations = threadMessages([
      message('1', 'inbound', 0, { author }),
      message('2', 'outbound', HOUR, { inReplyTo: '1' }),
      message('d1', 'inbound', 5 * DAY, { author, visibility: 'private', threadId: 'dm-ana' }),
    ]);
    expect(conversations).toHaveLength(2);
  });

  it('drops duplicate messages', () => {
    const conversations = threadMessages([message('1', 'inbound', 0), message('1', 'inbound', 0)]);
    expect(conversations[0]?.messages).toHaveLength(1);
  });

  it('survives reply cycles in bad data', () => {
    const conversations = threadMessages([
      message('1', 'inbound', 0, { inReplyTo: '2' }),
      message('2', 'inbound', 1, { inReplyTo: '1' }),
    ]);
    expect(conversations.flatMap((c) => c.messages.map((m) => m.id)).sort()).toEqual(['1', '2']);
  });
});

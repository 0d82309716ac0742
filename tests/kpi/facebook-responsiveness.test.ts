import { facebookResponsiveness } from 'socialcare/kpi';
import { describe, expect, it } from 'vitest';
import { conversation, MIN, T0 } from './helpers';

const DAY_MIN = 24 * 60;

function dm(
  id: string,
  startMinute: number,
  replyAfter: number | undefined,
  page = 'acme',
  from: 'brand' | 'bot' = 'brand',
) {
  const specs = [
    {
      id,
      from: 'customer' as const,
      at: startMinute,
      visibility: 'private' as const,
      platform: 'facebook' as const,
      account: page,
    },
  ];
  if (replyAfter !== undefined)
    specs.push({
      id: `${id}r`,
      from,
      at: startMinute + replyAfter,
      visibility: 'private',
      platform: 'facebook',
      account: page,
    } as never);
  return conversation(specs);
}

describe('facebookResponsiveness (Meta: ≥ 90% response rate and ≤ 15 min response time over 7 days)', () => {
  const at = T0 + 8 * DAY_MIN * MIN;

  it('a page answering every message within 15 minutes is very responsive', () => {
    const conversations = Array.from({ length: 10 }, (_, i) => dm(`m${i}`, 2 * DAY_MIN + i * 60, 10));
    const status = facebookResponsiveness(conversations, { at });
    expect(status).toMatchObject({
      veryResponsive: true,
      conversations: 10,
      responded: 10,
      responseRate: 1,
      responseTimeMs: 10 * MIN,
      responsesNeeded: 0,
      responseTimeExcessMs: 0,
    });
  });

  it('reports how far a page is from the badge', () => {
    const conversations = [
      ...Array.from({ length: 8 }, (_, i) => dm(`a${i}`, 2 * DAY_MIN + i * 60, 20)),
      dm('n1', 3 * DAY_MIN, undefined),
      dm('n2', 3 * DAY_MIN + 5, undefined),
    ];
    const status = facebookResponsiveness(conversations, { at });
    expect(status.veryResponsive).toBe(false);
    expect(status.responseRate).toBe(0.8);
    expect(status.responsesNeeded).toBe(1);
    expect(status.responseTimeExcessMs).toBe(5 * MIN);
  });

  it('exactly 90% and exactly 15 minutes still qualify', () => {
    const conversations = [
      ...Array.from({ length: 9 }, (_, i) => dm(`a${i}`, 2 * DAY_MIN + i, 15)),
      dm('n', 2 * DAY_MIN, undefined),
    ];
    expect(facebookResponsiveness(conversations, { at }).veryResponsive).toBe(true);
  });

  it('only counts the last 7 days, the page asked for, private Facebook threads, and replies sent by `at`', () => {
    const conversations = [
      dm('old', 0, 1000), // started more than 7 days before `at`
      dm('other', 3 * DAY_MIN, 1, 'otherpage'),
      dm('late', 8 * DAY_MIN - 5, 10), // its reply comes after `at`
      dm('ok', 4 * DAY_MIN, 3),
    ];
    const status = facebookResponsiveness(conversations, { at, pageId: 'acme' });
    expect(status.conversations).toBe(2);
    expect(status.responded).toBe(1);
    expect(status.window).toEqual({ from: at - 7 * DAY_MIN * MIN, to: at });
  });

  it('counts API (bot) replies by default, as Meta does', () => {
    const conversations = [dm('b', 3 * DAY_MIN, 1, 'acme', 'bot')];
    expect(facebookResponsiveness(conversations, { at }).responded).toBe(1);
    expect(facebookResponsiveness(conversations, { at, countBotReplies: false }).responded).toBe(0);
  });

  it('no conversations: not very responsive, rates null', () => {
    const status = facebookResponsiveness([], { at: '2024-03-18T00:00:00Z' });
    expect(status).toMatchObject({
      veryResponsive: false,
      responseRate: null,
      responseTimeMs: null,
      responsesNeeded: 0,
    });
  });
});

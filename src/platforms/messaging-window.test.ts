import { describe, expect, it } from 'vitest';
import { getMessagingWindowState, getPrivateReplyState } from './messaging-window';

const H = 3_600_000;
const last = Date.UTC(2026, 2, 2, 9);

describe('getMessagingWindowState', () => {
  it('Messenger: open 24 h, then HUMAN_AGENT to 7 days, then closed', () => {
    expect(
      getMessagingWindowState('facebook', 'messenger', { lastInboundAt: last, now: last + 23 * H }),
    ).toEqual({
      status: 'open',
      until: last + 24 * H,
      canReply: true,
      tag: null,
    });
    expect(
      getMessagingWindowState('facebook', 'messenger', { lastInboundAt: last, now: last + 24 * H }),
    ).toMatchObject({
      status: 'human-agent-tag',
      until: last + 168 * H,
      tag: 'HUMAN_AGENT',
    });
    expect(
      getMessagingWindowState('instagram', 'dm', { lastInboundAt: last, now: last + 169 * H }).status,
    ).toBe('closed');
  });

  it('WhatsApp: templates only after 24 h', () => {
    const state = getMessagingWindowState('whatsapp', 'message', {
      lastInboundAt: '2026-03-02T09:00:00Z',
      now: '2026-03-03T10:00:00Z',
    });
    expect(state).toMatchObject({ status: 'template-only', canReply: false });
  });

  it('surfaces without a window', () => {
    expect(getMessagingWindowState('x', 'dm', { lastInboundAt: 0, now: 1e12 }).status).toBe('no-window');
  });
});

describe('getPrivateReplyState', () => {
  it('allows one private reply within 7 days of the comment', () => {
    expect(
      getPrivateReplyState('instagram', 'comment', {
        commentAt: '2026-03-01T10:00:00Z',
        now: '2026-03-05T10:00:00Z',
      }),
    ).toEqual({
      allowed: true,
      surface: 'dm',
      until: 1772964000000,
      reason: null,
    });
    expect(getPrivateReplyState('facebook', 'comment', { commentAt: 0, now: 8 * 24 * H }).reason).toBe(
      'window-closed',
    );
    expect(getPrivateReplyState('facebook', 'comment', { commentAt: 0, now: H, sent: 1 }).reason).toBe(
      'already-sent',
    );
    expect(getPrivateReplyState('x', 'post', { commentAt: 0, now: H }).reason).toBe('no-private-replies');
  });
});

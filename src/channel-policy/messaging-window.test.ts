import { describe, expect, it } from 'vitest';
import { getSurfaceFacts, platformIds, surfacesOf } from '../platforms';
import { DAY, HOUR } from '../shared/duration';
import { messagingWindow } from './messaging-window';

const last = Date.UTC(2026, 2, 1, 10, 0, 0);

describe('messagingWindow', () => {
  it('Messenger and Instagram DMs: standard for 24 h, then the human-agent tag to 7 days, bots closed', () => {
    for (const [platform, surface] of [
      ['facebook', 'messenger'],
      ['instagram', 'dm'],
    ] as const) {
      const at = (ms: number) =>
        messagingWindow(platform, surface, { lastCustomerMessageAt: last, at: last + ms, sender: 'human' });
      expect(at(24 * HOUR - 1)).toEqual({ open: true, closesAt: last + DAY, via: 'standard' });
      expect(at(24 * HOUR)).toEqual({ open: true, closesAt: last + 7 * DAY, via: 'human-agent-tag' });
      expect(at(7 * DAY - 1)).toEqual({ open: true, closesAt: last + 7 * DAY, via: 'human-agent-tag' });
      expect(at(7 * DAY)).toEqual({ open: false, closesAt: last + 7 * DAY, via: 'closed' });
      const bot = (ms: number) =>
        messagingWindow(platform, surface, { lastCustomerMessageAt: last, at: last + ms, sender: 'bot' });
      expect(bot(24 * HOUR - 1).via).toBe('standard');
      expect(bot(24 * HOUR)).toEqual({ open: false, closesAt: last + DAY, via: 'closed' });
      expect(bot(7 * DAY)).toEqual({ open: false, closesAt: last + DAY, via: 'closed' });
    }
  });

  it('WhatsApp: standard for 24 h, then templates only, for humans and bots alike', () => {
    for (const sender of ['human', 'bot'] as const) {
      const at = (ms: number) =>
        messagingWindow('whatsapp', 'message', { lastCustomerMessageAt: last, at: last + ms, sender });
      expect(at(0)).toEqual({ open: true, closesAt: last + DAY, via: 'standard' });
      expect(at(24 * HOUR - 1).open).toBe(true);
      expect(at(24 * HOUR)).toEqual({ open: false, closesAt: last + DAY, via: 'template-only' });
      expect(at(7 * DAY)).toEqual({ open: false, closesAt: last + DAY, via: 'template-only' });
    }
    expect(messagingWindow('whatsapp', 'message', { at: last })).toEqual({
      open: false,
      closesAt: null,
      via: 'template-only',
    });
  });

  it('every surface of every platform behaves as its facts say at exactly 24 h and 7 days', () => {
    for (const platform of platformIds) {
      for (const surface of surfacesOf(platform)) {
        const facts = getSurfaceFacts(platform, surface).window;
        for (const sender of ['human', 'bot'] as const) {
          const before = messagingWindow(platform, surface, {
            lastCustomerMessageAt: last,
            at: last + DAY - 1,
            sender,
          });
          const day = messagingWindow(platform, surface, {
            lastCustomerMessageAt: last,
            at: last + DAY,
            sender,
          });
          const week = messagingWindow(platform, surface, {
            lastCustomerMessageAt: last,
            at: last + 7 * DAY,
            sender,
          });
          const label = `${platform}/${surface}/${sender}`;
          expect(before.open, label).toBe(true);
          if (facts === null) {
            expect(day, label).toEqual({ open: true, closesAt: null, via: 'standard' });
            expect(week, label).toEqual({ open: true, closesAt: null, via: 'standard' });
            continue;
          }
          expect(facts.standardMs, label).toBe(DAY);
          const humanTag = facts.afterWindow === 'human-agent-tag' && sender === 'human';
          expect(day.open, label).toBe(humanTag);
          expect(day.via, label).toBe(
            humanTag ? 'human-agent-tag' : facts.afterWindow === 'template-only' ? 'template-only' : 'closed',
          );
          expect(week.open, label).toBe(false);
          if (facts.humanAgentMs !== null) expect(facts.humanAgentMs, label).toBe(7 * DAY);
        }
      }
    }
  });

  it('rejects a surface the platform lacks and accepts ISO instants', () => {
    expect(() => messagingWindow('whatsapp', 'post', { at: last })).toThrow(/has no surface/);
    expect(
      messagingWindow('x', 'dm', {
        lastCustomerMessageAt: '2026-03-01T10:00:00Z',
        at: '2026-04-01T10:00:00Z',
      }).open,
    ).toBe(true);
  });
});

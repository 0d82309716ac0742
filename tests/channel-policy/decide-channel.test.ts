import { DAY, HOUR } from 'socialcare';
import { createChannelPolicy, decideChannel } from 'socialcare/channel-policy';
import { applyEvent } from 'socialcare/conversation';
import { describe, expect, it } from 'vitest';
import { BASE, conversationOf, MINUTE } from './conversation-fixtures';

const policy = createChannelPolicy();
const at = BASE + 10 * MINUTE;
const codes = (decision: { reasons: readonly { code: string }[] }) => decision.reasons.map((r) => r.code);

describe('decideChannel', () => {
  it('stays public by default', () => {
    const c = conversationOf('x', [
      { from: 'customer', visibility: 'public', text: '@AcmeCare is the app down?', minute: 0 },
    ]);
    const d = decideChannel(c, policy, { at });
    expect(d.action).toBe('reply-public');
    expect(d.target).toEqual({ channel: 'x', surface: 'post', visibility: 'public' });
    expect(codes(d)).toEqual(['public-by-default']);
    expect(d.event).toBeUndefined();
  });

  it('moves to a private message on the same platform when a public message holds personal data, and flags it', () => {
    const c = conversationOf('x', [
      {
        from: 'customer',
        visibility: 'public',
        text: '@AcmeCare charged twice on 4111 1111 1111 1111!!',
        minute: 0,
      },
    ]);
    const d = decideChannel(c, policy, { at });
    expect(d.action).toBe('move-to-private');
    expect(d.target).toEqual({ channel: 'x', surface: 'dm', visibility: 'private' });
    expect(codes(d)[0]).toBe('sensitive-data-in-public-message');
    expect(d.reasons[0]?.ruleId).toBe('sensitive-data');
    expect(codes(d)).toContain('invite-to-direct-message');
    expect(d.handoff?.via).toBe('invitation');
    expect(d.handoff?.deepLink).toBe(true);
    expect(d.flagged?.[0]?.messageId).toBe('m0');
    expect(d.flagged?.[0]?.findings[0]?.kind).toBe('payment-card');
    expect(d.event).toMatchObject({
      type: 'conversation-linked',
      kind: 'public-to-private',
      conversationId: 'c1',
      at,
      target: { channel: 'x', surface: 'dm', visibility: 'private' },
      reason: 'sensitive-data-in-public-message',
    });
    // The event folds into the conversation: one conversation for SLA and KPI purposes.
    const linked = applyEvent(c, d.event!);
    expect(linked.links).toHaveLength(1);
    expect(linked.links[0]).toMatchObject({ kind: 'public-to-private', channel: 'x', surface: 'dm' });
  });

  it('carries the public invitation text when given hand-off options', () => {
    const c = conversationOf('facebook', [
      { from: 'customer', visibility: 'public', text: 'please DM me about my refund', minute: 0 },
    ]);
    const d = decideChannel(c, policy, {
      at: BASE + 8 * DAY,
      handoff: {
        agent: { id: 'a1', name: 'Sandra Paredes' },
        link: { recipient: 'acme' },
        customer: { name: 'Ana' },
      },
    });
    expect(d.action).toBe('move-to-private');
    expect(d.handoff?.via).toBe('invitation');
    expect(d.handoff?.message?.text).toContain('https://m.me/acme');
    expect(d.handoff?.message?.text).toContain('Ana');
    expect(d.handoff?.message?.signature).toBe('^SP');
    expect(decideChannel(c, policy, { at: BASE + 8 * DAY }).handoff?.message).toBeUndefined();
  });

  it('moves to private when the draft would post personal data publicly', () => {
    const c = conversationOf('x', [
      { from: 'customer', visibility: 'public', text: '@AcmeCare where is my parcel?', minute: 0 },
    ]);
    const d = decideChannel(c, policy, { at, draft: 'Your order #112-3456789-1234567 ships today' });
    expect(d.action).toBe('move-to-private');
    expect(codes(d)).toContain('sensitive-data-in-draft');
  });

  it('uses the one private reply a Facebook or Instagram comment allows, within 7 days', () => {
    for (const [platform, privateSurface] of [
      ['facebook', 'messenger'],
      ['instagram', 'dm'],
    ] as const) {
      const c = conversationOf(platform, [
        { from: 'customer', visibility: 'public', text: 'Can I DM you? It is about my account', minute: 0 },
      ]);
      const d = decideChannel(c, policy, { at });
      expect(d.action).toBe('move-to-private');
      expect(d.target).toEqual({ channel: platform, surface: privateSurface, visibility: 'private' });
      expect(d.handoff?.via).toBe('private-reply');
      expect(codes(d)).toEqual(['customer-asked-for-private', 'private-reply-available']);
      const late = decideChannel(c, policy, { at: BASE + 7 * DAY });
      expect(late.action).toBe('move-to-private');
      expect(late.handoff?.via).toBe('invitation');
    }
  });

  it('continues in an open DM when the customer already wrote privately', () => {
    const c = conversationOf('instagram', [
      { from: 'customer', visibility: 'private', text: 'hi, it is me from the comments', minute: 0 },
      { from: 'customer', visibility: 'public', text: 'please dm me', minute: 1 },
    ]);
    const d = decideChannel(c, policy, { at });
    expect(d.action).toBe('move-to-private');
    expect(d.handoff?.via).toBe('direct-message');
    expect(d.window).toEqual({ open: true, closesAt: BASE + DAY, via: 'standard' });
  });

  it('moves after more than N public turns, and honours a reordered or trimmed policy', () => {
    const turns = Array.from({ length: 5 }, (_, i) => ({
      from: i % 2 === 0 ? ('customer' as const) : ('agent' as const),
      visibility: 'public' as const,
      text: i % 2 === 0 ? 'still not working' : 'have you tried restarting?',
      minute: i,
    }));
    const c = conversationOf('bluesky', turns);
    const d = decideChannel(c, policy, { at });
    expect(d.action).toBe('move-to-private');
    expect(codes(d)[0]).toBe('public-turns-exceeded');
    expect(d.handoff?.deepLink).toBe(false);
    const lenient = policy.withoutRule('public-back-and-forth');
    expect(decideChannel(c, lenient, { at }).action).toBe('reply-public');
    const stricter = policy.withoutRule('public-back-and-forth').withRule({
      id: 'two-turns',
      when: 'public-turns',
      maxTurns: 2,
      action: 'move-to-private',
    });
    expect(decideChannel(c, stricter, { at }).reasons[0]?.ruleId).toBe('two-turns');
  });

  it('moves account-access topics to private and leaves the platform for identity verification', () => {
    const c = conversationOf(
      'x',
      [{ from: 'customer', visibility: 'public', text: 'locked out again', minute: 0 }],
      ['account-access'],
    );
    expect(codes(decideChannel(c, policy, { at }))[0]).toBe('private-topic');
    const v = conversationOf(
      'x',
      [{ from: 'customer', visibility: 'public', text: 'locked out', minute: 0 }],
      ['identity-verification'],
    );
    const d = decideChannel(v, policy, { at });
    expect(d.action).toBe('move-off-platform');
    expect(d.target).toEqual({ channel: 'phone', surface: null, visibility: 'private' });
    expect(d.event?.kind).toBe('channel-switch');
    expect(d.event?.target.channel).toBe('phone');
  });

  it('rule order decides: the first matching rule sets the action, every match adds a reason', () => {
    const c = conversationOf(
      'x',
      [{ from: 'customer', visibility: 'public', text: 'my email is ana@example.com', minute: 0 }],
      ['identity-verification'],
    );
    const d = decideChannel(c, policy, { at });
    expect(d.action).toBe('move-off-platform');
    expect(codes(d).slice(0, 2)).toEqual(['identity-verification', 'sensitive-data-in-public-message']);
    const reordered = policy.moveRule('identity-verification', 5);
    expect(decideChannel(c, reordered, { at }).action).toBe('move-to-private');
  });

  it('moves a draft several times the public limit to private', () => {
    const c = conversationOf('x', [
      { from: 'customer', visibility: 'public', text: 'how do I set it up?', minute: 0 },
    ]);
    const d = decideChannel(c, policy, { at, draft: 'word '.repeat(200) });
    expect(d.action).toBe('move-to-private');
    expect(codes(d)[0]).toBe('draft-too-long');
    expect(decideChannel(c, policy, { at, draft: 'word '.repeat(100) }).action).toBe('reply-public');
  });

  it('leaves the platform for attachments it cannot carry', () => {
    const c = conversationOf('x', [
      { from: 'customer', visibility: 'public', text: 'send me the invoice', minute: 0 },
    ]);
    const rules = createChannelPolicy([
      {
        id: 'files',
        when: 'attachment-unsupported',
        action: 'move-off-platform',
        channel: 'email',
        unsupportedKinds: { x: ['file'] },
      },
    ]);
    const d = decideChannel(c, rules, {
      at,
      draft: { text: 'here it is', attachments: [{ kind: 'file', name: 'invoice.pdf' }] },
    });
    expect(d.action).toBe('move-off-platform');
    expect(d.target).toEqual({ channel: 'email', surface: 'email', visibility: 'private' });
    expect(codes(d)).toEqual(['attachment-unsupported']);
  });

  describe('private conversations and windows', () => {
    const dm = (platform: 'facebook' | 'whatsapp' | 'x' | 'instagram') =>
      conversationOf(platform, [{ from: 'customer', visibility: 'private', text: 'hello?', minute: 0 }]);

    it('answers privately inside the window', () => {
      const d = decideChannel(dm('facebook'), policy, { at: BASE + HOUR });
      expect(d.action).toBe('reply-private');
      expect(d.target).toEqual({ channel: 'facebook', surface: 'messenger', visibility: 'private' });
      expect(codes(d)).toEqual(['window-open']);
    });

    it('Messenger after 24 h: human agents with the tag; bots fall back off the platform', () => {
      const human = decideChannel(dm('facebook'), policy, { at: BASE + DAY, sender: 'human' });
      expect(human.action).toBe('reply-private');
      expect(codes(human)).toEqual(['window-human-agent-tag']);
      const bot = decideChannel(dm('facebook'), policy, { at: BASE + DAY, sender: 'bot' });
      expect(bot.action).toBe('move-off-platform');
      expect(codes(bot)).toEqual(['window-closed', 'window-closed-no-alternative']);
      const noFallback = decideChannel(dm('facebook'), policy.withoutRule('window-closed'), {
        at: BASE + 7 * DAY,
      });
      expect(noFallback.action).toBe('cannot-reply');
      expect(noFallback.target).toBeNull();
    });

    it('WhatsApp after 24 h needs a template', () => {
      const d = decideChannel(dm('whatsapp'), policy, { at: BASE + DAY });
      expect(d.action).toBe('template-required');
      expect(d.target).toEqual({ channel: 'whatsapp', surface: 'message', visibility: 'private' });
      expect(codes(d)).toEqual(['window-template-only']);
    });

    it('X DMs have no window', () => {
      expect(decideChannel(dm('x'), policy, { at: BASE + 30 * DAY }).action).toBe('reply-private');
    });
  });

  it('cannot reply before the customer wrote', () => {
    const c = conversationOf('x', [{ from: 'customer', visibility: 'public', text: 'hi', minute: 5 }]);
    const d = decideChannel(c, policy, { at: BASE });
    expect(d).toEqual({
      action: 'cannot-reply',
      target: null,
      reasons: [expect.objectContaining({ code: 'no-customer-message' })],
    });
  });

  it('every reason has a code and a sentence', () => {
    const c = conversationOf(
      'facebook',
      [
        {
          from: 'customer',
          visibility: 'public',
          text: 'my card 4111-1111-1111-1111 was charged twice, DM me',
          minute: 0,
        },
      ],
      ['billing'],
    );
    const d = decideChannel(c, policy, { at });
    expect(d.reasons.length).toBeGreaterThanOrEqual(3);
    for (const reason of d.reasons) {
      expect(reason.code).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
      expect(reason.message).toMatch(/^[A-Z0-9].*[.)]$/s);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createVoice } from '../persona';
import { measureText } from '../platforms';
import { handoffMessage } from './handoff-message';

const agent = { id: 'a1', name: 'Sandra Paredes' };

describe('handoffMessage', () => {
  it('invites to a DM with the deep link, the mention and the signature, within the limit (X)', () => {
    const reply = handoffMessage({
      platform: 'x',
      surface: 'post',
      customer: { name: 'Ana', handle: 'ana' },
      voice: createVoice({ locale: 'en' }),
      agent,
      link: { recipient: '783214' },
    });
    expect(reply.link).toBe('https://x.com/messages/compose?recipient_id=783214');
    expect(reply.text).toContain(reply.link as string);
    expect(reply.text).toContain('Ana');
    expect(reply.signature).toBe('^SP');
    expect(reply.text.endsWith('^SP')).toBe(true);
    expect(measureText('x', 'post', reply.text).fits).toBe(true);
    expect(reply.warnings).toEqual([]);
  });

  it('uses the voice: Spanish invitation on an Instagram comment with ig.me link', () => {
    const reply = handoffMessage({
      platform: 'instagram',
      surface: 'comment',
      customer: { name: 'Lucía' },
      voice: createVoice({ locale: 'es' }),
      agent,
      link: { recipient: 'acme' },
    });
    expect(reply.link).toBe('https://ig.me/m/acme');
    expect(reply.text).toContain('mensaje directo');
    expect(reply.text).toContain('https://ig.me/m/acme');
  });

  it('accepts a ready URL and works without a link on platforms that have none (Bluesky)', () => {
    const withUrl = handoffMessage({
      platform: 'facebook',
      surface: 'comment',
      agent,
      link: 'https://m.me/acme',
    });
    expect(withUrl.text).toContain('https://m.me/acme');
    const none = handoffMessage({
      platform: 'bluesky',
      surface: 'post',
      agent,
      customer: { handle: 'ana.bsky.social' },
    });
    expect(none.link).toBeNull();
    expect(none.text).toMatch(/direct message/);
    expect(measureText('bluesky', 'post', none.text).fits).toBe(true);
  });

  it('falls back to a shorter invitation when the full one does not fit, keeping link and signature', () => {
    const voice = createVoice({
      templates: { 'dm-invitation': `${'So sorry about all of this. '.repeat(12)}DM us[[: {deepLink}]]` },
    });
    const reply = handoffMessage({
      platform: 'x',
      surface: 'post',
      agent,
      voice,
      link: { recipient: '783214' },
    });
    expect(reply.text).toContain('https://x.com/messages/compose?recipient_id=783214');
    expect(reply.text.endsWith('^SP')).toBe(true);
    expect(reply.warnings.map((w) => w.code)).toContain('truncated');
  });

  it('rejects a surface the platform lacks and a recipient in the wrong format', () => {
    expect(() => handoffMessage({ platform: 'whatsapp', surface: 'post', agent })).toThrow(/no surface/);
    expect(() =>
      handoffMessage({ platform: 'x', surface: 'post', agent, link: { recipient: '@acme' } }),
    ).toThrow(/recipient/);
  });
});

import { describe, expect, it } from 'vitest';
import { CareError } from '../shared/errors';
import { buildDeepLink, hasDeepLink } from './deep-link';

describe('buildDeepLink', () => {
  it('builds each platform’s documented format', () => {
    expect(buildDeepLink('x', { recipient: '783214' })).toBe(
      'https://x.com/messages/compose?recipient_id=783214',
    );
    expect(buildDeepLink('x', { recipient: '783214', text: 'Order #12' })).toBe(
      'https://x.com/messages/compose?recipient_id=783214&text=Order%20%2312',
    );
    expect(buildDeepLink('facebook', { recipient: 'acme.support', ref: 'tw-123' })).toBe(
      'https://m.me/acme.support?ref=tw-123',
    );
    expect(buildDeepLink('instagram', { recipient: '@acme_support' })).toBe('https://ig.me/m/acme_support');
    expect(buildDeepLink('whatsapp', { recipient: '+34 600 123 456', text: 'Hola' })).toBe(
      'https://wa.me/34600123456?text=Hola',
    );
    expect(buildDeepLink('email', { recipient: 'care@acme.example', subject: 'Case 12', text: 'Hi' })).toBe(
      'mailto:care@acme.example?subject=Case%2012&body=Hi',
    );
  });

  it('rejects malformed recipients with the expected format', () => {
    expect(() => buildDeepLink('x', { recipient: '@acme' })).toThrow(/numeric user id/);
    expect(() => buildDeepLink('whatsapp', { recipient: '600' })).toThrow(/international format/);
  });

  it('reports platforms without deep links', () => {
    expect(hasDeepLink('bluesky')).toBe(false);
    expect(hasDeepLink('mastodon')).toBe(false);
    expect(hasDeepLink('whatsapp')).toBe(true);
    try {
      buildDeepLink('bluesky', { recipient: 'acme.bsky.social' });
      expect.unreachable();
    } catch (error) {
      expect(CareError.isInstance(error) && error.code).toBe('UNSUPPORTED');
    }
  });
});

import { CareError, CareValidationError } from '../shared/errors';
import type { DeepLinkFacts } from './facts-types';
import type { Platform } from './platform';
import { platformFacts } from './platform-facts';

/**
 * Input of {@link buildDeepLink}.
 *
 * @example
 * ```ts
 * const input: DeepLinkInput = { recipient: '+34 600 123 456', text: 'Hola' };
 * ```
 */
export interface DeepLinkInput {
  /**
   * Who the customer writes to: the brand's numeric user id on X, the Page username or id for
   * Messenger, the Instagram username, the WhatsApp number in international format (`+34 600 000 000`
   * is fine, it is reduced to digits), or the email address.
   */
  readonly recipient: string;
  /** Text to pre-fill, where the platform supports it (X, WhatsApp, email body). Ignored elsewhere. */
  readonly text?: string;
  /** Messenger `ref` parameter (tracks where the customer came from). */
  readonly ref?: string;
  /** Email subject. */
  readonly subject?: string;
}

const RECIPIENT_RULES: Record<
  DeepLinkFacts['recipient'],
  { pattern: RegExp; hint: string; clean?: (value: string) => string }
> = {
  'user-id': { pattern: /^\d{1,20}$/, hint: 'the brand account’s numeric user id' },
  'page-name': { pattern: /^[A-Za-z0-9.]{1,100}$/, hint: 'the Page username or numeric Page id' },
  username: {
    pattern: /^[A-Za-z0-9._]{1,30}$/,
    hint: 'the Instagram username without @',
    clean: (v) => v.replace(/^@/, ''),
  },
  'phone-number': {
    pattern: /^[1-9]\d{6,14}$/,
    hint: 'a phone number in international format with country code, e.g. +34 600 000 000',
    clean: (v) => v.replace(/[\s().+-]/g, '').replace(/^00/, ''),
  },
  'email-address': { pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, hint: 'an email address' },
};

/**
 * True when the platform has a deep link into a private conversation (X, Facebook Messenger,
 * Instagram, WhatsApp, email; not Bluesky or Mastodon).
 *
 * @example
 * ```ts
 * hasDeepLink('bluesky'); // false
 * ```
 */
export function hasDeepLink(platform: Platform): boolean {
  return findDeepLink(platform) !== null;
}

function findDeepLink(platform: Platform): DeepLinkFacts | null {
  const entry = platformFacts.platforms[platform];
  if (entry === undefined) return null;
  for (const facts of Object.values(entry.surfaces)) if (facts.deepLink) return facts.deepLink;
  return null;
}

/**
 * Builds the link that opens a private conversation with the brand: X
 * `https://x.com/messages/compose?recipient_id=…`, Messenger `https://m.me/<page>`, Instagram
 * `https://ig.me/m/<username>`, WhatsApp `https://wa.me/<number>`, email `mailto:`.
 *
 * @throws CareValidationError when the recipient does not have the platform's format
 * @throws CareError (`UNSUPPORTED`) for platforms without such links (Bluesky, Mastodon)
 * @example
 * ```ts
 * buildDeepLink('whatsapp', { recipient: '+34 600 123 456', text: 'Hola' }); // 'https://wa.me/34600123456?text=Hola'
 * buildDeepLink('x', { recipient: '783214' }); // 'https://x.com/messages/compose?recipient_id=783214'
 * ```
 */
export function buildDeepLink(platform: Platform, input: DeepLinkInput): string {
  const facts = findDeepLink(platform);
  if (facts === null) {
    throw new CareError(
      'UNSUPPORTED',
      `${String(platform)} has no deep link into a private conversation: share the brand's profile or handle instead.`,
    );
  }
  const rule = RECIPIENT_RULES[facts.recipient];
  const raw = String(input.recipient ?? '').trim();
  const recipient = rule.clean ? rule.clean(raw) : raw;
  if (!rule.pattern.test(recipient)) {
    throw new CareValidationError(
      `Invalid deep-link recipient ${JSON.stringify(input.recipient)} for ${platform}: use ${rule.hint}.`,
      [{ path: ['recipient'], message: `expected ${rule.hint}` }],
    );
  }
  const base = facts.template.replace(
    '{recipient}',
    facts.recipient === 'email-address' ? recipient : encodeURIComponent(recipient),
  );
  const query: string[] = [];
  if (facts.recipient === 'email-address' && input.subject)
    query.push(`subject=${encodeURIComponent(input.subject)}`);
  if (input.text && facts.textParameter)
    query.push(`${facts.textParameter}=${encodeURIComponent(input.text)}`);
  if (input.ref && platform === 'facebook') query.push(`ref=${encodeURIComponent(input.ref)}`);
  if (query.length === 0) return base;
  return `${base}${base.includes('?') ? '&' : '?'}${query.join('&')}`;
}

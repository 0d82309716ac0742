import { createBlueskyAdapter } from 'socialcare/adapters/bluesky';
import { createFacebookAdapter } from 'socialcare/adapters/facebook';
import { createInstagramAdapter } from 'socialcare/adapters/instagram';
import { createMastodonAdapter } from 'socialcare/adapters/mastodon';
import { createWhatsAppAdapter } from 'socialcare/adapters/whatsapp';
import { createXAdapter } from 'socialcare/adapters/x';

/** The clock of every test adapter: payloads without a time (X post.delete) are stamped with it. */
export const FIXED_NOW = Date.UTC(2026, 6, 24, 22, 0, 0);

/** The made-up secrets of ../shared/fixtures/platforms (see its README). */
export const SECRETS = {
  x: 'fixture-x-consumer-secret-NOT-REAL',
  meta: 'fixture-meta-app-secret-NOT-REAL',
  mastodon: 'fixture-mastodon-webhook-secret-NOT-REAL',
  relay: 'fixture-relay-secret-NOT-REAL',
  verifyToken: 'fixture-verify-token',
} as const;

type Hmac = 'auto' | 'webcrypto';

/** Adapter factories configured like the brand accounts the fixtures were written for. */
export const setups = {
  x: (hmac: Hmac = 'auto') =>
    createXAdapter({ consumerSecret: SECRETS.x, now: () => FIXED_NOW, accessToken: 'test-token', hmac }),
  facebook: (hmac: Hmac = 'auto') =>
    createFacebookAdapter({
      appSecret: SECRETS.meta,
      verifyToken: SECRETS.verifyToken,
      pageId: '1895382890692545',
      now: () => FIXED_NOW,
      hmac,
    }),
  instagram: (hmac: Hmac = 'auto') =>
    createInstagramAdapter({
      appSecret: SECRETS.meta,
      verifyToken: SECRETS.verifyToken,
      accountId: '17841405309211844',
      username: 'acme_store',
      now: () => FIXED_NOW,
      hmac,
    }),
  whatsapp: (hmac: Hmac = 'auto') =>
    createWhatsAppAdapter({
      appSecret: SECRETS.meta,
      verifyToken: SECRETS.verifyToken,
      phoneNumberId: '1122334455667',
      now: () => FIXED_NOW,
      hmac,
    }),
  bluesky: (hmac: Hmac = 'auto') =>
    createBlueskyAdapter({
      did: 'did:plc:brandbrandbrandbrand0001',
      secret: SECRETS.relay,
      now: () => FIXED_NOW,
      hmac,
    }),
  mastodon: (hmac: Hmac = 'auto') =>
    createMastodonAdapter({
      instanceUrl: 'https://mastodon.example',
      accountId: '109300000000000001',
      acct: 'acme',
      webhookSecret: SECRETS.mastodon,
      now: () => FIXED_NOW,
      hmac,
    }),
} as const;

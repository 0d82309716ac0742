import type { ChannelRule } from './channel-rule';

/**
 * The default rules, in order. Stay public unless one of them matches:
 *
 * 1. `identity-verification`: tagged for identity verification, leave the platform for the phone;
 * 2. `attachment-unsupported`: the draft carries attachments the platform cannot, use email;
 * 3. `sensitive-data`: personal or payment data in a public message (or in the draft), move to a
 *    private message on the same platform and flag the public message for the agent;
 * 4. `customer-asks-private`: the customer asked to talk privately;
 * 5. `private-topics`: account access, identity, billing or personal-data topics (tags);
 * 6. `public-back-and-forth`: more than 4 public turns;
 * 7. `draft-too-long`: a draft 3 times the public limit or more;
 * 8. `window-closed`: a private conversation whose window closed with no template to fall back
 *    on, continue by email.
 *
 * Rules are data: copy, filter, reorder or extend this list and pass it to `createChannelPolicy`.
 *
 * @example
 * ```ts
 * const rules = DEFAULT_CHANNEL_RULES.filter((rule) => rule.id !== 'public-back-and-forth');
 * const policy = createChannelPolicy(rules);
 * ```
 */
export const DEFAULT_CHANNEL_RULES: readonly ChannelRule[] = Object.freeze([
  {
    id: 'identity-verification',
    when: 'identity-verification',
    tags: ['identity-verification', 'verify-identity', 'kyc'],
    action: 'move-off-platform',
    channel: 'phone',
  },
  {
    id: 'attachment-unsupported',
    when: 'attachment-unsupported',
    action: 'move-off-platform',
    channel: 'email',
  },
  { id: 'sensitive-data', when: 'sensitive-data', action: 'move-to-private', minConfidence: 0.7 },
  { id: 'customer-asks-private', when: 'customer-asks-private', action: 'move-to-private' },
  {
    id: 'private-topics',
    when: 'tagged',
    tags: [
      'account-access',
      'identity',
      'login',
      'password',
      'billing',
      'payment',
      'refund',
      'personal-data',
      'privacy',
    ],
    action: 'move-to-private',
  },
  { id: 'public-back-and-forth', when: 'public-turns', maxTurns: 4, action: 'move-to-private' },
  { id: 'draft-too-long', when: 'draft-too-long', factor: 3, action: 'move-to-private' },
  { id: 'window-closed', when: 'window-closed', action: 'move-off-platform', channel: 'email' },
] satisfies ChannelRule[]);

import { z } from 'zod';
import { CommonAdapterSettingsSchema } from '../adapter-settings';

/**
 * Settings of {@link createMastodonAdapter}.
 *
 * @example
 * ```ts
 * MastodonAdapterSettingsSchema.parse({ instanceUrl: 'https://mastodon.example', accountId: '109300000000000001', maxCharacters: 500 });
 * ```
 */
export const MastodonAdapterSettingsSchema = CommonAdapterSettingsSchema.extend({
  /** The brand's instance, e.g. `https://mastodon.social`: statuses are posted there. */
  instanceUrl: z.url().optional(),
  /** The brand account's id on its instance: its statuses are outbound. */
  accountId: z.string().min(1).optional(),
  /** The brand account's `acct` (username on its own instance), also recognised as ours. */
  acct: z.string().min(1).optional(),
  /** The instance's `configuration.statuses.max_characters` (default 500). */
  maxCharacters: z.number().int().positive().optional(),
  /** Access token used by `send` (`Authorization: Bearer`). */
  accessToken: z.string().min(1).optional(),
  /** Admin webhook secret (`X-Hub-Signature: sha256=<hex>`). */
  webhookSecret: z.string().min(1).optional(),
  /** Accept unsigned payloads (a trusted in-process poller of `/api/v1/notifications`). Default false. */
  unsigned: z.boolean().optional(),
});

/**
 * Settings of {@link createMastodonAdapter} (input).
 *
 * @example
 * ```ts
 * const settings: MastodonAdapterSettings = { instanceUrl: 'https://mastodon.example', accountId: '109300000000000001', maxCharacters: 500 };
 * ```
 */
export type MastodonAdapterSettings = z.input<typeof MastodonAdapterSettingsSchema>;

import { z } from 'zod';
import { CommonAdapterSettingsSchema } from '../adapter-settings';

/**
 * Settings of {@link createXAdapter}.
 *
 * @example
 * ```ts
 * XAdapterSettingsSchema.parse({ consumerSecret: process.env.X_CONSUMER_SECRET, accountId: '2975699229' });
 * ```
 */
export const XAdapterSettingsSchema = CommonAdapterSettingsSchema.extend({
  /** The app's consumer secret (API secret key): signs CRC answers and deliveries. */
  consumerSecret: z.string().min(1, 'the X consumer secret is required to verify deliveries'),
  /**
   * The brand's X user id. Account Activity deliveries name it (`for_user_id`) and X Activity
   * deliveries too (`filter.user_id`); v2 lookups do not, so set it to recognise our own posts there.
   */
  accountId: z.string().regex(/^\d+$/, 'expected the numeric X user id as a string').optional(),
  /** OAuth 2.0 user access token used by `send` (sent as `Authorization: Bearer`). */
  accessToken: z.string().min(1).optional(),
  /** API base URL (default `https://api.x.com`). */
  apiBaseUrl: z.url().optional(),
});

/**
 * Settings of {@link createXAdapter} (input).
 *
 * @example
 * ```ts
 * const settings: XAdapterSettings = { consumerSecret: 'secret', accountId: '2975699229' };
 * ```
 */
export type XAdapterSettings = z.input<typeof XAdapterSettingsSchema>;

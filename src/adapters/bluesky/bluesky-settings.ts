import { z } from 'zod';
import { CommonAdapterSettingsSchema } from '../adapter-settings';

/**
 * Settings of {@link createBlueskyAdapter}.
 *
 * @example
 * ```ts
 * BlueskyAdapterSettingsSchema.parse({ did: 'did:plc:brandbrandbrandbrand0001', secret: 'relay-secret' });
 * ```
 */
export const BlueskyAdapterSettingsSchema = CommonAdapterSettingsSchema.extend({
  /** The brand account's DID: its posts are outbound, and replies are written to its repo. */
  did: z
    .string()
    .regex(/^did:[a-z]+:[A-Za-z0-9._:%-]+$/, 'expected a DID such as did:plc:…')
    .optional(),
  /** The PDS (or entryway) URL for `buildReply` (default `https://bsky.social`). */
  serviceUrl: z.url().optional(),
  /** Session access token used by `send` (`Authorization: Bearer`). */
  accessToken: z.string().min(1).optional(),
  /** Secret your relay signs forwarded payloads with (`x-socialcare-signature: sha256=<hex>`). */
  secret: z.string().min(1).optional(),
  /** Accept unsigned payloads (a trusted in-process poller). Default false. */
  unsigned: z.boolean().optional(),
});

/**
 * Settings of {@link createBlueskyAdapter} (input).
 *
 * @example
 * ```ts
 * const settings: BlueskyAdapterSettings = { did: 'did:plc:brandbrandbrandbrand0001', unsigned: true };
 * ```
 */
export type BlueskyAdapterSettings = z.input<typeof BlueskyAdapterSettingsSchema>;

import { z } from 'zod';
import { CommonAdapterSettingsSchema } from '../adapter-settings';

/** Settings shared by the Meta adapters (Facebook, Instagram, WhatsApp). */
export const MetaAdapterSettingsSchema = CommonAdapterSettingsSchema.extend({
  /** The app secret: deliveries are signed with it (`X-Hub-Signature-256`). */
  appSecret: z.string().min(1, 'the Meta app secret is required to verify deliveries'),
  /** The verify token you entered in the app dashboard, for the `hub.challenge` handshake. */
  verifyToken: z.string().min(1).optional(),
  /** Access token used by `send` (Page, Instagram or WhatsApp system-user token), sent as `Authorization: Bearer`. */
  accessToken: z.string().min(1).optional(),
  /**
   * Your app id: echoes whose `app_id` differs (sent from the Page inbox or another tool) are
   * attributed to an `agent`; without it every echo is the `brand`'s.
   */
  appId: z.string().regex(/^\d+$/, 'expected the numeric app id').optional(),
  /** Graph API version (default `v23.0`). */
  graphApiVersion: z
    .string()
    .regex(/^v\d+\.\d+$/, 'expected a version such as v23.0')
    .optional(),
  /** Graph API base URL (default `https://graph.facebook.com`). */
  graphBaseUrl: z.url().optional(),
});

/** The Graph API root (`https://graph.facebook.com/v23.0`) from the settings. */
export function graphRootOf(settings: {
  readonly graphApiVersion?: string | undefined;
  readonly graphBaseUrl?: string | undefined;
}): string {
  return `${(settings.graphBaseUrl ?? 'https://graph.facebook.com').replace(/\/+$/, '')}/${settings.graphApiVersion ?? 'v23.0'}`;
}

/** Headers of a Graph API JSON request. */
export function graphHeaders(accessToken: string | undefined): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (accessToken !== undefined) headers.authorization = `Bearer ${accessToken}`;
  return headers;
}

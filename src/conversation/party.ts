import { z } from 'zod';
import { PlatformSchema } from './platform';

/**
 * The kinds of party in a conversation: the customer, a human agent, a bot, or the brand account itself
 * (a reply whose author is not known beyond the account).
 *
 * @example
 * ```ts
 * PartyKindSchema.parse('agent');
 * ```
 */
export const PartyKindSchema = z.enum(['customer', 'agent', 'bot', 'brand']);

/** `'customer' | 'agent' | 'bot' | 'brand'`. */
export type PartyKind = z.output<typeof PartyKindSchema>;

/**
 * A participant: who wrote a message. `id` is unique inside socialcare (for a customer usually the
 * platform user id); `platformId` is the id on the platform when it differs.
 *
 * @example
 * ```ts
 * PartySchema.parse({ id: '115712', kind: 'customer', displayName: 'Ana' });
 * ```
 */
export const PartySchema = z.object({
  id: z.string().min(1),
  kind: PartyKindSchema,
  platformId: z.string().min(1).optional(),
  handle: z.string().optional(),
  displayName: z.string().optional(),
});

/** A participant in a conversation. */
export type Party = z.output<typeof PartySchema>;

/**
 * A brand account on a platform. Care accounts answer customers; marketing accounts publish
 * campaigns (conversations they start are counted but not measured).
 *
 * @example
 * ```ts
 * BrandAccountSchema.parse({ id: 'AppleSupport', platform: 'x', role: 'care' });
 * ```
 */
export const BrandAccountSchema = z.object({
  id: z.string().min(1),
  platform: PlatformSchema,
  role: z.enum(['care', 'marketing']).default('care'),
  handle: z.string().optional(),
  displayName: z.string().optional(),
  platformId: z.string().optional(),
});

/** A brand account (parsed, with defaults applied). */
export type BrandAccount = z.output<typeof BrandAccountSchema>;
/** A brand account as accepted by {@link BrandAccountSchema}. */
export type BrandAccountInput = z.input<typeof BrandAccountSchema>;

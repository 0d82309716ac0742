import { z } from 'zod';
import type { SensitiveDataKind } from './sensitive-data/finding';

/**
 * Where a rule sends the conversation: a private message on the same platform, or off the platform.
 *
 * @example
 * ```ts
 * const action: RuleAction = 'move-to-private';
 * ```
 */
export type RuleAction = 'move-to-private' | 'move-off-platform';

/**
 * The channels a conversation may leave the platform for.
 *
 * @example
 * ```ts
 * const rule: ChannelRule = { id: 'kyc', when: 'identity-verification', tags: ['kyc'], action: 'move-off-platform', channel: 'phone' };
 * ```
 */
export type OffPlatformChannel = 'email' | 'phone';

interface RuleBase {
  /** A unique id: how you find, remove and reorder the rule. Appears in the decision's reasons. */
  readonly id: string;
  /** What the rule asks for when it matches. */
  readonly action: RuleAction;
  /** With `action: 'move-off-platform'`: where to (default `'email'`). */
  readonly channel?: OffPlatformChannel;
}

/**
 * Sensitive data in a public customer message, or in a draft about to be posted publicly.
 *
 * @example
 * ```ts
 * const rule: SensitiveDataRule = { id: 'cards', when: 'sensitive-data', kinds: ['payment-card'], action: 'move-to-private' };
 * ```
 */
export interface SensitiveDataRule extends RuleBase {
  readonly when: 'sensitive-data';
  /** Kinds that count (default: all). */
  readonly kinds?: readonly SensitiveDataKind[];
  /** Findings below this confidence are ignored (default 0.7). */
  readonly minConfidence?: number;
  /** Phone regions for national numbers (default `'US'`), as for `detectSensitiveData`. */
  readonly defaultRegion?: string | readonly string[];
}

/**
 * The customer's last message asks to continue privately ("can I DM you?", "private message").
 *
 * @example
 * ```ts
 * const rule: CustomerAsksPrivateRule = { id: 'asks', when: 'customer-asks-private', phrases: ['por privado'], action: 'move-to-private' };
 * ```
 */
export interface CustomerAsksPrivateRule extends RuleBase {
  readonly when: 'customer-asks-private';
  /** Extra phrases (case-insensitive substrings) that count as asking, on top of the built-in ones. */
  readonly phrases?: readonly string[];
}

/**
 * The public back-and-forth has gone beyond `maxTurns` turns (a turn: consecutive messages from one side).
 *
 * @example
 * ```ts
 * const rule: PublicTurnsRule = { id: 'turns', when: 'public-turns', maxTurns: 3, action: 'move-to-private' };
 * ```
 */
export interface PublicTurnsRule extends RuleBase {
  readonly when: 'public-turns';
  /** How many public turns are fine (default 4). */
  readonly maxTurns: number;
}

/**
 * The conversation carries one of `tags` (e.g. account access, identity, billing).
 *
 * @example
 * ```ts
 * const rule: TaggedRule = { id: 'billing', when: 'tagged', tags: ['billing'], action: 'move-to-private' };
 * ```
 */
export interface TaggedRule extends RuleBase {
  readonly when: 'tagged';
  /** Tags that trigger the rule (case-insensitive). */
  readonly tags: readonly string[];
}

/**
 * The conversation needs identity verification (by tag): a job for the phone or a secure channel.
 *
 * @example
 * ```ts
 * const rule: IdentityVerificationRule = { id: 'kyc', when: 'identity-verification', tags: ['kyc'], action: 'move-off-platform', channel: 'phone' };
 * ```
 */
export interface IdentityVerificationRule extends RuleBase {
  readonly when: 'identity-verification';
  /** Tags that mean identity verification is needed (case-insensitive). */
  readonly tags: readonly string[];
}

/**
 * The draft is longer than the current surface allows, `factor` times over or more.
 *
 * @example
 * ```ts
 * const rule: DraftTooLongRule = { id: 'long', when: 'draft-too-long', factor: 2, action: 'move-to-private' };
 * ```
 */
export interface DraftTooLongRule extends RuleBase {
  readonly when: 'draft-too-long';
  /** How many times the limit (default 3). */
  readonly factor: number;
}

/**
 * The draft carries attachments no surface of the platform can carry.
 *
 * @example
 * ```ts
 * const rule: AttachmentUnsupportedRule = { id: 'files', when: 'attachment-unsupported', unsupportedKinds: { x: ['file'] }, action: 'move-off-platform', channel: 'email' };
 * ```
 */
export interface AttachmentUnsupportedRule extends RuleBase {
  readonly when: 'attachment-unsupported';
  /** Attachment kinds to treat as unsupported per platform, on top of the platform facts (e.g. `{ x: ['file'] }`). */
  readonly unsupportedKinds?: Readonly<Partial<Record<string, readonly string[]>>>;
}

/**
 * A private conversation whose messaging window is closed, with no template to fall back on.
 *
 * @example
 * ```ts
 * const rule: WindowClosedRule = { id: 'closed', when: 'window-closed', action: 'move-off-platform', channel: 'email' };
 * ```
 */
export interface WindowClosedRule extends RuleBase {
  readonly when: 'window-closed';
}

/**
 * One channel rule: plain data (JSON-serialisable), so rules can be stored, reordered and
 * edited. Rules are checked in order; the first that matches decides where the conversation
 * goes, and every rule that matches adds its reason.
 *
 * @example
 * ```ts
 * const rule: ChannelRule = { id: 'vip', when: 'tagged', tags: ['vip'], action: 'move-to-private' };
 * ```
 */
export type ChannelRule =
  | SensitiveDataRule
  | CustomerAsksPrivateRule
  | PublicTurnsRule
  | TaggedRule
  | IdentityVerificationRule
  | DraftTooLongRule
  | AttachmentUnsupportedRule
  | WindowClosedRule;

/**
 * Every condition a rule can have.
 *
 * @example
 * ```ts
 * const conditions: ChannelRuleCondition[] = policy.rules.map((rule) => rule.when);
 * ```
 */
export type ChannelRuleCondition = ChannelRule['when'];

const kinds = z.enum(['payment-card', 'iban', 'email', 'phone', 'reference', 'government-id', 'credential']);
const base = {
  id: z.string().trim().min(1, 'give every rule an id'),
  action: z.enum(['move-to-private', 'move-off-platform']),
  channel: z.enum(['email', 'phone']).optional(),
};
const tags = z.array(z.string().trim().min(1)).min(1, 'list at least one tag');

/**
 * The zod schema of a {@link ChannelRule}.
 *
 * @example
 * ```ts
 * ChannelRuleSchema.parse({ id: 'turns', when: 'public-turns', maxTurns: 3, action: 'move-to-private' });
 * ```
 */
export const ChannelRuleSchema = z.discriminatedUnion('when', [
  z.object({
    ...base,
    when: z.literal('sensitive-data'),
    kinds: z.array(kinds).optional(),
    minConfidence: z.number().min(0).max(1).optional(),
    defaultRegion: z.union([z.string(), z.array(z.string())]).optional(),
  }),
  z.object({
    ...base,
    when: z.literal('customer-asks-private'),
    phrases: z.array(z.string().min(1)).optional(),
  }),
  z.object({ ...base, when: z.literal('public-turns'), maxTurns: z.number().int().min(1) }),
  z.object({ ...base, when: z.literal('tagged'), tags }),
  z.object({ ...base, when: z.literal('identity-verification'), tags }),
  z.object({ ...base, when: z.literal('draft-too-long'), factor: z.number().min(1) }),
  z.object({
    ...base,
    when: z.literal('attachment-unsupported'),
    unsupportedKinds: z.record(z.string(), z.array(z.string())).optional(),
  }),
  z.object({ ...base, when: z.literal('window-closed') }),
]);

import { z } from 'zod';
import { CareValidationError } from '../shared/errors';
import { parseWithSchema } from '../shared/validate';
import { type ChannelRule, ChannelRuleSchema } from './channel-rule';
import { DEFAULT_CHANNEL_RULES } from './default-channel-rules';

/**
 * Where to put a rule added with {@link ChannelPolicy.withRule}.
 *
 * @example
 * ```ts
 * policy.withRule(rule, { before: 'sensitive-data' });
 * ```
 */
export interface RulePosition {
  /** Insert before the rule with this id. */
  readonly before?: string;
  /** Insert after the rule with this id. */
  readonly after?: string;
  /** Insert at this index (0 is first). Default: last. */
  readonly index?: number;
}

/**
 * A validated, immutable list of channel rules. The helpers return new policies; the original
 * is never changed.
 *
 * @example
 * ```ts
 * const policy: ChannelPolicy = createChannelPolicy().withoutRule('draft-too-long');
 * ```
 */
export interface ChannelPolicy {
  /** The rules, in the order they are checked. */
  readonly rules: readonly ChannelRule[];
  /** A policy with `rule` added (last, or at `position`). */
  withRule(rule: ChannelRule, position?: RulePosition): ChannelPolicy;
  /** A policy without the rule `id`. */
  withoutRule(id: string): ChannelPolicy;
  /** A policy with the rule `id` moved to `index`. */
  moveRule(id: string, index: number): ChannelPolicy;
}

const RulesSchema = z.array(ChannelRuleSchema);

/**
 * Creates a channel policy from rules (default {@link DEFAULT_CHANNEL_RULES}), given as an array
 * or as `{ rules }` (a stored policy). Rules are data: add, remove and reorder them with array
 * operations or the policy's helpers.
 *
 * @throws CareValidationError for a malformed rule (naming its index and field) or a duplicate id
 * @example
 * ```ts
 * const policy = createChannelPolicy()
 *   .withoutRule('public-back-and-forth')
 *   .withRule({ id: 'vip', when: 'tagged', tags: ['vip'], action: 'move-to-private' }, { index: 0 });
 * policy.rules.map((rule) => rule.id); // ['vip', 'identity-verification', ...]
 * ```
 */
export function createChannelPolicy(
  rules: readonly ChannelRule[] | { readonly rules: readonly ChannelRule[] } = DEFAULT_CHANNEL_RULES,
): ChannelPolicy {
  const list = Array.isArray(rules) ? rules : (rules as { readonly rules?: unknown }).rules;
  const parsed = parseWithSchema(RulesSchema, list, 'channel rules') as ChannelRule[];
  const seen = new Set<string>();
  parsed.forEach((rule, index) => {
    if (seen.has(rule.id)) {
      throw new CareValidationError(
        `Invalid channel rules: [${index}].id "${rule.id}" is used twice; give every rule its own id.`,
        [{ path: [index, 'id'], message: 'duplicate rule id' }],
      );
    }
    seen.add(rule.id);
  });
  const frozen = Object.freeze(parsed.map((rule) => Object.freeze(rule)));
  return makePolicy(frozen);
}

function makePolicy(rules: readonly ChannelRule[]): ChannelPolicy {
  const indexOf = (id: string): number => {
    const index = rules.findIndex((rule) => rule.id === id);
    if (index === -1) {
      throw new CareValidationError(
        `The channel policy has no rule "${id}"; its rules are ${rules.map((rule) => rule.id).join(', ') || 'none'}.`,
        [{ path: ['id'], message: 'unknown rule id' }],
      );
    }
    return index;
  };
  return Object.freeze({
    rules,
    withRule(rule: ChannelRule, position: RulePosition = {}): ChannelPolicy {
      let index = rules.length;
      if (position.before !== undefined) index = indexOf(position.before);
      else if (position.after !== undefined) index = indexOf(position.after) + 1;
      else if (position.index !== undefined)
        index = Math.max(0, Math.min(rules.length, Math.trunc(position.index)));
      return createChannelPolicy([...rules.slice(0, index), rule, ...rules.slice(index)]);
    },
    withoutRule(id: string): ChannelPolicy {
      const index = indexOf(id);
      return createChannelPolicy([...rules.slice(0, index), ...rules.slice(index + 1)]);
    },
    moveRule(id: string, index: number): ChannelPolicy {
      const from = indexOf(id);
      const rest = [...rules.slice(0, from), ...rules.slice(from + 1)];
      const to = Math.max(0, Math.min(rest.length, Math.trunc(index)));
      return createChannelPolicy([...rest.slice(0, to), rules[from] as ChannelRule, ...rest.slice(to)]);
    },
  });
}

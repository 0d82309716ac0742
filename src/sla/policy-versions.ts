import type { Platform, Visibility } from '../conversation/platform';
import type { Priority } from '../conversation/status';
import { CareValidationError } from '../shared/errors';
import type { SlaConditions, SlaPolicy, SlaTerms } from './policy';

/**
 * One policy, or several versions of it with `effectiveFrom` instants (a policy change over time).
 * The earliest version also applies before its `effectiveFrom`.
 */
export type SlaPolicySource = SlaPolicy | readonly SlaPolicy[];

/** The attributes rules look at, as of an instant. */
export interface SlaAttributes {
  readonly platform: Platform | undefined;
  readonly account: string | undefined;
  readonly priority: Priority | undefined;
  readonly tags: readonly string[];
}

/**
 * Policy versions sorted by start, with what their rules look at.
 * @internal
 */
export interface PolicyVersions {
  readonly versions: readonly SlaPolicy[];
  /** Start of each version; the first is `-Infinity`. */
  readonly starts: readonly number[];
  /** Whether any rule of any version looks at attributes that change during a conversation. */
  readonly usesAccount: boolean;
  readonly usesPriority: boolean;
  readonly usesTags: boolean;
}

const cache = new WeakMap<object, PolicyVersions>();
/** The last source normalised and its result. */
const last: { source: SlaPolicySource | undefined; versions: PolicyVersions | undefined } = {
  source: undefined,
  versions: undefined,
};

/**
 * Normalises a {@link SlaPolicySource} (cached per policy object or array).
 * @internal
 */
export function policyVersions(source: SlaPolicySource): PolicyVersions {
  // The same policy is usually passed call after call (a replay, a batch): skip the weak map then.
  if (source === last.source && last.versions !== undefined) return last.versions;
  const cached = cache.get(source);
  if (cached) {
    last.source = source;
    last.versions = cached;
    return cached;
  }
  const list: readonly SlaPolicy[] = isPolicyList(source) ? source : [source];
  if (list.length === 0 || list.some((policy) => policy?.kind !== 'sla-policy')) {
    throw new CareValidationError(
      'Invalid SLA policy: pass a policy made by createSlaPolicy, or a list of them.',
      [{ path: ['policy'], message: 'expected createSlaPolicy(...) or a non-empty list of them' }],
    );
  }
  const sorted = [...list].sort(
    (a, b) => (a.effectiveFrom ?? Number.NEGATIVE_INFINITY) - (b.effectiveFrom ?? Number.NEGATIVE_INFINITY),
  );
  const starts = sorted.map((policy, index) =>
    index === 0 ? Number.NEGATIVE_INFINITY : (policy.effectiveFrom ?? Number.NEGATIVE_INFINITY),
  );
  for (let i = 1; i < sorted.length; i++) {
    if (
      sorted[i]!.effectiveFrom === undefined ||
      starts[i] === starts[i - 1] ||
      sorted[i]!.effectiveFrom === sorted[0]!.effectiveFrom
    ) {
      throw new CareValidationError(
        'Invalid SLA policy versions: every version but the first needs its own effectiveFrom instant.',
        [{ path: ['policy', i, 'effectiveFrom'], message: 'expected a distinct effectiveFrom' }],
      );
    }
  }
  const rules = sorted.flatMap((policy) => policy.rules);
  const result: PolicyVersions = {
    versions: sorted,
    starts,
    usesAccount: rules.some((rule) => rule.when.account !== undefined),
    usesPriority: rules.some((rule) => rule.when.priority !== undefined),
    usesTags: rules.some((rule) => rule.when.tags !== undefined),
  };
  cache.set(source, result);
  return result;
}

function isPolicyList(source: SlaPolicySource): source is readonly SlaPolicy[] {
  return Array.isArray(source);
}

/**
 * The index of the version in force at `at`.
 * @internal
 */
export function versionIndexAt(versions: PolicyVersions, at: number): number {
  const starts = versions.starts;
  let index = 0;
  while (index + 1 < starts.length && starts[index + 1]! <= at) index++;
  return index;
}

/**
 * The terms of the first rule of `policy` whose conditions hold, else the policy's defaults.
 * @internal
 */
export function matchTerms(policy: SlaPolicy, attributes: SlaAttributes, visibility: Visibility): SlaTerms {
  const rules = policy.rules;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (matches(rule.when, attributes, visibility)) return rule;
  }
  return policy.defaults;
}

function matches(when: SlaConditions, attributes: SlaAttributes, visibility: Visibility): boolean {
  if (when.visibility !== undefined && when.visibility !== visibility) return false;
  if (
    when.platform !== undefined &&
    (attributes.platform === undefined || !when.platform.includes(attributes.platform))
  )
    return false;
  if (
    when.account !== undefined &&
    (attributes.account === undefined || !when.account.includes(attributes.account))
  )
    return false;
  if (
    when.priority !== undefined &&
    (attributes.priority === undefined || !when.priority.includes(attributes.priority))
  )
    return false;
  if (when.tags !== undefined && !when.tags.some((tag) => attributes.tags.includes(tag))) return false;
  return true;
}

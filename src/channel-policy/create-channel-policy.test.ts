import { describe, expect, it } from 'vitest';
import { CareValidationError } from '../shared/errors';
import type { ChannelRule } from './channel-rule';
import { createChannelPolicy } from './create-channel-policy';
import { DEFAULT_CHANNEL_RULES } from './default-channel-rules';

const ids = (rules: readonly ChannelRule[]) => rules.map((rule) => rule.id);

describe('createChannelPolicy', () => {
  it('uses the default rules, which are plain JSON data', () => {
    const policy = createChannelPolicy();
    expect(ids(policy.rules)).toEqual(ids(DEFAULT_CHANNEL_RULES));
    expect(JSON.parse(JSON.stringify(policy.rules))).toEqual(policy.rules);
    expect(ids(createChannelPolicy({ rules: DEFAULT_CHANNEL_RULES }).rules)).toEqual(
      ids(DEFAULT_CHANNEL_RULES),
    );
    expect(ids(createChannelPolicy(JSON.parse(JSON.stringify(DEFAULT_CHANNEL_RULES))).rules)).toEqual(
      ids(DEFAULT_CHANNEL_RULES),
    );
  });

  it('adds, removes and reorders rules without changing the original', () => {
    const policy = createChannelPolicy();
    const vip: ChannelRule = { id: 'vip', when: 'tagged', tags: ['vip'], action: 'move-to-private' };
    expect(ids(policy.withRule(vip, { index: 0 }).rules)[0]).toBe('vip');
    expect(ids(policy.withRule(vip, { before: 'sensitive-data' }).rules).indexOf('vip')).toBe(2);
    expect(ids(policy.withRule(vip, { after: 'sensitive-data' }).rules).indexOf('vip')).toBe(3);
    expect(ids(policy.withRule(vip).rules).at(-1)).toBe('vip');
    expect(ids(policy.withoutRule('draft-too-long').rules)).not.toContain('draft-too-long');
    expect(ids(policy.moveRule('window-closed', 0).rules)[0]).toBe('window-closed');
    expect(ids(policy.rules)).toEqual(ids(DEFAULT_CHANNEL_RULES));
    expect(Object.isFrozen(policy.rules)).toBe(true);
    expect(ids(createChannelPolicy([...DEFAULT_CHANNEL_RULES].reverse()).rules)[0]).toBe('window-closed');
  });

  it('rejects malformed rules, naming the field, and duplicate ids', () => {
    expect(() =>
      createChannelPolicy([{ id: 'x', when: 'public-turns', maxTurns: 0, action: 'move-to-private' }]),
    ).toThrow(/\[0\]\.maxTurns/);
    expect(() =>
      createChannelPolicy([{ id: 'x', when: 'nope', action: 'move-to-private' } as never]),
    ).toThrow(CareValidationError);
    expect(() =>
      createChannelPolicy([{ id: 'x', when: 'tagged', tags: [], action: 'move-to-private' }]),
    ).toThrow(/tags/);
    const twice: ChannelRule = { id: 'x', when: 'window-closed', action: 'move-off-platform' };
    expect(() => createChannelPolicy([twice, twice])).toThrow(/used twice/);
    expect(() => createChannelPolicy().withoutRule('missing')).toThrow(/no rule "missing"/);
  });
});

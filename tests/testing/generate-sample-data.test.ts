import { CareValidationError } from 'socialcare';
import {
  agentsInvolved,
  ConversationEventSchema,
  conversationOrigin,
  firstResponseTime,
  foldConversation,
  MessageSchema,
  threadMessages,
} from 'socialcare/conversation';
import { generateSampleConversations, generateSampleData } from 'socialcare/testing';
import { describe, expect, it } from 'vitest';

describe('generateSampleData', () => {
  const sample = generateSampleData({ seed: 42, conversations: 3_000 });
  const states = sample.conversations.map((c) => foldConversation(c.events));

  it('is deterministic: same seed same data, another seed other data', () => {
    const again = generateSampleData({ seed: 42, conversations: 3_000 });
    expect(again).toEqual(sample);
    const other = generateSampleData({ seed: 43, conversations: 3_000 });
    expect(other.messages.map((m) => m.text)).not.toEqual(sample.messages.map((m) => m.text));
    expect(other.messages.length).not.toBe(sample.messages.length);
  });

  it('streams the same sequence with generateSampleConversations', () => {
    const streamed = [];
    for (const conversation of generateSampleConversations({ seed: 42, conversations: 3_000 })) {
      streamed.push(conversation);
      if (streamed.length === 50) break;
    }
    expect(streamed).toEqual(sample.conversations.slice(0, 50));
    const endless = generateSampleConversations({ seed: 42 });
    for (let i = 0; i < 5; i++) expect(endless.next().done).toBe(false);
  });

  it('produces valid messages and events, counted once in the flat lists', () => {
    for (const message of sample.messages.slice(0, 500))
      expect(MessageSchema.parse(message)).toEqual(message);
    for (const event of sample.events.slice(0, 2_000))
      expect(ConversationEventSchema.parse(event)).toEqual(event);
    expect(sample.messages.length).toBe(sample.conversations.reduce((n, c) => n + c.messages.length, 0));
    expect(sample.events.length).toBe(sample.conversations.reduce((n, c) => n + c.events.length, 0));
    expect(new Set(sample.messages.map((m) => m.id)).size).toBe(sample.messages.length);
    expect(new Set(sample.events.map((e) => e.id)).size).toBe(sample.events.length);
    const perConversation = sample.messages.length / sample.conversations.length;
    expect(perConversation).toBeGreaterThan(3);
    expect(perConversation).toBeLessThan(5);
  });

  it('has several brands, care accounts on several platforms, one marketing account and named agents', () => {
    const platforms = new Set(sample.accounts.map((a) => a.platform));
    expect(platforms.size).toBeGreaterThanOrEqual(4);
    expect(sample.accounts.filter((a) => a.role === 'marketing')).toHaveLength(1);
    expect(sample.agents.map((a) => a.name)).toContain('Sandra Paredes');
    expect(new Set(sample.agents.map((a) => a.brand)).size).toBeGreaterThanOrEqual(4);
    const used = new Set(sample.conversations.map((c) => c.accountId));
    for (const account of sample.accounts) expect(used.has(account.id), account.id).toBe(true);
  });

  it('mixes public and private cases, moves some to private with a link, leaves some unanswered', () => {
    const share = (predicate: (c: (typeof sample.conversations)[number]) => boolean) =>
      sample.conversations.filter(predicate).length / sample.conversations.length;
    expect(share((c) => c.messages[0]!.visibility === 'private')).toBeGreaterThan(0.15);
    expect(share((c) => c.messages[0]!.visibility === 'public')).toBeGreaterThan(0.5);
    expect(share((c) => !c.answered)).toBeGreaterThan(0.03);
    expect(share((c) => !c.answered)).toBeLessThan(0.15);
    expect(share((c) => c.origin === 'brand')).toBeGreaterThan(0.01);
    const moved = sample.conversations.filter((c) => c.movedToPrivate);
    expect(moved.length / sample.conversations.length).toBeGreaterThan(0.05);
    for (const c of moved.slice(0, 50)) {
      const link = c.events.find((e) => e.type === 'conversation-linked');
      expect(link).toMatchObject({ kind: 'public-to-private', target: { visibility: 'private' } });
      expect(c.messages.some((m) => m.visibility === 'private' && m.threadId !== undefined)).toBe(true);
    }
  });

  it('has heavy-tailed first responses, statuses, assignments, tags, priorities, reopenings and surveys', () => {
    const times = states
      .map((s) => firstResponseTime(s))
      .filter((t): t is number => t !== undefined)
      .sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const p90 = times[Math.floor(times.length * 0.9)]!;
    expect(median).toBeGreaterThan(5 * 60_000);
    expect(median).toBeLessThan(3 * 3_600_000);
    expect(p90 / median).toBeGreaterThan(4);
    const statuses = new Set(states.flatMap((s) => s.statusHistory.map((p) => p.status)));
    for (const status of ['new', 'open', 'pending-customer', 'pending-internal', 'resolved', 'closed']) {
      expect(statuses.has(status as never), status).toBe(true);
    }
    const reopened = states.filter((s) => {
      const seq = s.statusHistory.map((p) => p.status);
      return seq.indexOf('resolved') !== -1 && seq.lastIndexOf('open') > seq.indexOf('resolved');
    });
    expect(reopened.length).toBeGreaterThan(0);
    expect(states.some((s) => s.assignments.length > 1)).toBe(true);
    expect(states.some((s) => s.tags.includes('billing'))).toBe(true);
    expect(states.some((s) => s.priority === 'urgent')).toBe(true);
    const surveys = states.flatMap((s) => s.surveys);
    expect(surveys.some((s) => s.survey === 'csat')).toBe(true);
    expect(surveys.some((s) => s.survey === 'nps')).toBe(true);
    expect(states.some((s) => agentsInvolved(s).length > 0)).toBe(true);
    expect(states.some((s) => s.messages.some((m) => m.revisions.length > 0))).toBe(true);
  });

  it('follows hour-of-week seasonality: busier weekday daytime than nights', () => {
    const starts = sample.conversations.map((c) => c.messages[0]!.createdAt);
    const hour = (t: number) => new Date(t).getUTCHours();
    const day = starts.filter((t) => hour(t) >= 9 && hour(t) < 13).length;
    const night = starts.filter((t) => hour(t) >= 1 && hour(t) < 5).length;
    expect(day).toBeGreaterThan(night * 4);
    for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThanOrEqual(starts[i - 1]!);
  });

  it('names conversations as threadMessages does, so threading finds the generated cases', () => {
    const threaded = threadMessages(sample.messages);
    const ids = new Set(threaded.map((c) => c.id));
    const found = sample.conversations.filter((c) => ids.has(c.id)).length;
    expect(found / sample.conversations.length).toBeGreaterThan(0.97);
    const origins = threaded.map(conversationOrigin);
    expect(origins.filter((o) => o === 'brand').length).toBeGreaterThan(0);
  });

  it('restricts to platforms and validates options', () => {
    const x = generateSampleData({ seed: 1, conversations: 200, platforms: ['x'], events: false });
    expect(new Set(x.messages.map((m) => m.platform))).toEqual(new Set(['x']));
    expect(x.events).toHaveLength(0);
    expect(() => generateSampleData({ conversations: -1 })).toThrow(CareValidationError);
    expect(() => generateSampleData({ platforms: ['email'] })).toThrow(/platforms/);
  });
});

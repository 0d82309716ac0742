import { foldConversation, threadMessages } from 'socialcare/conversation';
import { generateSampleData } from 'socialcare/testing';
import { describe, expect, it } from 'vitest';

describe('threadMessages', () => {
  it('returns conversations equal to the fold of their own event logs', () => {
    const sample = generateSampleData({ seed: 11, conversations: 400 });
    const conversations = threadMessages(sample.messages);
    expect(conversations.length).toBeGreaterThan(300);
    expect(conversations.some((c) => c.links.length > 0)).toBe(true);
    for (const conversation of conversations) {
      expect(foldConversation(conversation.events)).toEqual(conversation);
    }
  });

  it('threads every message exactly once', () => {
    const sample = generateSampleData({ seed: 12, conversations: 300 });
    const ids = threadMessages(sample.messages).flatMap((c) =>
      c.messages.map((m) => `${m.platform}:${m.id}`),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(new Set(sample.messages.map((m) => `${m.platform}:${m.id}`)).size);
  });
});

import { describe, expect, it } from 'vitest';
import { CareValidationError } from '../shared/errors';
import { CONVERSATION_EVENT_TYPES, parseConversationEvent } from './events';
import { parseMessage } from './message';
import { compareIds } from './ordering';

describe('parseMessage', () => {
  it('accepts Date, number and ISO instants and applies defaults', () => {
    const input = {
      id: '1',
      platform: 'x',
      direction: 'inbound',
      visibility: 'public',
      author: { id: '42', kind: 'customer' },
      text: 'hi',
    };
    expect(parseMessage({ ...input, createdAt: '2024-03-10T07:00:00Z' }).createdAt).toBe(1_710_054_000_000);
    expect(parseMessage({ ...input, createdAt: new Date(5) }).createdAt).toBe(5);
    expect(parseMessage({ ...input, createdAt: 7 }).mentions).toEqual([]);
  });

  it('names the field that is wrong', () => {
    try {
      parseMessage({ id: '1', platform: 'myspace' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CareValidationError);
      expect((error as CareValidationError).message).toMatch(/platform/);
      expect((error as CareValidationError).code).toBe('VALIDATION_FAILED');
    }
  });

  it('rejects zone-less ISO strings, which would depend on the host zone', () => {
    expect(() =>
      parseMessage({
        id: '1',
        platform: 'x',
        direction: 'inbound',
        visibility: 'public',
        author: { id: '42', kind: 'customer' },
        text: 'hi',
        createdAt: '2024-03-10T07:00:00',
      }),
    ).toThrow(/createdAt/);
  });
});

describe('parseConversationEvent', () => {
  it('knows every event type', () => {
    expect(CONVERSATION_EVENT_TYPES).toContain('survey-answered');
    expect(CONVERSATION_EVENT_TYPES).toHaveLength(13);
  });

  it('validates survey scores per survey', () => {
    const base = { id: 'e', type: 'survey-answered', at: 1, conversationId: 'c' };
    expect(parseConversationEvent({ ...base, survey: 'nps', score: 0 }).type).toBe('survey-answered');
    expect(() => parseConversationEvent({ ...base, survey: 'csat', score: 0 })).toThrow(/score/);
    expect(() => parseConversationEvent({ ...base, survey: 'nps', score: 11 })).toThrow(/score/);
  });

  it('rejects unknown types', () => {
    expect(() =>
      parseConversationEvent({ id: 'e', type: 'message-liked', at: 1, conversationId: 'c' }),
    ).toThrow(CareValidationError);
  });
});

describe('compareIds', () => {
  it('orders snowflake ids numerically beyond 2^53', () => {
    expect(['1207623566339919873', '999', '1207623566339919872'].sort(compareIds)).toEqual([
      '999',
      '1207623566339919872',
      '1207623566339919873',
    ]);
    expect(['b', '10', 'a', '9'].sort(compareIds)).toEqual(['9', '10', 'a', 'b']);
  });
});

import { describe, expect, it } from 'vitest';
import { message, messageEvent } from '../../../tests/support/messages';
import type { ConversationEvent } from '../events';
import { foldConversation } from '../fold';
import { agentsInvolved } from './agents-involved';
import { customerTurns } from './customer-turns';
import { firstCustomerMessage } from './first-customer-message';
import { firstResponse, firstResponseTime } from './first-response';
import { statusIntervals, timeInStatus } from './status-time';
import { visibilityCounts } from './visibility-counts';

const C = 'x:1';
const bot = { id: 'bot-1', kind: 'bot' as const };
const events: ConversationEvent[] = [
  messageEvent(C, message('1', 'inbound', 1_000)),
  messageEvent(C, message('2', 'inbound', 2_000)),
  messageEvent(C, message('3', 'outbound', 2_500, { author: bot, text: 'Thanks, an agent will reply soon' })),
  messageEvent(C, message('4', 'outbound', 7_000)),
  messageEvent(C, message('5', 'inbound', 8_000, { visibility: 'private' })),
  messageEvent(
    C,
    message('6', 'outbound', 9_000, { visibility: 'private', author: { id: 'agent-2', kind: 'agent' } }),
  ),
  messageEvent(C, message('7', 'inbound', 10_000)),
  { id: 's1', type: 'conversation-status-changed', at: 7_000, conversationId: C, status: 'pending-customer' },
  { id: 's2', type: 'conversation-status-changed', at: 8_000, conversationId: C, status: 'open' },
  { id: 's3', type: 'conversation-status-changed', at: 9_000, conversationId: C, status: 'pending-customer' },
  { id: 'a1', type: 'conversation-assigned', at: 1_500, conversationId: C, agentId: 'agent-3' },
];
const state = foldConversation(events);

describe('derived facts', () => {
  it('finds the first customer message and the first response (bots excluded by default)', () => {
    expect(firstCustomerMessage(state)?.id).toBe('1');
    expect(firstResponse(state)?.id).toBe('4');
    expect(firstResponseTime(state)).toBe(6_000);
    expect(firstResponse(state, { countBotReplies: true })?.id).toBe('3');
  });

  it('splits customer turns and the reply that ended each', () => {
    const turns = customerTurns(state);
    expect(turns.map((t) => [t.messages.map((m) => m.id), t.reply?.id, t.replyMs])).toEqual([
      [['1', '2'], '4', 6_000],
      [['5'], '6', 1_000],
      [['7'], undefined, undefined],
    ]);
  });

  it('counts messages by visibility and direction', () => {
    expect(visibilityCounts(state)).toEqual({ public: 5, private: 2, inbound: 4, outbound: 3 });
  });

  it('lists agents in order of involvement', () => {
    expect(agentsInvolved(state)).toEqual(['agent-3', 'agent-1', 'agent-2']);
  });

  it('measures time in each status and the intervals of pausing statuses', () => {
    const totals = timeInStatus(state, 12_000);
    expect(totals.new).toBe(6_000);
    expect(totals['pending-customer']).toBe(1_000 + 3_000);
    expect(totals.open).toBe(1_000);
    expect(statusIntervals(state, ['pending-customer'], 12_000)).toEqual([
      [7_000, 8_000],
      [9_000, 12_000],
    ]);
    expect(statusIntervals(state, ['pending-customer', 'open'], 12_000)).toEqual([[7_000, 12_000]]);
  });
});

import { createChannelPolicy, decideChannel } from 'socialcare/channel-policy';
import {
  type Conversation,
  foldConversation,
  type Platform,
  parseConversationEvent,
} from 'socialcare/conversation';

interface DemoMessage {
  readonly from: 'customer' | 'agent';
  readonly visibility: 'public' | 'private';
  readonly text: string;
  readonly at: string;
}

function conversation(
  id: string,
  platform: Platform,
  messages: readonly DemoMessage[],
  tags: string[] = [],
): Conversation {
  const events = messages.map((m, index) =>
    parseConversationEvent({
      id: `${id}-e${index}`,
      type: m.from === 'customer' ? 'message-received' : 'message-sent',
      at: m.at,
      conversationId: id,
      message: {
        id: `${id}-m${index}`,
        platform,
        direction: m.from === 'customer' ? 'inbound' : 'outbound',
        visibility: m.visibility,
        author: m.from === 'customer' ? { id: 'u1', kind: 'customer' } : { id: 'a1', kind: 'agent' },
        text: m.text,
        createdAt: m.at,
      },
    }),
  );
  if (tags.length > 0) {
    events.push(
      parseConversationEvent({
        id: `${id}-tags`,
        type: 'conversation-tagged',
        at: messages[0]?.at ?? 0,
        conversationId: id,
        added: tags,
      }),
    );
  }
  return foldConversation(events);
}

/**
 * A few channel decisions with their reasons: the channel-policy section of `npm run demo`.
 */
export function channelPolicyDemo(): string[] {
  const policy = createChannelPolicy();
  const cases: {
    label: string;
    conversation: Conversation;
    at: string;
    sender?: 'human' | 'bot';
    draft?: string;
  }[] = [
    {
      label: 'X post asking if the app is down',
      conversation: conversation('a', 'x', [
        {
          from: 'customer',
          visibility: 'public',
          text: '@AcmeCare is the app down?',
          at: '2026-03-01T10:00:00Z',
        },
      ]),
      at: '2026-03-01T10:05:00Z',
    },
    {
      label: 'X post with a card number',
      conversation: conversation('b', 'x', [
        {
          from: 'customer',
          visibility: 'public',
          text: '@AcmeCare charged twice on 4111 1111 1111 1111',
          at: '2026-03-01T10:00:00Z',
        },
      ]),
      at: '2026-03-01T10:05:00Z',
    },
    {
      label: 'Instagram comment "can I DM you?"',
      conversation: conversation('c', 'instagram', [
        {
          from: 'customer',
          visibility: 'public',
          text: 'can I DM you about my order?',
          at: '2026-03-01T10:00:00Z',
        },
      ]),
      at: '2026-03-01T10:05:00Z',
    },
    {
      label: 'Messenger, 30 h after the customer, human agent',
      conversation: conversation('d', 'facebook', [
        { from: 'customer', visibility: 'private', text: 'any news?', at: '2026-03-01T10:00:00Z' },
      ]),
      at: '2026-03-02T16:00:00Z',
      sender: 'human',
    },
    {
      label: 'Messenger, 30 h after the customer, bot',
      conversation: conversation('e', 'facebook', [
        { from: 'customer', visibility: 'private', text: 'any news?', at: '2026-03-01T10:00:00Z' },
      ]),
      at: '2026-03-02T16:00:00Z',
      sender: 'bot',
    },
    {
      label: 'WhatsApp, 2 days later',
      conversation: conversation('f', 'whatsapp', [
        { from: 'customer', visibility: 'private', text: 'hola?', at: '2026-03-01T10:00:00Z' },
      ]),
      at: '2026-03-03T10:00:00Z',
    },
    {
      label: 'X post tagged identity-verification',
      conversation: conversation(
        'g',
        'x',
        [
          {
            from: 'customer',
            visibility: 'public',
            text: 'someone took over my account',
            at: '2026-03-01T10:00:00Z',
          },
        ],
        ['identity-verification'],
      ),
      at: '2026-03-01T10:05:00Z',
    },
  ];
  const lines: string[] = [];
  for (const item of cases) {
    const decision = decideChannel(item.conversation, policy, {
      at: item.at,
      ...(item.sender ? { sender: item.sender } : {}),
      ...(item.draft ? { draft: item.draft } : {}),
    });
    const target = decision.target
      ? `${decision.target.channel}${decision.target.surface ? `/${decision.target.surface}` : ''}`
      : '-';
    lines.push(`${item.label}: ${decision.action} -> ${target}`);
    for (const reason of decision.reasons) lines.push(`    [${reason.code}] ${reason.message}`);
  }
  return lines;
}

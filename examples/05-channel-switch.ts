/**
 * Channel switching: a customer posts their card number on X. The policy moves the conversation
 * to a DM, flags the public post, writes the hand-off reply with the DM deep link, and emits the
 * `conversation-linked` event that keeps both parts one conversation.
 *
 * Run: npx tsx examples/05-channel-switch.ts
 */
import {
  createChannelPolicy,
  decideChannel,
  detectSensitiveData,
  handoffMessage,
  messagingWindow,
  redact,
} from 'socialcare/channel-policy';
import { applyEvent, foldConversation, parseConversationEvent } from 'socialcare/conversation';
import { createVoice } from 'socialcare/persona';

const text = '@AcmeCare you charged my card 4111 1111 1111 1111 twice!! call me +1 415 555 0132';
const conversation = foldConversation([
  parseConversationEvent({
    id: 'e1',
    type: 'message-received',
    at: '2026-03-01T10:00:00Z',
    conversationId: 'case-42',
    message: {
      id: 'tweet-1',
      platform: 'x',
      direction: 'inbound',
      visibility: 'public',
      author: { id: 'u1', kind: 'customer', handle: 'ana', displayName: 'Ana' },
      text,
      createdAt: '2026-03-01T10:00:00Z',
    },
  }),
]);

// 1. What is sensitive in the public post, and what the agent sees.
const findings = detectSensitiveData(text);
console.log('findings:', findings.map((f) => `${f.kind} (${f.label}, ${f.confidence})`).join(', '));
console.log('redacted:', redact(text, findings));

// 2. The decision, with its reasons.
const policy = createChannelPolicy();
const decision = decideChannel(conversation, policy, { at: '2026-03-01T10:05:00Z' });
console.log(`\ndecision: ${decision.action} -> ${decision.target?.channel}/${decision.target?.surface}`);
for (const reason of decision.reasons) console.log(`  [${reason.code}] ${reason.message}`);
console.log('flagged public messages:', decision.flagged?.map((f) => f.messageId).join(', '));

// 3. The public hand-off reply, signed and within X's limit.
const reply = handoffMessage({
  platform: 'x',
  surface: 'post',
  customer: { name: 'Ana', handle: 'ana' },
  voice: createVoice({ locale: 'en' }),
  agent: { id: 'a1', name: 'Sandra Paredes' },
  link: { recipient: '783214' },
});
console.log(`\nhand-off (${reply.formatted.length}/${reply.formatted.limit}): ${reply.text}`);

// 4. Continuity: the switch becomes a link on the same conversation.
if (decision.event) {
  const linked = applyEvent(conversation, decision.event);
  console.log('\nlinks:', JSON.stringify(linked.links));
}

// 5. Windows: Messenger 24 h, then 7 days for human agents with the HUMAN_AGENT tag.
for (const hours of [23, 24, 167, 168]) {
  const window = messagingWindow('facebook', 'messenger', {
    lastCustomerMessageAt: '2026-03-01T10:00:00Z',
    at: Date.UTC(2026, 2, 1, 10) + hours * 3_600_000,
    sender: 'human',
  });
  console.log(`messenger +${hours}h: open=${window.open} via=${window.via}`);
}

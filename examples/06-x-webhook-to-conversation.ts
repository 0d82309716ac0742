/**
 * An X Account Activity delivery in, conversation events and an SLA status out, and the reply
 * built for the X API (no network): a customer replies to the brand in public; the webhook
 * handler verifies the signature over the raw body, parses the delivery into events, folds them
 * into a conversation and evaluates the first-response SLA 40 minutes later.
 *
 * Run: npx tsx examples/06-x-webhook-to-conversation.ts
 */
import { readFileSync } from 'node:fs';
import { createWebhookHandler } from 'socialcare/adapters';
import { createXAdapter } from 'socialcare/adapters/x';
import { type ConversationEvent, foldConversation } from 'socialcare/conversation';
import { createTeam, formatReply } from 'socialcare/persona';
import { alwaysOpenCalendar, createSlaPolicy, evaluateSla } from 'socialcare/sla';

const fixtures = new URL('../tests/fixtures/platforms/x/', import.meta.url);
const name = 'aaa-tweet-create-reply-to-brand';
const rawBody = readFileSync(new URL(`${name}.raw`, fixtures));
const meta = JSON.parse(readFileSync(new URL(`${name}.meta.json`, fixtures), 'utf8')) as {
  signature: { header: string; value: string };
};

const x = createXAdapter({ consumerSecret: 'fixture-x-consumer-secret-NOT-REAL' });
const received: ConversationEvent[] = [];
const handler = createWebhookHandler({ adapters: [x], onEvents: (events) => void received.push(...events) });

// 1. The CRC check X sends when the webhook is registered.
const crc = await handler(
  new Request('https://care.example/webhooks/x?crc_token=9b4507b3-9040-4669-9ca3-6b94edb50553'),
);
console.log(`CRC answer: ${crc.status} ${await crc.text()}`);

// 2. The delivery, exactly as X posts it (raw bytes + signature header).
const delivery = () =>
  new Request('https://care.example/webhooks/x', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [meta.signature.header]: meta.signature.value },
    body: rawBody,
  });
console.log(
  `delivery: ${(await handler(delivery())).status}; retried delivery: ${(await handler(delivery())).status} (deduplicated)`,
);

// 3. A forged delivery (the same JSON re-serialised) is refused.
const forged = JSON.stringify(JSON.parse(rawBody.toString('utf8')));
const refused = await handler(
  new Request('https://care.example/webhooks/x', {
    method: 'POST',
    headers: { [meta.signature.header]: meta.signature.value },
    body: forged,
  }),
);
console.log(`re-serialised body: ${refused.status}`);

for (const event of received) {
  if (event.type !== 'message-received') continue;
  const { message } = event;
  console.log(
    `${event.type} ${event.conversationId}: @${message.author.handle}: "${message.text}" (in reply to ${message.inReplyTo})`,
  );
}

// 4. Fold into a conversation and evaluate a 1-hour first-response SLA 40 minutes later.
const conversation = foldConversation(received);
const policy = createSlaPolicy({
  calendar: alwaysOpenCalendar,
  targets: { firstResponse: '1h' },
  warning: { share: 0.5 },
});
const first = received[0];
if (first === undefined) throw new Error('no event parsed');
const evaluation = evaluateSla(conversation, policy, { at: first.at + 40 * 60_000 });
const clock = evaluation.metrics.firstResponse[0];
console.log(
  `SLA first response: ${clock?.status}, ${Math.round((clock?.remainingMs ?? 0) / 60_000)} min left`,
);

// 5. The answer, formatted for an X post and built for POST /2/tweets.
const team = createTeam([{ id: 'a1', name: 'Sandra Paredes' }]);
const reply = formatReply({
  text: 'Thanks for the test! Everything looks fine on our side.',
  agent: 'a1',
  team,
  platform: 'x',
  surface: 'post',
  customer: { handle: first.type === 'message-received' ? (first.message.author.handle ?? '') : '' },
  signature: 'always',
});
const request = x.buildReply({
  type: 'reply',
  inReplyTo: first.type === 'message-received' ? first.message.id : '',
  text: reply.parts[0] ?? '',
});
console.log(`${request.method} ${request.url} ${request.body}`);

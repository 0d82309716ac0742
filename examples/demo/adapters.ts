import { readFileSync } from 'node:fs';
import { createWebhookHandler } from 'socialcare/adapters';
import { createFacebookAdapter } from 'socialcare/adapters/facebook';
import { createInstagramAdapter } from 'socialcare/adapters/instagram';
import { createWhatsAppAdapter } from 'socialcare/adapters/whatsapp';
import { createXAdapter } from 'socialcare/adapters/x';
import type { ConversationEvent } from 'socialcare/conversation';

const FIXTURES = new URL('../../tests/fixtures/platforms/', import.meta.url);
const REPLAYED = [
  'x/aaa-tweet-create-reply-to-brand',
  'x/aaa-direct-message-echo-own',
  'messenger/batched-two-entries',
  'facebook-page/feed-comment-edited',
  'instagram/messaging-story-mention',
  'whatsapp/messages-text-cjk-emoji',
  'whatsapp/statuses-failed-131047-outside-window',
  'x/aaa-tweet-create-reply-to-brand',
] as const;

function describe(event: ConversationEvent): string {
  switch (event.type) {
    case 'message-received':
    case 'message-sent': {
      const text = event.message.text.replaceAll('\n', ' ');
      const attached = event.message.attachments.map((attachment) => ` [${attachment.kind}]`).join('');
      return `${event.message.direction} ${event.message.visibility}: "${text.length > 48 ? `${text.slice(0, 47)}…` : text}"${attached}`;
    }
    case 'message-failed':
      return `message ${event.messageId.slice(0, 18)}… failed, code ${event.code}`;
    case 'message-edited':
      return `edited ${event.messageId}: "${event.text}"`;
    default:
      return event.type;
  }
}

/**
 * Replays recorded X, Messenger, Page, Instagram and WhatsApp deliveries (raw bytes and signatures)
 * through one webhook handler: the lines `npm run demo` prints for socialcare/adapters. The last
 * delivery is a retry: it is answered 200 and deduplicated.
 */
export async function adaptersDemo(): Promise<string[]> {
  const events: ConversationEvent[][] = [];
  const handler = createWebhookHandler({
    adapters: [
      createXAdapter({ consumerSecret: 'fixture-x-consumer-secret-NOT-REAL' }),
      createFacebookAdapter({ appSecret: 'fixture-meta-app-secret-NOT-REAL' }),
      createInstagramAdapter({ appSecret: 'fixture-meta-app-secret-NOT-REAL' }),
      createWhatsAppAdapter({ appSecret: 'fixture-meta-app-secret-NOT-REAL' }),
    ],
    onEvents: (batch) => void events.push([...batch]),
  });
  const lines = ['delivery                                        status  events'];
  for (const id of REPLAYED) {
    const meta = JSON.parse(readFileSync(new URL(`${id}.meta.json`, FIXTURES), 'utf8')) as {
      signature: { header: string; value: string };
    };
    const before = events.length;
    const response = await handler(
      new Request('https://care.example/webhooks', {
        method: 'POST',
        headers: { [meta.signature.header]: meta.signature.value },
        body: readFileSync(new URL(`${id}.raw`, FIXTURES)),
      }),
    );
    const batch = events.length > before ? (events.at(-1) ?? []) : [];
    const described =
      batch.length === 0
        ? ['(duplicate, skipped)']
        : batch.map((event) => `${event.conversationId} ${describe(event)}`);
    described.forEach((text, index) => {
      lines.push(
        `${index === 0 ? id.padEnd(48) + String(response.status).padEnd(8) : ' '.repeat(56)}${text}`,
      );
    });
  }
  return lines;
}

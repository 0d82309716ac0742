/**
 * Writing your own adapter: an inbound-email webhook (a provider POSTs each email as JSON, signed
 * with `x-email-signature: sha256=<hex HMAC>`) implemented against the v1 adapter spec with the
 * building blocks of `socialcare/adapters`, then served by the same webhook handler as the
 * platform adapters. (Run `adapterContract` from `socialcare/testing` in your tests to check it.)
 *
 * Run: npx tsx examples/07-custom-adapter.ts
 */

import { PayloadError, SignatureVerificationError } from 'socialcare';
import {
  type Adapter,
  bytesToHex,
  capabilitiesOf,
  createHmacKey,
  createWebhookHandler,
  fitText,
  type OutboundMessage,
  type OutboundRequest,
  type ParseResult,
  parseJsonBody,
  readHexSignature,
  readRawBody,
  type Verification,
} from 'socialcare/adapters';
import type { ConversationEvent } from 'socialcare/conversation';

const HEADER = 'x-email-signature';

function createInboundEmailAdapter(settings: { secret: string; mailbox: string }): Adapter {
  const key = createHmacKey(settings.secret);
  return {
    specificationVersion: 'v1',
    platform: 'email',
    capabilities: capabilitiesOf('email'),
    async verify(request: Request): Promise<Verification> {
      const signature = readHexSignature(request.headers.get(HEADER), HEADER); // throws when missing or malformed
      const body = await readRawBody(request); // shared with parse()
      if (!(await key.verify(signature, body)))
        throw new SignatureVerificationError('Bad email webhook signature.');
      return { kind: 'delivery', body };
    },
    async parse(request: Request): Promise<ParseResult> {
      const payload = parseJsonBody(await readRawBody(request), 'inbound email') as Record<string, unknown>;
      if (
        typeof payload.messageId !== 'string' ||
        typeof payload.from !== 'string' ||
        typeof payload.date !== 'string'
      ) {
        throw new PayloadError('An inbound email needs messageId, from and date.');
      }
      const thread = typeof payload.inReplyTo === 'string' ? payload.inReplyTo : payload.messageId;
      const createdAt = Date.parse(payload.date);
      const event: ConversationEvent = {
        id: `email:message:${payload.messageId}`, // deterministic: retries are deduplicated
        type: 'message-received',
        at: createdAt,
        conversationId: `email:dm:${thread}`,
        message: {
          id: payload.messageId,
          platform: 'email',
          direction: 'inbound',
          visibility: 'private',
          author: { id: payload.from, kind: 'customer' },
          text: typeof payload.text === 'string' ? payload.text : '',
          createdAt,
          accountId: settings.mailbox,
          threadId: thread,
          mentions: [],
          attachments: [],
          raw: payload,
        },
        raw: payload,
      };
      return { events: [event], ignored: [], warnings: [] };
    },
    buildReply(outbound: OutboundMessage): OutboundRequest {
      if (outbound.type !== 'message') throw new PayloadError('Email answers are messages.');
      const fitted = fitText('email', 'email', outbound.text);
      return {
        url: 'https://mail-provider.example/v1/send',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          from: settings.mailbox,
          to: outbound.recipientId,
          inReplyTo: outbound.inReplyTo,
          text: fitted.text,
        }),
        surface: 'email',
        warnings: fitted.warnings,
      };
    },
    matches: (request) => request.headers.has(HEADER),
  };
}

const secret = 'email-webhook-secret';
const adapter = createInboundEmailAdapter({ secret, mailbox: 'care@acme.example' });
const handler = createWebhookHandler({
  adapters: [adapter],
  onEvents: (events) => {
    for (const event of events) {
      if (event.type === 'message-received')
        console.log(`${event.conversationId}: ${event.message.author.id} wrote "${event.message.text}"`);
    }
  },
});

const body = JSON.stringify({
  messageId: '<a1b2@mail.example>',
  from: 'ana@example.com',
  date: '2026-03-02T09:15:00Z',
  text: 'Hello, my parcel #4411 has not arrived.',
});
const signature = `sha256=${bytesToHex(await createHmacKey(secret).sign(new TextEncoder().encode(body)))}`;
const signed = await handler(
  new Request('https://care.example/webhooks/email', {
    method: 'POST',
    headers: { [HEADER]: signature },
    body,
  }),
);
const unsigned = await handler(
  new Request('https://care.example/webhooks/email', {
    method: 'POST',
    headers: { [HEADER]: 'sha256=00' },
    body,
  }),
);
console.log(`signed delivery: ${signed.status}; malformed signature: ${unsigned.status}`);
const reply = adapter.buildReply({
  type: 'message',
  recipientId: 'ana@example.com',
  inReplyTo: '<a1b2@mail.example>',
  text: 'Sorry Ana, we are on it.',
});
console.log(`${reply.method} ${reply.url} ${reply.body}`);

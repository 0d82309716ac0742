/**
 * The webhook handler behind Node's own `http` server: the request body is collected as raw bytes
 * (never through a JSON body parser, which would lose the exact bytes the signature covers),
 * handed over as a web `Request`, and the `Response` written back. The example starts a server on
 * a free port, sends it a signed WhatsApp delivery and the Meta handshake, and stops.
 *
 * Run: npx tsx examples/08-node-http-webhook.ts
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebhookHandler } from 'socialcare/adapters';
import { createWhatsAppAdapter } from 'socialcare/adapters/whatsapp';

const handler = createWebhookHandler({
  adapters: [
    createWhatsAppAdapter({
      appSecret: 'fixture-meta-app-secret-NOT-REAL',
      verifyToken: 'fixture-verify-token',
      phoneNumberId: '1122334455667',
    }),
  ],
  onEvents: async (events) => {
    for (const event of events) console.log(`  event ${event.type} ${event.id}`);
  },
});

/** Node `IncomingMessage` -> web `Request`, keeping the raw body bytes. */
async function toRequest(incoming: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  const method = incoming.method ?? 'GET';
  const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`);
  return new Request(url, {
    method,
    headers,
    ...(method === 'GET' || method === 'HEAD' ? {} : { body: Buffer.concat(chunks) }),
  });
}

async function writeResponse(response: Response, outgoing: ServerResponse): Promise<void> {
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

const server = createServer((incoming, outgoing) => {
  toRequest(incoming)
    .then((request) => handler(request))
    .then((response) => writeResponse(response, outgoing))
    .catch(() => {
      outgoing.writeHead(500).end();
    });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/whatsapp`;

const handshake = await fetch(
  `${base}?hub.mode=subscribe&hub.verify_token=fixture-verify-token&hub.challenge=1158201444`,
);
console.log(`GET handshake -> ${handshake.status} ${await handshake.text()}`);

const fixtures = new URL('../tests/fixtures/platforms/whatsapp/', import.meta.url);
for (const name of ['messages-text-cjk-emoji', 'statuses-failed-131047-outside-window']) {
  const meta = JSON.parse(readFileSync(new URL(`${name}.meta.json`, fixtures), 'utf8')) as {
    signature: { value: string };
  };
  console.log(`POST ${name}`);
  const response = await fetch(base, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': meta.signature.value },
    body: readFileSync(new URL(`${name}.raw`, fixtures)),
  });
  console.log(`  -> ${response.status}`);
}
const forged = await fetch(base, {
  method: 'POST',
  headers: { 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` },
  body: '{}',
});
console.log(`POST forged -> ${forged.status}`);
server.close();

/**
 * The webhook handler in a Hono app: Hono hands over the web `Request` untouched (`c.req.raw`),
 * so signatures are checked over the exact bytes the platform sent. The same app runs on Node
 * (`@hono/node-server`), Bun, Deno and Cloudflare Workers; here it is exercised with `app.request`.
 *
 * Run: npx tsx examples/09-hono-webhook.ts
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { createWebhookHandler } from 'socialcare/adapters';
import { createFacebookAdapter } from 'socialcare/adapters/facebook';
import { createInstagramAdapter } from 'socialcare/adapters/instagram';
import { createXAdapter } from 'socialcare/adapters/x';

const handler = createWebhookHandler({
  adapters: {
    x: createXAdapter({ consumerSecret: 'fixture-x-consumer-secret-NOT-REAL' }),
    facebook: createFacebookAdapter({
      appSecret: 'fixture-meta-app-secret-NOT-REAL',
      verifyToken: 'fixture-verify-token',
    }),
    instagram: createInstagramAdapter({
      appSecret: 'fixture-meta-app-secret-NOT-REAL',
      verifyToken: 'fixture-verify-token',
    }),
  },
  onEvents: (events) => {
    for (const event of events) console.log(`  ${event.type} ${event.conversationId}`);
  },
});

const app = new Hono();
// One route per platform: the last path segment picks the adapter.
app.all('/webhooks/:platform', (c) => handler(c.req.raw));

const fixtures = new URL('../tests/fixtures/platforms/', import.meta.url);
for (const [platform, id] of [
  ['facebook', 'messenger/message-reply-to-emoji'],
  ['instagram', 'instagram/comments'],
  ['x', 'x/xaa-post-reply-create'],
] as const) {
  const meta = JSON.parse(readFileSync(new URL(`${id}.meta.json`, fixtures), 'utf8')) as {
    signature: { header: string; value: string };
  };
  const response = await app.request(`/webhooks/${platform}`, {
    method: 'POST',
    headers: { [meta.signature.header]: meta.signature.value },
    body: readFileSync(new URL(`${id}.raw`, fixtures)),
  });
  console.log(`POST /webhooks/${platform} (${id}) -> ${response.status}`);
}
const crc = await app.request('/webhooks/x?crc_token=abc');
console.log(`GET /webhooks/x?crc_token=abc -> ${crc.status} ${await crc.text()}`);

import {
  type Adapter,
  createMemoryDedupeStore,
  createWebhookHandler,
  type DedupeStore,
} from 'socialcare/adapters';
import type { ConversationEvent } from 'socialcare/conversation';
import { MockAdapter } from 'socialcare/testing';
import { describe, expect, it } from 'vitest';
import { SECRETS, setups } from './adapter-setups';
import { loadFixtures, readFixtureJson } from './platform-fixtures';

const x = loadFixtures('x');
const whatsapp = loadFixtures('whatsapp');
const messenger = loadFixtures('messenger');
const instagram = loadFixtures('instagram');
const mastodon = loadFixtures('mastodon');

function find(list: ReturnType<typeof loadFixtures>, name: string) {
  const fixture = list.find((item) => item.name === name);
  if (fixture === undefined) throw new Error(`no fixture ${name}`);
  return fixture;
}

function post(
  fixture: ReturnType<typeof loadFixtures>[number],
  url = 'https://example.test/webhooks',
): Request {
  return new Request(url, {
    method: 'POST',
    headers: { ...fixture.headers },
    body: fixture.body as BodyInit,
  });
}

function allAdapters() {
  return [setups.x(), setups.facebook(), setups.instagram(), setups.whatsapp(), setups.mastodon()];
}

describe('createWebhookHandler', () => {
  it('routes each platform to its adapter and hands over its events', async () => {
    const received: ConversationEvent[][] = [];
    const handler = createWebhookHandler({
      adapters: allAdapters(),
      onEvents: (events) => void received.push([...events]),
    });
    const cases = [
      [find(x, 'aaa-tweet-create-reply-to-brand'), 'x'],
      [find(whatsapp, 'messages-text-cjk-emoji'), 'whatsapp'],
      [find(messenger, 'message-reply-to-emoji'), 'facebook'],
      [find(instagram, 'messaging-text'), 'instagram'],
      [find(mastodon, 'webhook-status-created-direct-reply'), 'mastodon'],
    ] as const;
    for (const [fixture, platform] of cases) {
      const response = await handler(post(fixture));
      expect(response.status, fixture.name).toBe(200);
      const last = received.at(-1);
      expect(last?.[0]?.type).toBe('message-received');
      if (last?.[0]?.type === 'message-received') expect(last[0].message.platform).toBe(platform);
    }
    expect(received).toHaveLength(5);
  });

  it('answers the X CRC and the Meta handshake, and refuses a wrong verify token', async () => {
    const handler = createWebhookHandler({ adapters: allAdapters(), onEvents: () => undefined });
    const crc = readFixtureJson('x/crc-challenge') as {
      request: { query: { crc_token: string } };
      expected_response: { body: unknown };
    };
    const crcResponse = await handler(
      new Request(`https://example.test/webhooks?crc_token=${crc.request.query.crc_token}`),
    );
    expect(crcResponse.status).toBe(200);
    expect(await crcResponse.json()).toEqual(crc.expected_response.body);
    const meta = await handler(
      new Request(
        `https://example.test/webhooks?hub.mode=subscribe&hub.verify_token=${SECRETS.verifyToken}&hub.challenge=777`,
      ),
    );
    expect(meta.status).toBe(200);
    expect(await meta.text()).toBe('777');
    const wrong = await handler(
      new Request('https://example.test/webhooks?hub.mode=subscribe&hub.verify_token=no&hub.challenge=777'),
    );
    expect(wrong.status).toBeGreaterThanOrEqual(400);
    const single = createWebhookHandler({ adapters: [setups.whatsapp()], onEvents: () => undefined });
    const refused = await single(
      new Request('https://example.test/webhooks?hub.mode=subscribe&hub.verify_token=no&hub.challenge=777'),
    );
    expect(refused.status).toBe(403);
  });

  it('refuses bad signatures with 401 and never calls onEvents', async () => {
    let calls = 0;
    const handler = createWebhookHandler({ adapters: [setups.whatsapp()], onEvents: () => void calls++ });
    const fixture = find(whatsapp, 'messages-text');
    const tampered = new Uint8Array(fixture.body as Uint8Array);
    tampered[40] = (tampered[40] as number) ^ 1;
    const response = await handler(
      new Request('https://example.test/', {
        method: 'POST',
        headers: { ...fixture.headers },
        body: tampered,
      }),
    );
    expect(response.status).toBe(401);
    const unsigned = await handler(
      new Request('https://example.test/', { method: 'POST', body: fixture.body as BodyInit }),
    );
    expect(unsigned.status).toBe(401);
    expect(calls).toBe(0);
  });

  it('answers 413 above maxBodyBytes (declared or streamed)', async () => {
    const handler = createWebhookHandler({
      adapters: [setups.x()],
      onEvents: () => undefined,
      maxBodyBytes: 100,
    });
    const fixture = find(x, 'aaa-tweet-create-reply-to-brand');
    expect((await handler(post(fixture))).status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 10; index++) controller.enqueue(new Uint8Array(50));
        controller.close();
      },
    });
    const streamed = new Request('https://example.test/', {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await handler(streamed)).status).toBe(413);
  });

  it('answers 500 when onEvents fails, then accepts the retry exactly once', async () => {
    const handled: string[] = [];
    let fail = true;
    const handler = createWebhookHandler({
      adapters: [setups.facebook()],
      onEvents: (events) => {
        if (fail) throw new Error('database down');
        handled.push(...events.map((event) => event.id));
      },
    });
    const fixture = find(messenger, 'batched-two-entries');
    expect((await handler(post(fixture))).status).toBe(500);
    fail = false;
    expect((await handler(post(fixture))).status).toBe(200);
    expect((await handler(post(fixture))).status).toBe(200);
    expect(handled).toEqual([
      'facebook:message:mid.1486464322190:cb04e5a654',
      'facebook:message:mid.1486464322190:cb04e5a656',
    ]);
  });

  it('answers 503 when onEvents is slower than timeoutMs, and the retry is processed', async () => {
    let slow = true;
    let done = 0;
    const handler = createWebhookHandler({
      adapters: [setups.x()],
      timeoutMs: 20,
      onEvents: async () => {
        if (slow) await new Promise((resolve) => setTimeout(resolve, 200));
        done++;
      },
    });
    const fixture = find(x, 'aaa-direct-message-events-text');
    expect((await handler(post(fixture))).status).toBe(503);
    slow = false;
    expect((await handler(post(fixture))).status).toBe(200);
    expect(done).toBeGreaterThanOrEqual(1);
  });

  it('uses a pluggable (async) dedupe store and dedupes within a batch', async () => {
    const seen = new Set<string>();
    const store: DedupeStore = {
      has: async (id) => seen.has(id),
      add: async (id) => void seen.add(id),
    };
    const batches: number[] = [];
    const handler = createWebhookHandler({
      adapters: [setups.whatsapp()],
      dedupe: store,
      onEvents: (events) => void batches.push(events.length),
    });
    const fixture = find(whatsapp, 'statuses-failed-131047-outside-window');
    await handler(post(fixture));
    await handler(post(fixture));
    expect(batches).toEqual([1]);
    expect([...seen]).toEqual([
      'whatsapp:status:wamid.HBgMOTcyOTg3NjU0MzIxFQIAERgSQjY1RjQ0RDE3NTk5QjQ5QkQ3AA==:failed',
    ]);
    const mock = new MockAdapter();
    const twice = createWebhookHandler({
      adapters: [mock],
      onEvents: (events) => void batches.push(events.length),
    });
    await twice(
      await mock.createRequest([
        { id: 'a', from: 'ana', text: 'hi', at: 1 },
        { id: 'a', from: 'ana', text: 'hi', at: 1 },
      ]),
    );
    expect(batches.at(-1)).toBe(1);
  });

  it('reports ignored items through the emitter and onIgnored, and survives throwing listeners', async () => {
    const ignored: string[] = [];
    const handler = createWebhookHandler({
      adapters: [setups.x()],
      onEvents: () => undefined,
      onIgnored: (items) => ignored.push(...items.map((item) => item.kind)),
    });
    const emitted: string[] = [];
    handler.events.on('delivery-ignored', (delivery) =>
      emitted.push(...delivery.ignored.map((item) => item.reason)),
    );
    handler.events.on('delivery-received', () => {
      throw new Error('listener bug');
    });
    const response = await handler(post(find(x, 'aaa-direct-message-indicate-typing')));
    expect(response.status).toBe(200);
    expect(ignored).toEqual(['x:direct-message-indicate-typing']);
    expect(emitted[0]).toMatch(/typing/);
  });

  it('routes by path segment when adapters is a record, and 404s unknown requests', async () => {
    const handler = createWebhookHandler({
      adapters: { whatsapp: setups.whatsapp(), x: setups.x() },
      onEvents: () => undefined,
    });
    const fixture = find(whatsapp, 'statuses-read');
    expect((await handler(post(fixture, 'https://example.test/hooks/whatsapp'))).status).toBe(200);
    const unknown = await handler(
      new Request('https://example.test/hooks/other', { method: 'POST', body: '{}' }),
    );
    expect(unknown.status).toBe(404);
  });

  it('answers 400 for a signed body that is not the platform JSON', async () => {
    const mock = new MockAdapter();
    const handler = createWebhookHandler({ adapters: [mock], onEvents: () => undefined });
    const body = '{"not":"mock"}';
    const response = await handler(
      new Request('https://example.test/', { method: 'POST', headers: await mock.sign(body), body }),
    );
    expect(response.status).toBe(400);
  });

  it('hands every delivery over with dedupe: false', async () => {
    const batches: number[] = [];
    const handler = createWebhookHandler({
      adapters: [setups.whatsapp()],
      dedupe: false,
      onEvents: (events) => void batches.push(events.length),
    });
    const fixture = find(whatsapp, 'statuses-read');
    await handler(post(fixture));
    await handler(post(fixture));
    expect(batches).toEqual([1, 1]);
  });

  it('hands onEvents an unread request, and third-party adapters a body they can read themselves', async () => {
    const fixture = find(whatsapp, 'messages-text');
    const bodies: string[] = [];
    const ours = createWebhookHandler({
      adapters: [setups.whatsapp()],
      onEvents: async (_events, delivery) => {
        bodies.push(await delivery.request.text());
      },
    });
    expect((await ours(post(fixture))).status).toBe(200);
    // A hand-written adapter reading the body with request.text() (not through readRawBody).
    const read: string[] = [];
    const textReader: Adapter = {
      ...setups.whatsapp(),
      async verify(request) {
        const text = await request.text();
        read.push(text);
        return { kind: 'delivery', body: new TextEncoder().encode(text) };
      },
      parse: async () => ({ events: [], ignored: [], warnings: [] }),
    };
    const theirs = createWebhookHandler({ adapters: [textReader], onEvents: () => undefined });
    expect((await theirs(post(fixture))).status).toBe(200);
    const raw = new TextDecoder().decode(fixture.body as Uint8Array);
    expect(bodies).toEqual([raw]);
    expect(read).toEqual([raw]);
  });

  it('keeps the in-memory store bounded (LRU)', () => {
    const store = createMemoryDedupeStore({ maxEntries: 2 });
    store.add('a');
    store.add('b');
    expect(store.has('a')).toBe(true);
    store.add('c');
    expect(store.has('b')).toBe(false);
    expect(store.has('a')).toBe(true);
    expect(store.size).toBe(2);
  });
});

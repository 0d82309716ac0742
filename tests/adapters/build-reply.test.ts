import { AuthenticationError, CareValidationError, PlatformRequestError, RateLimitError } from 'socialcare';
import { createBlueskyAdapter } from 'socialcare/adapters/bluesky';
import { createFacebookAdapter } from 'socialcare/adapters/facebook';
import { createMastodonAdapter } from 'socialcare/adapters/mastodon';
import { createWhatsAppAdapter } from 'socialcare/adapters/whatsapp';
import { createXAdapter } from 'socialcare/adapters/x';
import { describe, expect, it } from 'vitest';
import { setups } from './adapter-setups';

const json = (body: string): Record<string, unknown> => JSON.parse(body) as Record<string, unknown>;

describe('buildReply', () => {
  it('X: v2 post reply with reply.in_reply_to_tweet_id, DMs through the v2 DM endpoints', () => {
    const x = setups.x();
    const reply = x.buildReply({ type: 'reply', inReplyTo: '1207623566339919872', text: 'On it! ^AB' });
    expect(reply.url).toBe('https://api.x.com/2/tweets');
    expect(reply.method).toBe('POST');
    expect(reply.headers.authorization).toBe('Bearer test-token');
    expect(json(reply.body)).toEqual({
      text: 'On it! ^AB',
      reply: { in_reply_to_tweet_id: '1207623566339919872' },
    });
    expect(reply.body).toContain('"1207623566339919872"');
    const dm = x.buildReply({ type: 'message', recipientId: '1205290247124217856', text: 'Hi' });
    expect(dm.url).toBe('https://api.x.com/2/dm_conversations/with/1205290247124217856/messages');
    const threaded = x.buildReply({
      type: 'message',
      recipientId: '1',
      threadId: '2975699229-1205290247124217856',
      text: 'Hi',
    });
    expect(threaded.url).toBe('https://api.x.com/2/dm_conversations/2975699229-1205290247124217856/messages');
    expect(() => x.buildReply({ type: 'reply', inReplyTo: '1.2076235663399199e+18', text: 'x' })).toThrow(
      CareValidationError,
    );
    expect(() => x.buildReply({ type: 'private-reply', commentId: '1', text: 'x' })).toThrow(
      /no private replies/,
    );
  });

  it('X: weighted length (emoji 2, URL 23) and truncation with a warning', () => {
    const x = setups.x();
    expect(() => x.buildReply({ type: 'reply', inReplyTo: '1', text: '😀'.repeat(141) })).toThrow(
      /too long: 282 weighted/,
    );
    const truncating = createXAdapter({ consumerSecret: 's', overflow: 'truncate' });
    const built = truncating.buildReply({ type: 'reply', inReplyTo: '1', text: '😀'.repeat(200) });
    expect(json(built.body).text).toBe(`${'😀'.repeat(139)}…`);
    expect(built.warnings[0]).toMatch(/truncated/);
  });

  it('Facebook: Messenger RESPONSE, HUMAN_AGENT tag, comment reply and private reply', () => {
    const facebook = createFacebookAdapter({
      appSecret: 's',
      pageId: '1895382890692545',
      accessToken: 'page-token',
    });
    const message = facebook.buildReply({ type: 'message', recipientId: '1412611362105802', text: 'Hello' });
    expect(message.url).toBe('https://graph.facebook.com/v23.0/1895382890692545/messages');
    expect(json(message.body)).toEqual({
      recipient: { id: '1412611362105802' },
      messaging_type: 'RESPONSE',
      message: { text: 'Hello' },
    });
    const tagged = facebook.buildReply({
      type: 'message',
      recipientId: '1412611362105802',
      text: 'Update',
      humanAgent: true,
    });
    expect(json(tagged.body)).toMatchObject({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
    const comment = facebook.buildReply({
      type: 'reply',
      inReplyTo: '139560936744456_139620233405726',
      text: 'Sorry!',
    });
    expect(comment.url).toBe('https://graph.facebook.com/v23.0/139560936744456_139620233405726/comments');
    expect(json(comment.body)).toEqual({ message: 'Sorry!' });
    const privateReply = facebook.buildReply({
      type: 'private-reply',
      commentId: '139560936744456_139620233405726',
      text: 'DM',
    });
    expect(json(privateReply.body).recipient).toEqual({ comment_id: '139560936744456_139620233405726' });
    expect(() => facebook.buildReply({ type: 'message', recipientId: '1', text: 'a'.repeat(2001) })).toThrow(
      /2000/,
    );
  });

  it('Instagram: DM, comment replies (/replies) and private replies', () => {
    const instagram = setups.instagram();
    expect(instagram.buildReply({ type: 'reply', inReplyTo: '17919697626119712', text: 'Hi' }).url).toBe(
      'https://graph.facebook.com/v23.0/17919697626119712/replies',
    );
    const dm = instagram.buildReply({ type: 'message', recipientId: '6897123456789012', text: 'Hi' });
    expect(dm.url).toBe('https://graph.facebook.com/v23.0/17841405309211844/messages');
    const privateReply = instagram.buildReply({
      type: 'private-reply',
      commentId: '17919697626119712',
      text: 'Hi',
    });
    expect(json(privateReply.body).recipient).toEqual({ comment_id: '17919697626119712' });
    expect(() => instagram.buildReply({ type: 'message', recipientId: '1', text: 'é'.repeat(501) })).toThrow(
      /bytes/,
    );
  });

  it('WhatsApp: Cloud API text message quoting context.message_id', () => {
    const whatsapp = setups.whatsapp();
    const built = whatsapp.buildReply({
      type: 'message',
      recipientId: '+972 98-765-4321',
      inReplyTo: 'wamid.HBgMOTcyOTg3NjU0MzIxFQIAEhggQTNCRjRGQjA5RTk4QjYyMTVFQTg0NTAwQzQ1OUEyNzgA',
      text: 'Your parcel is on its way',
    });
    expect(built.url).toBe('https://graph.facebook.com/v23.0/1122334455667/messages');
    expect(json(built.body)).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '972987654321',
      type: 'text',
      text: { preview_url: false, body: 'Your parcel is on its way' },
      context: {
        message_id: 'wamid.HBgMOTcyOTg3NjU0MzIxFQIAEhggQTNCRjRGQjA5RTk4QjYyMTVFQTg0NTAwQzQ1OUEyNzgA',
      },
    });
    expect(() => whatsapp.buildReply({ type: 'reply', inReplyTo: 'wamid.x', text: 'x' })).toThrow(
      /only has private messages/,
    );
    expect(() =>
      createWhatsAppAdapter({ appSecret: 's' }).buildReply({
        type: 'message',
        recipientId: '972987654321',
        text: 'x',
      }),
    ).toThrow(/phoneNumberId/);
  });

  it('Bluesky: post record with reply refs and facets in UTF-8 byte offsets', () => {
    const bluesky = createBlueskyAdapter({
      did: 'did:plc:brandbrandbrandbrand0001',
      unsigned: true,
      now: () => 0,
    });
    const parent = {
      uri: 'at://did:plc:4hqjfn7m6n5hno3doamuhgef/app.bsky.feed.post/3lbkxmbtbm22c',
      cid: 'bafyreihm',
    };
    const root = {
      uri: 'at://did:plc:brandbrandbrandbrand0001/app.bsky.feed.post/3lbkx7abcd22a',
      cid: 'bafyreig2',
    };
    const text = '¡Hola @maria.example.com! 🌻 Refund: https://acme.example/refunds/4411.';
    const built = bluesky.buildReply({
      type: 'reply',
      inReplyTo: parent.uri,
      replyRefs: { root, parent },
      mentions: { 'maria.example.com': 'did:plc:4hqjfn7m6n5hno3doamuhgef' },
      text,
    });
    expect(built.url).toBe('https://bsky.social/xrpc/com.atproto.repo.createRecord');
    const body = json(built.body) as {
      repo: string;
      record: {
        reply: unknown;
        createdAt: string;
        facets: { index: { byteStart: number; byteEnd: number }; features: unknown[] }[];
      };
    };
    expect(body.repo).toBe('did:plc:brandbrandbrandbrand0001');
    expect(body.record.reply).toEqual({ root, parent });
    expect(body.record.createdAt).toBe('1970-01-01T00:00:00.000Z');
    const bytes = new TextEncoder().encode(text);
    const slices = body.record.facets.map((facet) =>
      new TextDecoder().decode(bytes.slice(facet.index.byteStart, facet.index.byteEnd)),
    );
    expect(slices).toEqual(['@maria.example.com', 'https://acme.example/refunds/4411']);
    expect(body.record.facets[0]?.index.byteStart).toBe(7);
    expect(() => bluesky.buildReply({ type: 'reply', inReplyTo: parent.uri, text: 'x' })).toThrow(
      /replyRefs/,
    );
  });

  it('Mastodon: in_reply_to_id, direct messages mention the customer, per-instance limit', () => {
    const mastodon = createMastodonAdapter({ instanceUrl: 'https://mastodon.example/', maxCharacters: 1000 });
    const reply = mastodon.buildReply({ type: 'reply', inReplyTo: '113980000000000042', text: 'Danke!' });
    expect(reply.url).toBe('https://mastodon.example/api/v1/statuses');
    expect(json(reply.body)).toEqual({
      status: 'Danke!',
      in_reply_to_id: '113980000000000042',
      visibility: 'public',
    });
    const direct = mastodon.buildReply({
      type: 'message',
      recipientId: '@kunde@social.example',
      text: 'Wir prüfen das.',
    });
    expect(json(direct.body)).toEqual({
      status: '@kunde@social.example Wir prüfen das.',
      visibility: 'direct',
    });
    expect(() => mastodon.buildReply({ type: 'reply', inReplyTo: '1', text: 'a'.repeat(900) })).not.toThrow();
    expect(() =>
      setups.mastodon().buildReply({ type: 'reply', inReplyTo: '1', text: 'a'.repeat(900) }),
    ).toThrow(/500/);
  });
});

describe('send', () => {
  const respond =
    (status: number, body = '', headers: Record<string, string> = {}) =>
    async (): Promise<Response> =>
      new Response(body, { status, headers });

  it('returns the created message id', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const x = createXAdapter({
      consumerSecret: 's',
      fetch: async (url, init) => {
        calls.push({ url, init });
        return new Response(JSON.stringify({ data: { id: '1800000000000000001', text: 'hi' } }), {
          status: 201,
        });
      },
    });
    const sent = await x.send?.({ type: 'reply', inReplyTo: '1207623566339919872', text: 'hi' });
    expect(sent?.messageId).toBe('1800000000000000001');
    expect(calls[0]?.url).toBe('https://api.x.com/2/tweets');
    expect(calls[0]?.init.method).toBe('POST');
  });

  it('maps 429 to RateLimitError with retryAfterMs (retry-after or x-rate-limit-reset)', async () => {
    const now = 1_700_000_000_000;
    const limited = createXAdapter({
      consumerSecret: 's',
      now: () => now,
      fetch: respond(429, '{}', { 'x-rate-limit-reset': String(now / 1000 + 90) }),
    });
    const error = await limited.send?.({ type: 'post', text: 'hi' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(90_000);
    const meta = createWhatsAppAdapter({
      appSecret: 's',
      phoneNumberId: '1',
      fetch: respond(429, '', { 'retry-after': '30' }),
    });
    const metaError = await meta
      .send?.({ type: 'message', recipientId: '972987654321', text: 'x' })
      .catch((caught: unknown) => caught);
    expect((metaError as RateLimitError).retryAfterMs).toBe(30_000);
  });

  it('maps 401/403 to AuthenticationError and other failures to PlatformRequestError', async () => {
    for (const status of [401, 403]) {
      const adapter = createFacebookAdapter({
        appSecret: 's',
        fetch: respond(status, '{"error":{"code":190}}'),
      });
      const error = await adapter
        .send?.({ type: 'message', recipientId: '1', text: 'x' })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as AuthenticationError).status).toBe(status);
    }
    const broken = createFacebookAdapter({ appSecret: 's', fetch: respond(500, 'oops') });
    const error = await broken
      .send?.({ type: 'message', recipientId: '1', text: 'x' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PlatformRequestError);
    expect(error).not.toBeInstanceOf(RateLimitError);
    expect((error as PlatformRequestError).body).toBe('oops');
    const offline = createFacebookAdapter({
      appSecret: 's',
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    const offlineError = await offline
      .send?.({ type: 'message', recipientId: '1', text: 'x' })
      .catch((caught: unknown) => caught);
    expect((offlineError as PlatformRequestError).status).toBe(0);
  });
});

describe('settings', () => {
  it('are validated with readable errors', () => {
    expect(() => createXAdapter({ consumerSecret: '' })).toThrow(/consumer secret/);
    expect(() => createFacebookAdapter({ appSecret: 's', pageId: 'my page' })).toThrow(/pageId/);
  });
});

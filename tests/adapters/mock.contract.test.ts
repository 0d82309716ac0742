import { adapterContract, MockAdapter } from 'socialcare/testing';

const mock = new MockAdapter();
const deliveries = [
  {
    name: 'inbound public message',
    items: [{ id: 'm1', from: 'ana', text: 'Where is my order?', at: 1_700_000_000_000 }],
  },
  {
    name: 'own echo',
    items: [{ id: 'm2', from: 'brand', text: 'On it!', at: 1_700_000_060_000, inReplyTo: 'm1' }],
    echo: true,
  },
  {
    name: 'private message and a typing notice',
    items: [
      { id: 'd1', from: 'ana', text: 'my order id is 44', at: 1_700_000_120_000, private: true },
      { kind: 'typing', id: 't1', from: 'ana', at: 1_700_000_121_000 },
    ],
  },
];
const fixtures = await Promise.all(
  deliveries.map(async (delivery) => {
    const body = JSON.stringify({ mock: 1, items: delivery.items });
    return {
      name: delivery.name,
      body,
      headers: await mock.sign(body),
      ...(delivery.echo ? { echo: true } : {}),
    };
  }),
);

adapterContract({
  name: 'MockAdapter',
  create: () => new MockAdapter(),
  fixtures: [
    {
      ...(fixtures[0] as (typeof fixtures)[number]),
      expected: {
        events: [
          {
            id: 'x:message:m1',
            type: 'message-received',
            at: 1_700_000_000_000,
            conversationId: 'x:m1',
            message: {
              id: 'm1',
              platform: 'x',
              direction: 'inbound',
              visibility: 'public',
              author: { id: 'ana', kind: 'customer' },
              text: 'Where is my order?',
              createdAt: 1_700_000_000_000,
              mentions: [],
              attachments: [],
              accountId: 'brand',
            },
          },
        ],
        ignored: [],
      },
    },
    ...fixtures.slice(1),
  ],
  signatureHeader: 'x-mock-signature',
  handshakes: [
    {
      name: 'challenge echoed',
      url: 'https://example.test/webhooks/mock?challenge=abc',
      status: 200,
      body: 'abc',
    },
    { name: 'GET without challenge refused', url: 'https://example.test/webhooks/mock', status: 403 },
  ],
  replies: [{ name: 'reply', outbound: { type: 'reply', inReplyTo: 'm1', text: '' } }],
  replyTo: (message) => ({ type: 'reply', inReplyTo: message.id, text: 'ok' }),
});

// The smallest descriptor: one shared adapter, generic checks only.
adapterContract({ adapter: new MockAdapter({ platform: 'whatsapp' }), runs: 10 });

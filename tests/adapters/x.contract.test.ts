import { adapterContract } from 'socialcare/testing';
import { setups } from './adapter-setups';
import { loadFixtures, readFixtureJson } from './platform-fixtures';

const crc = readFixtureJson('x/crc-challenge') as {
  request: { query: { crc_token: string } };
  expected_response: { body: { response_token: string } };
};

adapterContract({
  name: 'X',
  create: setups.x,
  fixtures: loadFixtures('x'),
  signatureHeader: 'x-twitter-webhooks-signature',
  handshakes: [
    {
      name: 'CRC answered with sha256=base64(HMAC(consumer secret, crc_token))',
      url: `https://example.test/webhooks/x?crc_token=${crc.request.query.crc_token}`,
      status: 200,
      body: crc.expected_response.body,
    },
    { name: 'GET without crc_token refused', url: 'https://example.test/webhooks/x', status: 403 },
  ],
  replies: [
    {
      name: 'public reply (weighted 280)',
      outbound: { type: 'reply', inReplyTo: '1207623566339919872', text: '' },
    },
    { name: 'DM', outbound: { type: 'message', recipientId: '1205290247124217856', text: '' } },
  ],
  replyTo: (message) =>
    message.visibility === 'public'
      ? { type: 'reply', inReplyTo: message.id, text: 'Thanks, we are on it ^AB' }
      : { type: 'message', recipientId: message.author.id, text: `About ${message.id}` },
});

adapterContract({
  name: 'X (WebCrypto HMAC)',
  create: () => setups.x('webcrypto'),
  fixtures: loadFixtures('x'),
  signatureHeader: 'x-twitter-webhooks-signature',
  handshakes: [
    {
      name: 'CRC answered',
      url: `https://example.test/webhooks/x?crc_token=${crc.request.query.crc_token}`,
      status: 200,
      body: crc.expected_response.body,
    },
  ],
  runs: 10,
});

import { adapterContract } from 'socialcare/testing';
import { SECRETS, setups } from './adapter-setups';
import { loadFixtures, readFixtureJson } from './platform-fixtures';

const handshake = readFixtureJson('messenger/verification-handshake') as {
  request: { query: Record<string, string> };
  expected_response: { body: string };
};
const query = new URLSearchParams(handshake.request.query).toString();

adapterContract({
  name: 'Facebook (Messenger and Page feed)',
  create: setups.facebook,
  fixtures: [...loadFixtures('messenger'), ...loadFixtures('facebook-page')],
  signatureHeader: 'x-hub-signature-256',
  handshakes: [
    {
      name: 'hub.challenge echoed',
      url: `https://example.test/webhooks/meta?${query}`,
      status: 200,
      body: handshake.expected_response.body,
    },
    {
      name: 'wrong verify token refused',
      url: `https://example.test/webhooks/meta?hub.mode=subscribe&hub.verify_token=${SECRETS.verifyToken}x&hub.challenge=1`,
      status: 403,
    },
    {
      name: 'missing hub.mode refused',
      url: `https://example.test/webhooks/meta?hub.verify_token=${SECRETS.verifyToken}&hub.challenge=1`,
      status: 403,
    },
  ],
  replies: [
    { name: 'Messenger message', outbound: { type: 'message', recipientId: '1412611362105802', text: '' } },
    {
      name: 'comment reply',
      outbound: { type: 'reply', inReplyTo: '139560936744456_139620233405726', text: '' },
    },
    {
      name: 'private reply',
      outbound: { type: 'private-reply', commentId: '139560936744456_139620233405726', text: '' },
    },
  ],
  replyTo: (message) =>
    message.visibility === 'public'
      ? { type: 'private-reply', commentId: message.id, text: 'We sent you a message.' }
      : undefined,
});

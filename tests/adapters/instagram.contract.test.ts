import { adapterContract } from 'socialcare/testing';
import { SECRETS, setups } from './adapter-setups';
import { loadFixtures } from './platform-fixtures';

adapterContract({
  name: 'Instagram',
  create: setups.instagram,
  fixtures: loadFixtures('instagram'),
  signatureHeader: 'x-hub-signature-256',
  handshakes: [
    {
      name: 'hub.challenge echoed',
      url: `https://example.test/webhooks/instagram?hub.mode=subscribe&hub.verify_token=${SECRETS.verifyToken}&hub.challenge=4242`,
      status: 200,
      body: '4242',
    },
    {
      name: 'wrong verify token refused',
      url: 'https://example.test/webhooks/instagram?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=4242',
      status: 403,
    },
  ],
  replies: [
    { name: 'DM (1000 bytes)', outbound: { type: 'message', recipientId: '6897123456789012', text: '' } },
    { name: 'comment reply', outbound: { type: 'reply', inReplyTo: '17919697626119712', text: '' } },
  ],
  replyTo: (message) =>
    message.visibility === 'public'
      ? { type: 'reply', inReplyTo: message.id, text: 'So sorry! Check your DMs.' }
      : { type: 'message', recipientId: message.threadId ?? message.author.id, text: `Re ${message.id}` },
});

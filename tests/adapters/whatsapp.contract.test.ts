import { adapterContract } from 'socialcare/testing';
import { SECRETS, setups } from './adapter-setups';
import { loadFixtures } from './platform-fixtures';

adapterContract({
  name: 'WhatsApp',
  create: setups.whatsapp,
  fixtures: loadFixtures('whatsapp'),
  signatureHeader: 'x-hub-signature-256',
  handshakes: [
    {
      name: 'hub.challenge echoed',
      url: `https://example.test/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${SECRETS.verifyToken}&hub.challenge=1158201444`,
      status: 200,
      body: '1158201444',
    },
    {
      name: 'wrong verify token refused',
      url: 'https://example.test/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1',
      status: 403,
    },
  ],
  replies: [
    { name: 'text message (4096)', outbound: { type: 'message', recipientId: '972987654321', text: '' } },
  ],
  replyTo: (message) => ({
    type: 'message',
    recipientId: message.author.id,
    inReplyTo: message.id,
    text: 'Here is your link.',
  }),
});

adapterContract({
  name: 'WhatsApp (WebCrypto HMAC)',
  create: () => setups.whatsapp('webcrypto'),
  fixtures: loadFixtures('whatsapp'),
  signatureHeader: 'x-hub-signature-256',
  runs: 10,
});

import { adapterContract } from 'socialcare/testing';
import { setups } from './adapter-setups';
import { loadFixtures } from './platform-fixtures';

adapterContract({
  name: 'Mastodon',
  create: setups.mastodon,
  fixtures: loadFixtures('mastodon'),
  signatureHeader: 'x-hub-signature',
  replies: [
    {
      name: 'status reply (instance limit 500)',
      outbound: { type: 'reply', inReplyTo: '113980000000000042', text: '' },
    },
    { name: 'direct message', outbound: { type: 'message', recipientId: 'kunde@social.example', text: '' } },
  ],
  replyTo: (message) => ({ type: 'reply', inReplyTo: message.id, text: 'Danke, wir schauen nach.' }),
});

import { adapterContract } from 'socialcare/testing';
import { setups } from './adapter-setups';
import { loadFixtures } from './platform-fixtures';

adapterContract({
  name: 'Bluesky',
  create: setups.bluesky,
  fixtures: loadFixtures('bluesky'),
  signatureHeader: 'x-socialcare-signature',
  derivedIds: true,
  replies: [
    {
      name: 'post reply (300 graphemes, 3000 bytes)',
      outbound: {
        type: 'reply',
        inReplyTo: 'at://did:plc:4hqjfn7m6n5hno3doamuhgef/app.bsky.feed.post/3lbkxmbtbm22c',
        replyRefs: {
          root: {
            uri: 'at://did:plc:brandbrandbrandbrand0001/app.bsky.feed.post/3lbkx7abcd22a',
            cid: 'bafyreig2',
          },
          parent: {
            uri: 'at://did:plc:4hqjfn7m6n5hno3doamuhgef/app.bsky.feed.post/3lbkxmbtbm22c',
            cid: 'bafyreihm',
          },
        },
        createdAt: 0,
        text: '',
      },
    },
    {
      name: 'chat message',
      outbound: { type: 'message', recipientId: 'did:plc:x', threadId: 'convo1', text: '' },
    },
  ],
});

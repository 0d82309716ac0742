import { createFacebookAdapter } from 'socialcare/adapters/facebook';
import { createMastodonAdapter } from 'socialcare/adapters/mastodon';
import { createXAdapter } from 'socialcare/adapters/x';
import { type ConversationEvent, foldConversation, threadMessages } from 'socialcare/conversation';
import { describe, expect, it } from 'vitest';
import { setups } from './adapter-setups';
import { readFixtureJson } from './platform-fixtures';

function messages(events: readonly ConversationEvent[]) {
  return events.flatMap((event) => ('message' in event ? [event.message] : []));
}

describe('platform details', () => {
  it('X: ids above 2^53 come from id_str, never from the rounded numbers', () => {
    const payload = readFixtureJson('x/aaa-tweet-create-reply-to-brand');
    const [message] = messages(setups.x().parsePayload(payload).events);
    expect(message?.id).toBe('1207623566339919872');
    expect(message?.inReplyTo).toBe('1205348660982083584');
    expect(message?.author.id).toBe('1205290247124217856');
    expect(String(Number('1207623566339919872'))).not.toBe('1207623566339919872');
  });

  it('X: a truncated tweet keeps its full text; a quote links the quoted post', () => {
    const [extended] = messages(
      setups.x().parsePayload(readFixtureJson('x/aaa-tweet-create-mention-extended')).events,
    );
    expect(extended?.text).toMatch(/"extended_tweet" property\.$/);
    const [quote] = messages(
      setups.x().parsePayload(readFixtureJson('x/aaa-tweet-create-quote-cjk-emoji')).events,
    );
    expect(quote?.attachments).toContainEqual(
      expect.objectContaining({ kind: 'link', id: '1896800000000000001' }),
    );
    expect(quote?.mentions).toEqual(['AcmeSupport']);
  });

  it('X: v2 thread search shares the root conversation, and settings.accountId marks our posts outbound', () => {
    const payload = readFixtureJson('x/v2-conversation-thread-search');
    const ours = createXAdapter({ consumerSecret: 's', accountId: '2222222222' }).parsePayload(payload);
    expect(new Set(ours.events.map((event) => event.conversationId))).toEqual(new Set(['x:1234567890']));
    expect(ours.events.map((event) => event.type)).toEqual([
      'message-received',
      'message-sent',
      'message-received',
    ]);
  });

  it('Messenger: an echo from another app (the Page inbox) is an agent message when appId is set', () => {
    const payload = readFixtureJson('messenger/message-echo');
    const ours = createFacebookAdapter({ appSecret: 's', appId: '1517776481860111' }).parsePayload(payload);
    const inbox = createFacebookAdapter({ appSecret: 's', appId: '999' }).parsePayload(payload);
    expect(messages(ours.events)[0]?.author.kind).toBe('brand');
    expect(messages(inbox.events)[0]?.author.kind).toBe('agent');
  });

  it('Facebook: the comment threads fold into conversations, the edit and removal apply to the comment', () => {
    const facebook = setups.facebook();
    const events = ['feed-comment-on-video-with-post', 'feed-comment-edited', 'feed-comment-remove'].flatMap(
      (name) => facebook.parsePayload(readFixtureJson(`facebook-page/${name}`)).events,
    );
    const edited = events.filter(
      (event) => event.conversationId === 'facebook:139560936744456_139597043408045',
    );
    expect(edited.map((event) => event.type)).toEqual(['message-edited', 'message-deleted']);
  });

  it('WhatsApp: statuses fold onto the message they name', () => {
    const whatsapp = setups.whatsapp();
    const failed = whatsapp.parsePayload(readFixtureJson('whatsapp/statuses-failed-131047-outside-window'))
      .events[0];
    expect(failed).toMatchObject({ type: 'message-failed', code: '131047' });
    const sent: ConversationEvent = {
      id: 'ours',
      type: 'message-sent',
      at: 1716990000000,
      conversationId: 'whatsapp:dm:972987654321',
      message: {
        id: 'wamid.HBgMOTcyOTg3NjU0MzIxFQIAERgSQjY1RjQ0RDE3NTk5QjQ5QkQ3AA==',
        platform: 'whatsapp',
        direction: 'outbound',
        visibility: 'private',
        author: { id: 'agent-1', kind: 'agent' },
        text: 'Hello again',
        createdAt: 1716990000000,
        mentions: [],
        attachments: [],
      },
    };
    const conversation = foldConversation([sent, failed as ConversationEvent]);
    expect(conversation.messages[0]?.delivery).toBe('failed');
  });

  it('Mastodon: our own status is outbound and a reply tree threads with threadMessages', () => {
    const mastodon = createMastodonAdapter({ accountId: '1', unsigned: true });
    const status = readFixtureJson('mastodon/status-public-with-card');
    const [own] = messages(mastodon.parsePayload(status).events);
    expect(own?.direction).toBe('outbound');
    const all = messages(
      setups.mastodon().parsePayload(readFixtureJson('mastodon/notifications-mention-and-favourite')).events,
    );
    const [conversation] = threadMessages(all);
    expect(conversation?.messages[0]?.id).toBe('103186126728896492');
  });

  it('Bluesky: the notification reply joins the brand post conversation named by reply.root', () => {
    const { events } = setups.bluesky().parsePayload(readFixtureJson('bluesky/notification-reply'));
    expect(events[0]?.conversationId).toBe(
      'bluesky:at://did:plc:brandbrandbrandbrand0001/app.bsky.feed.post/3lbkx7abcd22a',
    );
    expect(messages(events)[0]?.mentions).toEqual(['acme.example.com']);
  });

  it('public conversation ids agree with threadMessages when the thread is complete', () => {
    const change = (commentId: string, parentId: string, fromId: string, time: number) => ({
      object: 'page',
      entry: [
        {
          id: '137542570280222',
          time,
          changes: [
            {
              field: 'feed',
              value: {
                from: { id: fromId },
                item: 'comment',
                verb: 'add',
                comment_id: commentId,
                parent_id: parentId,
                post_id: '137542570280222_1',
                created_time: time,
                message: 'hi',
              },
            },
          ],
        },
      ],
    });
    const facebook = setups.facebook();
    const events = [
      ...facebook.parsePayload(change('1_100', '137542570280222_1', '42', 1_700_000_000)).events,
      ...facebook.parsePayload(change('1_101', '1_100', '137542570280222', 1_700_000_060)).events,
    ];
    expect(events.map((event) => event.conversationId)).toEqual(['facebook:1_100', 'facebook:1_100']);
    const [conversation] = threadMessages(messages(events));
    expect(conversation?.id).toBe('facebook:1_100');
    expect(conversation?.messages.map((message) => message.direction)).toEqual(['inbound', 'outbound']);
  });
});

/**
 * Channel-switch policies: where to answer a customer (stay public, move to a private message on
 * the same platform, leave the platform), whether the platform's messaging window is still open,
 * the hand-off reply with the DM deep link, sensitive-data detection and redaction, and the
 * `conversation-linked` event that keeps the public and private parts one conversation.
 *
 * @module socialcare/channel-policy
 */
export * from './sensitive-data/index';

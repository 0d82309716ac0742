import type { Message } from '../message';
import { compareMessages } from '../ordering';

/**
 * The messages of one conversation while threading, with what linking needs to know.
 * @internal
 */
export interface ThreadGroup {
  /** The conversation id: `platform:rootMessageId`. */
  readonly id: string;
  readonly platform: string;
  readonly messages: Message[];
  /** The first customer, for linking. */
  customerId: string | undefined;
  /** The brand account (the first that answered, else the first named), for linking. */
  accountId: string | undefined;
  /** Private parts joined to this public conversation. */
  linked: ThreadGroup[] | undefined;
  /** Set on a private part joined to a public conversation. */
  merged: boolean;
}

/** @internal */
export function newThreadGroup(root: Message): ThreadGroup {
  return {
    id: `${root.platform}:${root.id}`,
    platform: root.platform,
    messages: [],
    customerId: undefined,
    accountId: undefined,
    linked: undefined,
    merged: false,
  };
}

/** Fills `customerId` and `accountId` from the group's messages, which must be sorted. @internal */
export function describeParties(group: ThreadGroup): void {
  let firstNamed: string | undefined;
  for (const message of group.messages) {
    if (group.customerId === undefined && message.direction === 'inbound')
      group.customerId = message.author.id;
    if (message.accountId === undefined) continue;
    firstNamed ??= message.accountId;
    if (group.accountId === undefined && message.direction === 'outbound')
      group.accountId = message.accountId;
  }
  group.accountId ??= firstNamed;
}

/** Puts the group's messages in time order (then id), where they are not already. @internal */
export function sortThreadGroup(group: { readonly messages: Message[] }): void {
  const messages = group.messages;
  for (let i = 1; i < messages.length; i++) {
    if (compareMessages(messages[i - 1]!, messages[i]!) > 0) {
      messages.sort(compareMessages);
      return;
    }
  }
}

import {
  type Conversation,
  type ConversationEvent,
  type ConversationStatus,
  foldConversation,
  type Platform,
  type Priority,
  parseConversationEvent,
  type Visibility,
} from 'socialcare/conversation';

/** Epoch ms of an ISO instant. */
export const at = (iso: string): number => Date.parse(iso);

/** Options of a scripted message. */
export interface ScriptMessageOptions {
  readonly visibility?: Visibility;
  readonly account?: string;
  readonly platform?: Platform;
  readonly bot?: boolean;
}

/**
 * Builds a conversation's event log step by step (test helper): messages, statuses, priority, tags.
 */
export class ConversationScript {
  readonly events: ConversationEvent[] = [];
  private next = 0;

  constructor(readonly id = 'c1') {}

  customer(when: string | number, options: ScriptMessageOptions = {}): this {
    return this.message('inbound', when, options);
  }

  agent(when: string | number, options: ScriptMessageOptions = {}): this {
    return this.message('outbound', when, options);
  }

  status(when: string | number, status: ConversationStatus): this {
    this.events.push(
      parseConversationEvent({
        id: this.eventId(),
        type: 'conversation-status-changed',
        at: when,
        conversationId: this.id,
        status,
      }),
    );
    return this;
  }

  priority(when: string | number, priority: Priority): this {
    this.events.push(
      parseConversationEvent({
        id: this.eventId(),
        type: 'conversation-prioritized',
        at: when,
        conversationId: this.id,
        priority,
      }),
    );
    return this;
  }

  tag(when: string | number, added: string[], removed: string[] = []): this {
    this.events.push(
      parseConversationEvent({
        id: this.eventId(),
        type: 'conversation-tagged',
        at: when,
        conversationId: this.id,
        added,
        removed,
      }),
    );
    return this;
  }

  fold(): Conversation {
    return foldConversation(this.events);
  }

  private message(
    direction: 'inbound' | 'outbound',
    when: string | number,
    options: ScriptMessageOptions,
  ): this {
    const id = this.eventId();
    const kind = direction === 'inbound' ? 'customer' : options.bot ? 'bot' : 'agent';
    this.events.push(
      parseConversationEvent({
        id,
        type: direction === 'inbound' ? 'message-received' : 'message-sent',
        at: when,
        conversationId: this.id,
        message: {
          id: `m-${this.id}-${id}`,
          platform: options.platform ?? 'x',
          direction,
          visibility: options.visibility ?? 'public',
          author: { id: kind === 'customer' ? 'customer-1' : `${kind}-1`, kind },
          text: direction === 'inbound' ? 'where is my order?' : 'on it',
          createdAt: when,
          ...(options.account === undefined ? {} : { accountId: options.account }),
        },
      }),
    );
    return this;
  }

  private eventId(): string {
    this.next++;
    return `${this.id}-e${String(this.next).padStart(4, '0')}`;
  }
}

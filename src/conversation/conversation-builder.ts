import type {
  Assignment,
  Conversation,
  ConversationLink,
  ConversationMessage,
  StatusPeriod,
  SurveyAnswer,
} from './conversation';
import { toConversationMessage } from './conversation-message';
import { EMPTY_LIST } from './empty-list';
import type { ConversationEvent, ConversationEventOf } from './events';
import { compareMessages } from './ordering';
import type { ConversationStatus, Priority } from './status';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type MessageTargetEvent = ConversationEventOf<
  'message-edited' | 'message-deleted' | 'message-failed' | 'message-delivered' | 'message-reacted'
>;

/**
 * The mutable working copy behind the fold. Internal: the public functions return frozen-by-contract
 * plain {@link Conversation} values built from it.
 * @internal
 */
export class ConversationBuilder {
  readonly id: string;
  status: ConversationStatus = 'new';
  readonly statusHistory: Mutable<StatusPeriod>[] = [];
  readonly messages = new Map<string, ConversationMessage>();
  assignee: { agentId: string; agentName?: string } | undefined = undefined;
  readonly assignments: Assignment[] = [];
  /** Created on the first tag: most conversations never get one. */
  tags: Set<string> | undefined = undefined;
  priority: Priority | undefined = undefined;
  readonly links: ConversationLink[] = [];
  readonly surveys: SurveyAnswer[] = [];
  readonly events: ConversationEvent[] = [];
  /** Events waiting for the message they name; created on the first such event. */
  pending: Map<string, MessageTargetEvent[]> | undefined = undefined;
  createdAt = Number.POSITIVE_INFINITY;
  updatedAt = Number.NEGATIVE_INFINITY;

  constructor(id: string) {
    this.id = id;
  }

  /** Starts from an existing state (the arrays are copied, the entries shared). */
  static from(state: Conversation): ConversationBuilder {
    const builder = new ConversationBuilder(state.id);
    builder.status = state.status;
    for (const period of state.statusHistory) builder.statusHistory.push({ ...period });
    for (const message of state.messages) builder.messages.set(message.id, message);
    builder.assignee = state.assignee;
    builder.assignments.push(...state.assignments);
    if (state.tags.length > 0) builder.tags = new Set(state.tags);
    builder.priority = state.priority;
    builder.links.push(...state.links);
    builder.surveys.push(...state.surveys);
    builder.events.push(...state.events);
    for (const event of state.unresolved) builder.hold(event as MessageTargetEvent);
    builder.createdAt = state.createdAt;
    builder.updatedAt = state.updatedAt;
    return builder;
  }

  /** Applies one event, which must not sort before any event already applied. */
  apply(event: ConversationEvent): void {
    this.events.push(event);
    const at = event.at; // events come in many shapes: each field read is a megamorphic load
    if (at < this.createdAt) this.createdAt = at;
    if (at > this.updatedAt) this.updatedAt = at;
    switch (event.type) {
      case 'message-received':
      case 'message-sent': {
        const existing = this.messages.get(event.message.id);
        if (existing) return; // the same message delivered under two event ids: keep the first
        this.messages.set(event.message.id, toConversationMessage(event.message));
        const waiting = this.pending?.get(event.message.id);
        if (waiting) {
          this.pending!.delete(event.message.id);
          for (const held of waiting) this.applyToMessage(held);
        }
        return;
      }
      case 'message-edited':
      case 'message-deleted':
      case 'message-failed':
      case 'message-delivered':
      case 'message-reacted':
        if (this.messages.has(event.messageId)) this.applyToMessage(event);
        else this.hold(event);
        return;
      case 'conversation-status-changed':
        this.setStatus(event.status, event.at);
        return;
      case 'conversation-assigned':
        this.assignments.push(
          event.agentName === undefined
            ? { agentId: event.agentId, at: event.at }
            : { agentId: event.agentId, agentName: event.agentName, at: event.at },
        );
        this.assignee =
          event.agentId === null
            ? undefined
            : event.agentName === undefined
              ? { agentId: event.agentId }
              : { agentId: event.agentId, agentName: event.agentName };
        return;
      case 'conversation-tagged':
        this.tags ??= new Set();
        for (const tag of event.added) this.tags.add(tag);
        for (const tag of event.removed) this.tags.delete(tag);
        return;
      case 'conversation-prioritized':
        this.priority = event.priority;
        return;
      case 'conversation-linked':
        this.links.push(
          withoutUndefined({ kind: event.kind, at: event.at, ...event.target, reason: event.reason }),
        );
        return;
      case 'survey-answered':
        this.surveys.push(
          event.comment === undefined
            ? { survey: event.survey, score: event.score, at: event.at }
            : { survey: event.survey, score: event.score, at: event.at, comment: event.comment },
        );
        return;
    }
  }

  private hold(event: MessageTargetEvent): void {
    this.pending ??= new Map();
    const list = this.pending.get(event.messageId);
    if (list) list.push(event);
    else this.pending.set(event.messageId, [event]);
  }

  private setStatus(status: ConversationStatus, at: number): void {
    const last = this.statusHistory[this.statusHistory.length - 1];
    if (last && last.status === status) return;
    if (last) last.to = at;
    this.statusHistory.push({ status, from: at });
    this.status = status;
  }

  private applyToMessage(event: MessageTargetEvent): void {
    const message = this.messages.get(event.messageId);
    if (!message) return;
    let next: ConversationMessage;
    switch (event.type) {
      case 'message-edited':
        if (event.text === message.text) return;
        next = {
          ...message,
          text: event.text,
          revisions: [...message.revisions, { text: message.text, editedAt: event.at, eventId: event.id }],
        };
        break;
      case 'message-deleted':
        if (message.deletedAt !== undefined) return;
        next =
          event.by === undefined
            ? { ...message, deletedAt: event.at }
            : { ...message, deletedAt: event.at, deletedBy: event.by };
        break;
      case 'message-failed':
        next = {
          ...message,
          delivery: 'failed',
          failure:
            event.reason === undefined ? { code: event.code } : { code: event.code, reason: event.reason },
        };
        break;
      case 'message-delivered':
        if (message.delivery === 'failed' || message.delivery === 'read') return;
        next = { ...message, delivery: event.status };
        break;
      case 'message-reacted': {
        const others = message.reactions.filter(
          (r) => !(r.by.id === event.by.id && r.reaction === event.reaction),
        );
        next = {
          ...message,
          reactions: event.removed
            ? others
            : [...others, { reaction: event.reaction, by: event.by, at: event.at }],
        };
        break;
      }
    }
    this.messages.set(message.id, next);
  }

  /** The plain state. */
  finish(): Conversation {
    const messages = [...this.messages.values()];
    if (!isSorted(messages)) messages.sort(compareMessages);
    const statusHistory: StatusPeriod[] =
      this.statusHistory.length > 0 && (this.statusHistory[0]?.from ?? 0) <= this.createdAt
        ? this.statusHistory
        : [
            {
              status: 'new',
              from: this.createdAt,
              ...(this.statusHistory[0] ? { to: this.statusHistory[0].from } : {}),
            },
            ...this.statusHistory,
          ];
    const unresolved: ConversationEvent[] = [];
    if (this.pending) for (const list of this.pending.values()) unresolved.push(...list);

    let firstOutbound: string | undefined;
    let firstInbound: string | undefined;
    for (const message of messages) {
      if (message.accountId === undefined) continue;
      if (message.direction === 'outbound') {
        firstOutbound = message.accountId;
        break;
      }
      firstInbound ??= message.accountId;
    }
    return {
      id: this.id,
      platform: messages[0]?.platform,
      accountId: firstOutbound ?? firstInbound,
      status: this.status,
      statusHistory,
      messages,
      assignee: this.assignee,
      assignments: this.assignments,
      tags: this.tags && this.tags.size > 0 ? [...this.tags] : EMPTY_LIST,
      priority: this.priority,
      links: this.links,
      surveys: this.surveys,
      createdAt: this.createdAt,
      updatedAt: this.updatedAt,
      events: this.events,
      unresolved: unresolved.length > 0 ? unresolved : EMPTY_LIST,
    };
  }
}

function isSorted(messages: readonly ConversationMessage[]): boolean {
  for (let i = 1; i < messages.length; i++) {
    if (compareMessages(messages[i - 1]!, messages[i]!) > 0) return false;
  }
  return true;
}

function withoutUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== undefined) out[key] = entry;
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}

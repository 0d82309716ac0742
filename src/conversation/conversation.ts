import type { ConversationEvent } from './events';
import type { Attachment, Message } from './message';
import type { Party } from './party';
import type { Channel, Platform, Visibility } from './platform';
import type { ConversationStatus, Priority } from './status';

/** A previous version of an edited message. */
export interface MessageRevision {
  /** The text before the edit. */
  readonly text: string;
  /** When the edit that replaced it happened. */
  readonly editedAt: number;
  /** The id of the edit event. */
  readonly eventId: string;
}

/** A reaction on a message. */
export interface MessageReaction {
  readonly reaction: string;
  readonly by: Party;
  readonly at: number;
}

/**
 * A message inside the folded state: the message as it is now, plus everything that happened to it.
 * Nothing is lost: edits keep the earlier texts in `revisions`; a delete leaves a tombstone
 * (`deletedAt`) and keeps the text.
 */
export interface ConversationMessage extends Message {
  /** Earlier texts, oldest first. */
  readonly revisions: readonly MessageRevision[];
  /** When it was deleted or unsent, if it was. */
  readonly deletedAt?: number;
  /** Who deleted it, when known. */
  readonly deletedBy?: 'customer' | 'brand' | 'platform';
  /** Delivery state of an outbound message, as the platform reported it. */
  readonly delivery?: 'delivered' | 'read' | 'failed';
  /** The platform's failure code and reason, for a failed delivery. */
  readonly failure?: { readonly code: string; readonly reason?: string };
  /** Current reactions. */
  readonly reactions: readonly MessageReaction[];
}

/** One period in a status: `[from, to)`, `to` undefined while it lasts. */
export interface StatusPeriod {
  readonly status: ConversationStatus;
  readonly from: number;
  readonly to?: number;
}

/** An assignment change. */
export interface Assignment {
  readonly agentId: string | null;
  readonly agentName?: string;
  readonly at: number;
}

/** Where the case continued: another visibility on the same platform, or another channel. */
export interface ConversationLink {
  readonly kind: 'public-to-private' | 'channel-switch' | 'merge';
  readonly at: number;
  readonly channel: Channel;
  readonly visibility?: Visibility;
  readonly conversationId?: string;
  readonly surface?: string;
  readonly address?: string;
  readonly reason?: string;
}

/** A survey answer. */
export interface SurveyAnswer {
  readonly survey: 'csat' | 'nps';
  readonly score: number;
  readonly at: number;
  readonly comment?: string;
}

/**
 * The state of a conversation, folded from its event log with {@link foldConversation}. Plain,
 * JSON-serialisable data; treat it as immutable.
 */
export interface Conversation {
  readonly id: string;
  /** The platform of the first message, when there is a message. */
  readonly platform: Platform | undefined;
  /** The brand account of the case: the first that answered, else the one addressed. */
  readonly accountId: string | undefined;
  /** Current status (`new` until a status event says otherwise). */
  readonly status: ConversationStatus;
  /** Every status period, oldest first; the last has no `to`. */
  readonly statusHistory: readonly StatusPeriod[];
  /** Messages ordered by `createdAt`, then id. */
  readonly messages: readonly ConversationMessage[];
  /** The agent assigned now, if any. */
  readonly assignee: { readonly agentId: string; readonly agentName?: string } | undefined;
  /** Every assignment change, oldest first. */
  readonly assignments: readonly Assignment[];
  readonly tags: readonly string[];
  readonly priority: Priority | undefined;
  readonly links: readonly ConversationLink[];
  readonly surveys: readonly SurveyAnswer[];
  /** Instant of the earliest event. */
  readonly createdAt: number;
  /** Instant of the latest event. */
  readonly updatedAt: number;
  /** The event log, deduplicated and ordered by `at`, then id. */
  readonly events: readonly ConversationEvent[];
  /** Edits, deletes and other events that name a message this conversation does not hold (yet). */
  readonly unresolved: readonly ConversationEvent[];
}

/** Re-exported for convenience. */
export type { Attachment };

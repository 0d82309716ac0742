import type { Conversation, StatusPeriod } from '../conversation/conversation';
import type { Direction } from '../conversation/message';
import type { PartyKind } from '../conversation/party';
import type { Platform, Visibility } from '../conversation/platform';
import type { Priority } from '../conversation/status';
import type { SlaAttributes } from './policy-versions';

/** The facts of a message the SLA code reads (a structural subset of a conversation message). */
export interface SlaMessageFact {
  readonly createdAt: number;
  readonly direction: Direction;
  readonly visibility: Visibility;
  readonly platform: Platform;
  readonly author: { readonly kind: PartyKind };
  readonly accountId?: string | undefined;
}

/** A priority change. */
export interface SlaPriorityChange {
  readonly at: number;
  readonly priority: Priority;
}

/** A tag change. */
export interface SlaTagChange {
  readonly at: number;
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/**
 * What the SLA engine reads of a conversation. Built from a folded {@link Conversation} by
 * {@link subjectFromConversation}, or kept compactly by the monitor.
 * @internal
 */
export interface SlaSubject {
  readonly id: string;
  /** Sorted by `createdAt`. */
  readonly messages: readonly SlaMessageFact[];
  /** Sorted, contiguous status periods. */
  readonly statusHistory: readonly StatusPeriod[];
  /** Priority when there are no `priorityChanges`. */
  readonly priority: Priority | undefined;
  /** Tags when there are no `tagChanges`. */
  readonly tags: readonly string[];
  /** Account when no message names one. */
  readonly accountId: string | undefined;
  /** Sorted priority changes (empty: `priority` holds throughout). */
  readonly priorityChanges: readonly SlaPriorityChange[];
  /** Sorted tag changes (empty: `tags` hold throughout). */
  readonly tagChanges: readonly SlaTagChange[];
}

const NONE: readonly never[] = [];

/**
 * The SLA view of a folded conversation (no copies of messages or statuses). With `until`, only
 * instants up to `until` will be asked about (priority changes after it may be left out).
 * @internal
 */
export function subjectFromConversation(
  conversation: Conversation,
  needs?: AttributeNeeds,
  until = Number.POSITIVE_INFINITY,
): SlaSubject {
  let priorityChanges: SlaPriorityChange[] | undefined;
  let tagChanges: SlaTagChange[] | undefined;
  // A priority, once set, cannot be unset: no priority now means no priority change to look for.
  const wantsPriority = !needs || (needs.usesPriority && conversation.priority !== undefined);
  const wantsTags = !needs || needs.usesTags;
  const events = wantsPriority || wantsTags ? conversation.events : NONE;
  // Events are ordered by `at`. Without tags to follow, priority changes after `until` can be left
  // out (nothing asks about them); the priority then holds from the first change kept.
  const stopAfter = wantsTags ? Number.POSITIVE_INFINITY : until;
  // Nothing happened by `until` (the earliest event is later): no need to look at the log at all.
  let stopped = conversation.createdAt > stopAfter;
  // Every event is known by then (the usual case): no need to read each event's instant (events
  // come in many shapes, so every property read is a slow generic lookup).
  const mayStop = conversation.updatedAt > stopAfter;
  for (let i = 0; !stopped && i < events.length; i++) {
    const event = events[i]!;
    if (mayStop && event.at > stopAfter) {
      stopped = true;
      break;
    }
    // The first change starts a one-element list (pushing into an empty list allocates room for 17).
    if (event.type === 'conversation-prioritized') {
      const change = { at: event.at, priority: event.priority };
      if (priorityChanges) priorityChanges.push(change);
      else priorityChanges = [change];
    } else if (event.type === 'conversation-tagged') {
      const change = { at: event.at, added: event.added, removed: event.removed };
      if (tagChanges) tagChanges.push(change);
      else tagChanges = [change];
    }
  }
  let named = needs !== undefined && !needs.usesAccount;
  if (!named) {
    for (const message of conversation.messages) {
      if (message.accountId !== undefined) {
        named = true;
        break;
      }
    }
  }
  return {
    id: conversation.id,
    messages: conversation.messages,
    statusHistory: conversation.statusHistory,
    // Every priority change came after `until`: no priority yet.
    priority: stopped && priorityChanges === undefined ? undefined : conversation.priority,
    tags: conversation.tags,
    accountId: named ? undefined : conversation.accountId,
    priorityChanges: priorityChanges ?? NONE,
    tagChanges: tagChanges ?? NONE,
  };
}

/** Which attributes the rules look at (the rest is not computed). */
export interface AttributeNeeds {
  readonly usesAccount: boolean;
  readonly usesPriority: boolean;
  readonly usesTags: boolean;
}

const NO_TAGS: readonly string[] = [];

/**
 * The rule attributes of a subject as of `at`: platform of the first message, the brand account
 * (first response's account, else the account first addressed), priority and tags. Attributes no
 * rule looks at are left empty.
 * @internal
 */
export function attributesAt(subject: SlaSubject, at: number, needs: AttributeNeeds): SlaAttributes {
  return { ...reusedAttributesAt(subject, at, needs) };
}

/** The object {@link reusedAttributesAt} writes into. */
const REUSED_ATTRIBUTES: { -readonly [K in keyof SlaAttributes]: SlaAttributes[K] } = {
  platform: undefined,
  account: undefined,
  priority: undefined,
  tags: NO_TAGS,
};

/**
 * {@link attributesAt} written into one reused object, valid until the next call: for matching
 * rules at once, without a new object each time terms are looked up.
 * @internal
 */
export function reusedAttributesAt(subject: SlaSubject, at: number, needs: AttributeNeeds): SlaAttributes {
  const attributes = REUSED_ATTRIBUTES;
  attributes.platform = subject.messages[0]?.platform;
  attributes.account = needs.usesAccount ? accountAt(subject, at) : undefined;
  attributes.priority = needs.usesPriority ? priorityAt(subject, at) : undefined;
  attributes.tags = needs.usesTags ? tagsAt(subject, at) : NO_TAGS;
  return attributes;
}

/** @internal */
export function accountAt(subject: SlaSubject, at: number): string | undefined {
  let inbound: string | undefined;
  for (const message of subject.messages) {
    if (message.createdAt > at) break;
    if (message.accountId === undefined) continue;
    if (message.direction === 'outbound') return message.accountId;
    inbound ??= message.accountId;
  }
  return inbound ?? subject.accountId;
}

/**
 * Instants in `(after, until]` where the account may change: the first message naming an account,
 * and the first outbound message naming one.
 * @internal
 */
export function accountBoundaries(subject: SlaSubject, after: number, until: number, into: number[]): void {
  let seenAny = false;
  for (const message of subject.messages) {
    if (message.createdAt > until) return;
    if (message.accountId === undefined) continue;
    if (!seenAny) {
      seenAny = true;
      if (message.createdAt > after) into.push(message.createdAt);
    }
    if (message.direction === 'outbound') {
      if (message.createdAt > after) into.push(message.createdAt);
      return;
    }
  }
}

function priorityAt(subject: SlaSubject, at: number): Priority | undefined {
  const changes = subject.priorityChanges;
  if (changes.length === 0) return subject.priority;
  let priority: Priority | undefined;
  for (const change of changes) {
    if (change.at > at) break;
    priority = change.priority;
  }
  return priority;
}

function tagsAt(subject: SlaSubject, at: number): readonly string[] {
  const changes = subject.tagChanges;
  if (changes.length === 0) return subject.tags;
  const tags = new Set<string>();
  for (const change of changes) {
    if (change.at > at) break;
    for (const tag of change.added) tags.add(tag);
    for (const tag of change.removed) tags.delete(tag);
  }
  return [...tags];
}

import { CareValidationError } from '../shared/errors';
import type { Conversation } from './conversation';
import { ConversationBuilder } from './conversation-builder';
import type { ConversationEvent } from './events';
import { compareEvents } from './ordering';

/**
 * Folds an event log into the conversation's state.
 *
 * - Idempotent on event id: a duplicate delivery (a webhook retry) changes nothing.
 * - Independent of arrival order: events are applied in `at` order (ties by id), and edits,
 *   deletes or statuses that name a message not seen yet wait for it.
 * - Nothing is lost: deletes leave a tombstone, edits keep earlier texts, events that name an
 *   unknown message are kept in `unresolved`.
 *
 * @param events - events of one conversation, in any order, duplicates allowed (at least one)
 * @throws CareValidationError when the log is empty or mixes conversations
 * @example
 * ```ts
 * const state = foldConversation([
 *   { id: 'e1', type: 'conversation-status-changed', at: 1, conversationId: 'c1', status: 'open' },
 * ]);
 * state.status; // 'open'
 * ```
 */
export function foldConversation(events: readonly ConversationEvent[]): Conversation {
  const first = events[0];
  if (!first) {
    throw new CareValidationError('Cannot fold an empty event log: pass at least one event.', [
      { path: ['events'], message: 'expected at least one event' },
    ]);
  }
  const id = first.conversationId;
  let sorted = true;
  let previous = first;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.conversationId !== id) throw mixedConversations(id, event, i);
    if (sorted && i > 0 && compareEvents(previous, event) > 0) sorted = false;
    previous = event;
  }
  const ordered = sorted ? events : [...events].sort(compareEvents);
  const builder = new ConversationBuilder(id);
  const seen = new Set<string>();
  for (const event of ordered) {
    const size = seen.size;
    seen.add(event.id); // one hash lookup: the set grows unless the id is a duplicate
    if (seen.size !== size) builder.apply(event);
  }
  return builder.finish();
}

/**
 * Applies one event to a state and returns the new state; the old state is not changed.
 * A duplicate (an event id already in the log) returns the same state object. An event that
 * sorts before events already applied (a late delivery) is placed where it belongs, so the result
 * always equals {@link foldConversation} of the whole log.
 *
 * @throws CareValidationError when the event belongs to another conversation (the state is untouched)
 * @example
 * ```ts
 * let state = foldConversation([firstEvent]);
 * state = applyEvent(state, nextEvent);
 * ```
 */
export function applyEvent(state: Conversation, event: ConversationEvent): Conversation {
  if (event.conversationId !== state.id) throw mixedConversations(state.id, event, state.events.length);
  if (hasEvent(state, event.id)) return state;
  const last = state.events[state.events.length - 1];
  if (last && compareEvents(last, event) > 0) return foldConversation([...state.events, event]);
  const builder = ConversationBuilder.from(state);
  builder.apply(event);
  return builder.finish();
}

/**
 * Creates the state of a conversation from its first event. Same as `foldConversation([event])`.
 *
 * @example
 * ```ts
 * const state = startConversation(event);
 * ```
 */
export function startConversation(event: ConversationEvent): Conversation {
  return foldConversation([event]);
}

const idIndex = new WeakMap<Conversation, Set<string>>();

function hasEvent(state: Conversation, eventId: string): boolean {
  let ids = idIndex.get(state);
  if (!ids) {
    ids = new Set(state.events.map((event) => event.id));
    idIndex.set(state, ids);
  }
  return ids.has(eventId);
}

function mixedConversations(expected: string, event: ConversationEvent, index: number): CareValidationError {
  return new CareValidationError(
    `Event "${event.id}" belongs to conversation "${event.conversationId}", not "${expected}": fold each conversation's events separately.`,
    [{ path: ['events', index, 'conversationId'], message: `expected "${expected}"` }],
  );
}

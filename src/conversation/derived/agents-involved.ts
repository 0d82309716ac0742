import type { Conversation } from '../conversation';

/**
 * The agents involved in a conversation: authors of agent messages and assignees, in order of
 * first involvement, without duplicates.
 *
 * @example
 * ```ts
 * agentsInvolved(state); // ['sandra', 'luis']
 * ```
 */
export function agentsInvolved(conversation: Conversation): string[] {
  const seen: { id: string; at: number }[] = [];
  const ids = new Set<string>();
  for (const message of conversation.messages) {
    if (message.direction === 'outbound' && message.author.kind === 'agent' && !ids.has(message.author.id)) {
      ids.add(message.author.id);
      seen.push({ id: message.author.id, at: message.createdAt });
    }
  }
  for (const assignment of conversation.assignments) {
    if (assignment.agentId !== null && !ids.has(assignment.agentId)) {
      ids.add(assignment.agentId);
      seen.push({ id: assignment.agentId, at: assignment.at });
    }
  }
  return seen.sort((a, b) => a.at - b.at).map((entry) => entry.id);
}

import type { ThreadGroup } from './thread-group';

/**
 * Joins each private conversation to the public one it continues: same platform, customer and
 * brand account, starting no earlier than the public conversation and at most `window` after its
 * last message (the latest such conversation wins; the smaller id on a tie). Joined
 * parts get `merged`; their public conversation lists them in `linked`. Every group's messages
 * must be in time order.
 *
 * The private parts are indexed by customer (there are fewer of them), and each public
 * conversation is offered to the parts of its customer: one lookup per conversation, no key
 * strings built.
 * @internal
 */
export function linkPrivateParts(
  publicGroups: ThreadGroup[],
  privateGroups: ThreadGroup[],
  window: number,
): void {
  const partsByCustomer = new Map<string, Candidate[]>();
  for (const part of privateGroups) {
    if (part.customerId === undefined || part.accountId === undefined) continue;
    const candidate: Candidate = { part, start: part.messages[0]!.createdAt, best: undefined, bestEnd: 0 };
    const list = partsByCustomer.get(part.customerId);
    if (list) list.push(candidate);
    else partsByCustomer.set(part.customerId, [candidate]);
  }
  if (partsByCustomer.size === 0) return;
  for (const group of publicGroups) {
    if (group.customerId === undefined || group.accountId === undefined) continue;
    const candidates = partsByCustomer.get(group.customerId);
    if (!candidates) continue;
    const first = group.messages[0]!.createdAt;
    const end = group.messages[group.messages.length - 1]!.createdAt;
    for (const candidate of candidates) {
      const part = candidate.part;
      if (part.platform !== group.platform || part.accountId !== group.accountId) continue;
      if (first <= candidate.start && candidate.start - end <= window) {
        if (candidate.best === undefined || isLater(end, group, candidate.bestEnd, candidate.best)) {
          candidate.best = group;
          candidate.bestEnd = end;
        }
      }
    }
  }
  for (const list of partsByCustomer.values()) {
    for (const { part, best } of list) {
      if (!best) continue;
      if (best.linked) best.linked.push(part);
      else best.linked = [part];
      part.merged = true;
    }
  }
}

function isLater(end: number, group: ThreadGroup, bestEnd: number, best: ThreadGroup): boolean {
  return end > bestEnd || (end === bestEnd && group.id < best.id);
}

/** A private part and the best public conversation found for it so far. */
interface Candidate {
  readonly part: ThreadGroup;
  readonly start: number;
  best: ThreadGroup | undefined;
  bestEnd: number;
}

import type { MessageIndex } from './message-index';
import { newThreadGroup, type ThreadGroup } from './thread-group';

const UNSEEN = -1;
const ON_PATH = -2;

/**
 * Groups public messages by reply tree: each joins the conversation of the root reached by
 * following `inReplyTo`. The walk stops at a message whose parent is missing (an orphan root),
 * private, or already on the walk (a reply cycle in bad data). Every message's group is
 * remembered in a typed array by position, so each message is walked once.
 *
 * @param publics - positions in `index` of the public messages, in input order
 * @internal
 */
export function groupReplyTrees(index: MessageIndex, publics: readonly number[]): ThreadGroup[] {
  const messages = index.messages;
  const groupOf = new Int32Array(messages.length).fill(UNSEEN);
  const groups: ThreadGroup[] = [];
  const path: number[] = [];
  for (const position of publics) {
    let group = groupOf[position]!;
    if (group === UNSEEN) {
      path.length = 0;
      let current = position;
      for (;;) {
        path.push(current);
        groupOf[current] = ON_PATH;
        const message = messages[current]!;
        const parent =
          message.inReplyTo === undefined ? -1 : index.positionOf(message.platform, message.inReplyTo);
        const parentGroup = parent < 0 ? UNSEEN : groupOf[parent]!;
        if (parentGroup >= 0) {
          group = parentGroup;
          break;
        }
        if (parent < 0 || parentGroup === ON_PATH || messages[parent]!.visibility !== 'public') {
          group = groups.length;
          groups.push(newThreadGroup(message));
          break;
        }
        current = parent;
      }
      for (const visited of path) groupOf[visited] = group;
    }
    groups[group]!.messages.push(messages[position]!);
  }
  return groups;
}

import type { Conversation, ConversationMessage } from '../conversation';
import { isBrandResponse, type ResponseOptions } from './response-options';

/** A run of consecutive customer messages and the brand message that ended it. */
export interface CustomerTurn {
  /** The customer messages of the run, oldest first. */
  readonly messages: readonly ConversationMessage[];
  /** `createdAt` of the first message of the run. */
  readonly startedAt: number;
  /** The brand message that answered the run, if one did. */
  readonly reply: ConversationMessage | undefined;
  /** Milliseconds from `startedAt` to the reply, or `undefined` when unanswered. */
  readonly replyMs: number | undefined;
}

/**
 * Splits a conversation into customer turns: each run of consecutive customer messages, ended by the
 * next brand message. This is the basis of "reply time" (every turn) and of next-response SLAs.
 * Brand messages that are not responses under the options (bot replies by default) neither end a
 * run nor start one.
 *
 * @example
 * ```ts
 * customerTurns(state).map((turn) => turn.replyMs);
 * ```
 */
export function customerTurns(conversation: Conversation, options: ResponseOptions = {}): CustomerTurn[] {
  const turns: CustomerTurn[] = [];
  let run: ConversationMessage[] = [];
  for (const message of conversation.messages) {
    if (message.direction === 'inbound') {
      run.push(message);
    } else if (run.length > 0 && isBrandResponse(message, options)) {
      const startedAt = run[0]!.createdAt;
      turns.push({ messages: run, startedAt, reply: message, replyMs: message.createdAt - startedAt });
      run = [];
    }
  }
  if (run.length > 0)
    turns.push({ messages: run, startedAt: run[0]!.createdAt, reply: undefined, replyMs: undefined });
  return turns;
}

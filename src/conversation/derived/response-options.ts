import type { Message } from '../message';

/** Options shared by the response facts. */
export interface ResponseOptions {
  /** Whether bot replies count as responses. Default `false`: only agents and the account itself. */
  readonly countBotReplies?: boolean;
}

/**
 * Whether a message is a brand response under the options: outbound, and not a bot unless bots count.
 * @internal
 */
export function isBrandResponse(message: Message, options: ResponseOptions = {}): boolean {
  return (
    message.direction === 'outbound' && (options.countBotReplies === true || message.author.kind !== 'bot')
  );
}

import type { Platform } from '../conversation/index';

/**
 * The conversation id of a public reply tree: `platform:rootMessageId`, the same key
 * `threadMessages` in `socialcare/conversation` gives the tree. When a payload does not name the
 * root (an X v1.1 reply, a Mastodon reply), adapters use the best known ancestor (the parent);
 * re-thread with `threadMessages` once the whole tree is stored.
 *
 * @example
 * ```ts
 * publicConversationId('x', '1205348660982083584'); // 'x:1205348660982083584'
 * ```
 */
export function publicConversationId(platform: Platform, rootMessageId: string): string {
  return `${platform}:${rootMessageId}`;
}

/**
 * The conversation id of a private thread: `platform:dm:threadId`, where the thread id is the
 * platform's (X `dm_conversation_id`) or the customer's id on the platform (Messenger PSID,
 * Instagram IGSID, WhatsApp `wa_id`, Mastodon account id).
 *
 * @example
 * ```ts
 * privateConversationId('whatsapp', '972987654321'); // 'whatsapp:dm:972987654321'
 * ```
 */
export function privateConversationId(platform: Platform, threadId: string): string {
  return `${platform}:dm:${threadId}`;
}

/**
 * A deterministic event id built from the payload, so a delivery retried by the platform yields
 * the same ids and is deduplicated: `platform:kind:part1:part2...`.
 *
 * @example
 * ```ts
 * eventIdOf('whatsapp', 'status', 'wamid.HBg', 'delivered'); // 'whatsapp:status:wamid.HBg:delivered'
 * ```
 */
export function eventIdOf(platform: Platform, kind: string, ...parts: readonly string[]): string {
  return `${platform}:${kind}:${parts.join(':')}`;
}

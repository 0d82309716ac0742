import type { Conversation, Platform } from '../conversation';
import { DAY, MINUTE } from '../shared/duration';
import { type InstantInput, toInstant } from '../shared/instant';
import { accountOfMessage, conversationRoot } from './conversation-root';

/** Options of {@link facebookResponsiveness}. */
export interface FacebookResponsivenessOptions {
  /** The end of the 7-day window (the badge is computed over the 7 days before it). */
  readonly at: InstantInput;
  /** Only conversations of this page (their brand account). Default every page. */
  readonly pageId?: string;
  /** The platform whose private conversations count. Default `facebook`. */
  readonly platform?: Platform;
  /** Whether bot (API) replies count. Default `true`: Meta counts replies sent through the API. */
  readonly countBotReplies?: boolean;
}

/** Whether a page meets Meta's "Very responsive to messages" rule, and how far it is from it. */
export interface FacebookResponsiveness {
  /** True when the response rate is at least 90% and the response time at most 15 minutes. */
  readonly veryResponsive: boolean;
  /** The window `[from, to]` the figures cover. */
  readonly window: { readonly from: number; readonly to: number };
  /** New private conversations started by customers in the window. */
  readonly conversations: number;
  /** Of those, the ones with a response by the end of the window. */
  readonly responded: number;
  /** responded / conversations, `null` without conversations. */
  readonly responseRate: number | null;
  /** Mean time to the first response, `null` without responses. */
  readonly responseTimeMs: number | null;
  /** The rule's thresholds: 0.9 and 900000 ms. */
  readonly requiredResponseRate: number;
  readonly requiredResponseTimeMs: number;
  /** How many more conversations needed a response to reach 90% (0 when reached). */
  readonly responsesNeeded: number;
  /** By how much the response time exceeds 15 minutes (0 when within). */
  readonly responseTimeExcessMs: number;
}

const REQUIRED_RATE = 0.9;
const REQUIRED_TIME = 15 * MINUTE;

/**
 * Checks Meta's published "Very responsive to messages" rule for a Facebook Page: over the last
 * 7 days, a response rate of at least 90% and a response time of at most 15 minutes. Counts new
 * private conversations started by customers in `(at − 7 days, at]`; a response counts when it
 * was sent by `at`; the response time is the mean time to the first response. Returns the
 * figures and the distance to the badge.
 *
 * @example
 * ```ts
 * const status = facebookResponsiveness(conversations, { at: '2024-03-18T00:00:00Z', pageId: 'acme' });
 * if (!status.veryResponsive) console.log(`${status.responsesNeeded} more replies needed`);
 * ```
 */
export function facebookResponsiveness(
  conversations: Iterable<Conversation>,
  options: FacebookResponsivenessOptions,
): FacebookResponsiveness {
  const to = toInstant(options.at, 'at');
  const from = to - 7 * DAY;
  const platform = options.platform ?? 'facebook';
  const countBots = options.countBotReplies ?? true;
  let total = 0;
  let responded = 0;
  let sum = 0;
  for (const conversation of conversations) {
    const root = conversationRoot(conversation);
    if (!root || root.platform !== platform || root.visibility !== 'private') continue;
    if (root.direction !== 'inbound' || root.createdAt <= from || root.createdAt > to) continue;
    let response: (typeof conversation.messages)[number] | undefined;
    for (const message of conversation.messages) {
      if (message.createdAt > to) break;
      if (
        message.direction === 'outbound' &&
        message.createdAt >= root.createdAt &&
        (countBots || message.author.kind !== 'bot')
      ) {
        response = message;
        break;
      }
    }
    if (options.pageId !== undefined) {
      const page = response ? accountOfMessage(response) : (root.accountId ?? conversation.accountId);
      if (page !== options.pageId) continue;
    }
    total++;
    if (response) {
      responded++;
      sum += response.createdAt - root.createdAt;
    }
  }
  const responseRate = total === 0 ? null : responded / total;
  const responseTimeMs = responded === 0 ? null : sum / responded;
  const responsesNeeded = Math.max(0, Math.ceil(REQUIRED_RATE * total - responded - 1e-9));
  const responseTimeExcessMs = responseTimeMs === null ? 0 : Math.max(0, responseTimeMs - REQUIRED_TIME);
  return {
    veryResponsive:
      responseRate !== null &&
      responseRate >= REQUIRED_RATE &&
      responseTimeMs !== null &&
      responseTimeMs <= REQUIRED_TIME,
    window: { from, to },
    conversations: total,
    responded,
    responseRate,
    responseTimeMs,
    requiredResponseRate: REQUIRED_RATE,
    requiredResponseTimeMs: REQUIRED_TIME,
    responsesNeeded,
    responseTimeExcessMs,
  };
}
